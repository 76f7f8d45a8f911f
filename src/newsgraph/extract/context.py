"""What the extract steps share about one article while it is being read."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.dates import resolve_date
from newsgraph.extract.entities import EntityTable
from newsgraph.extract.modality import ModalityReader
from newsgraph.extract.participants import Participants
from newsgraph.model import Article

# Prepositions kept in front of a date ("on July 12", "since last November").
DATE_PREPS = frozenset(
    {"on", "in", "since", "by", "until", "from", "during", "at", "before", "after", "through"}
)


@dataclass
class ArticleContext:
    """One parsed article with its entity table, participant and modality readers."""

    article: Article
    doc: Doc
    table: EntityTable
    participants: Participants
    reader: ModalityReader
    notes: list[str] = field(default_factory=list)
    date_ents: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Span.ents walks the whole doc; collect DATE entities once per article instead.
        self.date_ents = [e for e in self.doc.ents if e.label_ == "DATE"]

    @property
    def text(self) -> str:
        return self.article.text

    def evidence(self, sent: Span) -> tuple[str, tuple[int, int]]:
        """The sentence as written in the article, and its character offsets."""
        start = sent.start_char
        end = start + len(self.text[start : sent.end_char].rstrip())
        return self.text[start:end], (start, end)

    def date_for(
        self, word: Token, sent: Span, tense: str
    ) -> tuple[str | None, str | None, str | None]:
        """(date, precision, date text) of the date expression nearest `word` in its sentence."""
        # "its 2018 agreement": a date that modifies a noun describes the thing, not the event
        dates = [
            e
            for e in self.date_ents
            if sent.start <= e.start
            and e.end <= sent.end
            and e.root.dep_ not in ("compound", "amod", "nmod", "poss", "nummod")
        ]
        dates.sort(
            key=lambda e: (
                not _governs(word, e),
                min(abs(e.start - word.i), abs(e.end - 1 - word.i)),
            )
        )
        for ent in dates:
            if _span_start_of_a_thing(ent) and not _told_when(word, ent):
                continue
            start = (
                ent.start - 1
                if ent.start > sent.start and self.doc[ent.start - 1].lower_ in DATE_PREPS
                else ent.start
            )
            date_text = self.doc[start : ent.end].text
            iso, precision = resolve_date(date_text, self.article.published, tense=tense)
            if iso is not None:
                return iso, precision, self.text[self.doc[start].idx : ent.end_char]
        return None, None, None


def _told_when(word: Token, ent: Span) -> bool:
    """Whether `word` heads a "when" clause off the date ("since July 2000, when he met Kim's
    father"): the date is when it happened."""
    when = next((c for c in word.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if when is None or word.dep_ not in ("relcl", "advcl"):
        return False
    between = ent.doc[ent.end : when.i]  # the parser hangs it on the date or on the main verb
    return ent.start <= word.head.i < ent.end or all(t.is_punct for t in between)


def _span_start_of_a_thing(ent: Span) -> bool:
    """ "his first trip since July 2000": a since-date on a noun counts from when something last
    happened; it is not when this event happened ("since last November, Russia has ..." on a
    verb still dates the event)."""
    if ent.start == 0:
        return False
    prep = ent.doc[ent.start - 1]
    return prep.lower_ == "since" and prep.head.pos_ in ("NOUN", "PROPN", "ADJ")


def _governs(word: Token, ent: Span) -> bool:
    """Whether the date hangs off `word` or the verb `word` depends on."""
    heads = {word.i, word.head.i, word.head.head.i}
    return ent.root.head.i in heads or ent.root.head.head.i in heads
