"""Claims: statements that carry a number, with value, unit, subject, attribution, modality.

Numbers are found token by token: digits ("10,000", "1.5"), words ("five million", "a
dozen"), shares ("nearly half",
"18%", "18 percent" -> 0.18, unit "share"), money ("$250 billion" -> 250000000000, unit and
currency "USD") and ranges ("between 10,000 and 12,000", "10,000 to 12,000": value and
upper). Approximators before a number ("nearly", "about", "some", "more than") set
`approximate`. Not claims: dates and years, times, ordinals, list numbering, ages, numbers
inside names, "the two nations" (counted nouns in `skip_units`), bare numbers with no unit, and
vague plurals ("thousands of troops": recognised, so never misread, but no checkable number).
Durations count ("talks lasted five hours", "his first visit in 24 years"); people are counted
in the unit the text uses, with soldiers/personnel folded into "troops" (unit_aliases).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsgraph.extract.context import ArticleContext
from newsgraph.extract.lexicon import Lexicon
from newsgraph.model import Claim

# Entity labels whose numbers are not claims.
_NOT_QUANTITIES = frozenset({"ORDINAL"})
# Words around a number that make it a date, not a count ("three days ago", "last 2 weeks").
_CALIBRES = ("mm", "-mm", "cm", "caliber", "calibre")
_DATE_WORDS = frozenset({"ago", "later", "earlier", "before", "after"})
_DATE_MODIFIERS = frozenset({"last", "next", "past", "coming", "this", "previous"})
# Longest subject kept, in words; subjects say what is counted, not the whole sentence.
MAX_SUBJECT_WORDS = 9
# Years in this range written without a comma are dates, not counts.
YEAR_RANGE = (1800, 2100)
_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-z]{0,3})$")
_RANGE_JOINERS = frozenset({"to", "-", "–", "—", "and", "or"})
_PERCENT = frozenset({"%", "percent", "per", "pct"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class Quantity:
    """A parsed number phrase: its tokens, value and how it was written."""

    start: int  # first token index
    end: int  # one past the last token index
    value: float
    vague: bool = False
    multiplied: bool = False
    share: bool = False


class ClaimFinder:
    """Finds the claims of one sentence."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self._numbery = set(lexicon.number_words) | set(lexicon.multipliers) | {"dozen"}
        self._vague_phrases = sorted(lexicon.vague_numbers.items(), key=lambda kv: -len(kv[0]))
        firsts = {p.split()[0] for p in [*lexicon.vague_numbers, *lexicon.fraction_words]}
        self._starters = self._numbery | firsts | {"a", "one"}
        self._cache_doc = None
        self._cache: dict[tuple[int, int], list[Quantity]] = {}

    def find(self, sent: Span, ctx: ArticleContext) -> list[Claim]:
        claims = []
        quantities = self.quantities(sent)
        i = 0
        while i < len(quantities):
            q, upper = quantities[i], None
            if i + 1 < len(quantities) and self._joined(q, quantities[i + 1], sent):
                upper = quantities[i + 1]
                i += 1
            claim = self._claim(q, upper, sent, ctx, claims)
            if claim is not None:
                claims.append(claim)
            i += 1
        return claims

    # --- numbers ---------------------------------------------------------------------------------------------
    def quantities(self, sent: Span) -> list[Quantity]:
        """Number phrases of the sentence, in order (cached per sentence: asked twice)."""
        key = (sent.start, sent.end)
        if self._cache_doc is not sent.doc:
            self._cache_doc, self._cache = sent.doc, {}
        if key not in self._cache:
            self._cache[key] = self._scan(sent)
        return self._cache[key]

    def _scan(self, sent: Span) -> list[Quantity]:
        found: list[Quantity] = []
        doc = sent.doc
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            lower = tok.lower_
            q = None
            if lower in self._starters or tok.like_num:
                q = (
                    self._fraction(doc, i, sent.end)
                    or self._vague(doc, i, sent.end)
                    or self._number(doc, i, sent.end)
                )
            if q is None:
                i += 1
                continue
            found.append(q)
            i = q.end
        return found

    def _fraction(self, doc, i: int, stop: int) -> Quantity | None:
        """ "half of", "a third of", "two-thirds of": a share."""
        start = i
        if doc[i].lower_ in ("a", "one") and i + 1 < stop:
            i += 1
        for phrase, value in self.lex.fraction_words.items():
            words = phrase.split()
            end = i + len(words)
            if (
                value is not None
                and end < stop
                and [t.lower_ for t in doc[i:end]] == words
                and doc[end].lower_ == "of"
            ):
                return Quantity(start, end, float(value), share=True)
        return None

    def _vague(self, doc, i: int, stop: int) -> Quantity | None:
        for phrase, value in self._vague_phrases:
            words = phrase.split()
            end = i + len(words)
            if (
                end <= stop
                and [t.lower_ for t in doc[i:end]] == words
                and end < stop
                and doc[end].lower_ == "of"
            ):
                return Quantity(i, end, float(value), vague=True)
        return None

    def _number(self, doc, i: int, stop: int) -> Quantity | None:
        j = i
        while j < stop and self._is_number_word(doc[j], doc, j, stop):
            if (
                j > i
                and doc[j].text[:1].isdigit()
                and (doc[j - 1].text[:1].isdigit() or doc[j - 1].lower_ in self.lex.multipliers)
            ):
                break  # "12 14 16", "3 million 152mm shells": separate numbers, not one
            j += 1
        if j == i:
            return None
        value, multiplied = self._value([t.lower_ for t in doc[i:j]])
        return None if value is None else Quantity(i, j, value, multiplied=multiplied)

    def _is_number_word(self, tok: Token, doc, j: int, stop: int) -> bool:
        lower = tok.lower_
        if lower in ("a", "an"):  # only "a dozen", "a million"
            return j + 1 < stop and doc[j + 1].lower_ in (
                "dozen",
                "hundred",
                "thousand",
                "million",
                "billion",
                "trillion",
            )
        if (
            lower in self.lex.multipliers and len(lower) <= 2
        ):  # "m", "bn" only straight after digits
            return j > 0 and doc[j - 1].like_num and doc[j - 1].text[:1].isdigit()
        return (
            (tok.like_num and lower not in ("one",))
            or (lower in self._numbery and lower != "one")
            or (lower == "one" and j + 1 < stop and doc[j + 1].lower_ in self.lex.multipliers)
        )

    def _value(self, words: list[str]) -> tuple[float | None, bool]:
        total, current, multiplied, seen = 0.0, 0.0, False, False
        for word in words:
            match = _DIGITS.match(word)
            if match:
                current += float(match.group(1).replace(",", "") + "." + (match.group(2) or "0"))
                seen = True
                suffix = match.group(3)
                if suffix:
                    if suffix not in self.lex.multipliers:
                        return None, False
                    current *= self.lex.multipliers[suffix]
                    multiplied = True
            elif word in ("hundred",):
                current = max(current, 1) * 100
            elif word in self.lex.multipliers:
                total += max(current, 1) * self.lex.multipliers[word]
                current, multiplied, seen = 0.0, True, True
            elif word == "dozen":
                current = max(current, 1) * 12
                seen = True
            elif word in self.lex.number_words:
                current += float(self.lex.number_words[word])
                seen = True
            else:
                return None, False
        return (total + current if seen else None), multiplied

    def _joined(self, a: Quantity, b: Quantity, sent: Span) -> bool:
        """Whether two numbers form a range ("10,000 to 12,000", "between 5 and 7")."""
        doc = sent.doc
        between = [t.lower_ for t in doc[a.end : b.start]]
        if between and between[0] in ("$", "€", "£"):
            between = between[1:]
        if len(between) != 1 or between[0] not in _RANGE_JOINERS:
            return False
        if between[0] == "and":
            return a.start > sent.start and doc[a.start - 1].lower_ in ("between", "$")
        return True

    # --- claim -------------------------------------------------------------------------------------------------
    def _claim(
        self,
        q: Quantity,
        upper: Quantity | None,
        sent: Span,
        ctx: ArticleContext,
        earlier: list[Claim] = (),  # type: ignore[assignment]
    ) -> Claim | None:
        doc = sent.doc
        last = upper or q
        if self._excluded(q, last, sent, ctx) or q.vague or _vague_multiplier(q, doc):
            return None  # "thousands of troops" states no number a reader could check
        value, top = q.value, upper.value if upper else None
        if top is not None and upper.multiplied and not q.multiplied and value < top:
            value *= top / _leading(upper, doc, self)
        unit, currency, head, scale = self._unit(q, last, sent)
        if unit == BARE:
            unit = self._carried_unit(q, sent, ctx, earlier)
        if unit is None:
            return None
        value, top = value * scale, None if top is None else top * scale
        subject = self._subject(head, q, last, sent, ctx, unit)
        stance = ctx.reader.read(head if head is not None else doc[last.end - 1], sent)
        evidence, span = ctx.evidence(sent)
        modality = stance.modality
        if self._estimated(q, sent) and modality in ("asserted", "reported"):
            modality = "estimated"
        return Claim(
            subject=subject, value=_plain(value), unit=unit, evidence=evidence, span=span,
            upper=None if top is None else _plain(top), approximate=self._approximate(q, sent) or q.vague or upper is not None,
            attributed_to=stance.source, modality=modality, currency=currency,
        )  # fmt: skip

    def _excluded(self, q: Quantity, last: Quantity, sent: Span, ctx: ArticleContext) -> bool:
        doc = sent.doc
        tokens = doc[q.start : last.end]
        if any(t.ent_type_ in _NOT_QUANTITIES for t in tokens) or any(
            ctx.table.at(t.i) for t in tokens
        ):
            return True
        first = doc[q.start]
        if q.start == sent.start and q.end < sent.end and doc[q.end].text in (".", ")"):
            return True  # list numbering "1."
        if (
            first.text.isdigit()
            and YEAR_RANGE[0] <= int(first.text) <= YEAR_RANGE[1]
            and q.end - q.start == 1
        ):
            return True
        if (
            q.start > sent.start
            and doc[q.start - 1].lower_ in ("the", "these", "those", "both")
            and q.value <= 10
        ):
            return True  # "the two nations", "the three leaders": references, not counts
        if any(t.ent_type_ in ("DATE", "TIME") for t in tokens) and self._is_date(q, last, sent):
            return True
        after = doc[last.end].lower_ if last.end < sent.end else ""
        if after in _CALIBRES or doc[last.end - 1].lower_.endswith(_CALIBRES):
            return True  # "152mm shells": a calibre, not a count
        return after in ("-year-old", "year-old", "years-old") or (
            after == "-" and last.end + 1 < sent.end and doc[last.end + 1].lower_ == "year"
        )

    def _is_date(self, q: Quantity, last: Quantity, sent: Span) -> bool:
        """A number inside a date expression ("June 3", "three days ago"), not a duration."""
        doc = sent.doc
        after = [t.lower_ for t in doc[last.end : min(last.end + 2, sent.end)]]
        before = doc[q.start - 1].lower_ if q.start > sent.start else ""
        if not after or before in _DATE_MODIFIERS or (len(after) > 1 and after[1] in _DATE_WORDS):
            return True
        return doc[last.end].lemma_.lower() not in (
            "year",
            "month",
            "week",
            "day",
            "hour",
            "minute",
        )

    def _unit(
        self, q: Quantity, last: Quantity, sent: Span
    ) -> tuple[str | None, str | None, Token | None, float]:
        """(unit, currency, counted-noun token, scale) for a number."""
        doc = sent.doc
        before = doc[q.start - 1] if q.start > sent.start else None
        after = doc[last.end] if last.end < sent.end else None
        if q.share:
            return "share", None, None, 1.0
        if before is not None and before.text in self.lex.currencies:
            code = self.lex.currencies[before.text]
            return code, code, _head_noun(doc[last.end - 1]), 1.0
        if after is not None and after.lower_ in _PERCENT:
            return "share", None, None, 0.01
        if after is not None and after.lower_ in self.lex.currencies:
            code = self.lex.currencies[after.lower_]
            return code, code, after, 1.0
        noun = self._counted_noun(q, last, sent) or _number_of(sent)
        if noun is None:
            if after is not None and after.lemma_.lower() in _CASUALTY_WORDS:
                if _vague_multiplier(q, doc):
                    return None, None, None, 1.0  # "several thousand killed"
                return _human_unit(after, sent, self.lex.unit_aliases), None, after, 1.0
            return BARE, None, None, 1.0
        lemma = noun.lemma_.lower()
        if lemma in self.lex.skip_units or noun.lower_ in self.lex.skip_units:
            return None, None, None, 1.0
        if lemma in self.lex.fraction_words and noun.lower_ not in ("quarters",):
            return None, None, None, 1.0
        if lemma in _HUMAN_NOUNS or noun.ent_type_ == "NORP":  # "3,000 North Koreans", "600 deaths"
            return _human_unit(noun, sent, self.lex.unit_aliases), None, noun, 1.0
        return self.lex.unit_aliases.get(lemma, noun.lower_), None, noun, 1.0

    def _carried_unit(
        self, q: Quantity, sent: Span, ctx: ArticleContext, earlier: list[Claim]
    ) -> str | None:
        """The unit of a bare count that stands for a noun counted before it ("sent 3,000 troops
        ... bringing the total to 15,000", "more than 10,000 are stationed"): the last people unit
        counted in this sentence, else in the paragraph so far. Only where the number fills a
        noun's slot (subject, object, "to"/"at" object), never for a number modifying nothing; a
        subject may also take the people unit last counted anywhere in the article."""
        tok = sent.doc[q.end - 1]
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") or tok.ent_type_ in (
            "DATE",
            "TIME",
            "ORDINAL",
            "MONEY",
            "PERCENT",
        ):
            return None  # "between October 8 and 13": part of a date, not a count
        if _vague_multiplier(q, sent.doc):
            return None
        para = ctx.participants.paragraph(sent.start_char)
        previous = [
            c for c in ctx.article.claims
            if c.span is not None and ctx.participants.paragraph(c.span[0]) == para
        ]  # fmt: skip
        for claim in reversed([*previous, *earlier]):
            if claim.unit in _PEOPLE_UNITS:
                return claim.unit
        if tok.dep_ in ("nsubj", "nsubjpass"):  # "more than 10,000 are stationed in Kursk"
            for claim in reversed(ctx.article.claims):  # people counted earlier in the article
                if claim.unit in _PEOPLE_UNITS:
                    return claim.unit
            if tok.head.pos_ == "VERB" and {t.lemma_.lower() for t in sent} & _MILITARY_WORDS:
                return "troops"  # a count doing something, in a sentence about forces
        return None

    def _counted_noun(self, q: Quantity, last: Quantity, sent: Span) -> Token | None:
        doc = sent.doc
        tok = doc[last.end - 1]
        if (
            tok.dep_ in ("nummod", "quantmod", "compound", "amod")
            and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.head.i >= last.end
        ):
            return tok.head
        nxt = last.end
        if nxt < sent.end and doc[nxt].lower_ == "of":
            nxt += 1
            while nxt < sent.end and doc[nxt].pos_ in ("DET", "ADJ", "PRON"):
                nxt += 1
        if nxt < sent.end and doc[nxt].pos_ == "NOUN":
            noun = doc[nxt]
            while (
                noun.dep_ in ("compound", "poss")
                and noun.head.i > noun.i
                and noun.head.pos_ == "NOUN"
            ):
                noun = noun.head  # "13 of the council's 15 members": members
            return noun
        return None

    def _approximate(self, q: Quantity, sent: Span) -> bool:
        before = sent.doc[max(sent.start, q.start - 3) : q.start].text.lower()
        before = before.replace("$", "").replace("€", "").replace("£", "").strip()
        return any(re.search(rf"(?:^|\s){re.escape(a)}$", before) for a in self.lex.approximators)

    def _estimated(self, q: Quantity, sent: Span) -> bool:
        window = sent.doc[max(sent.start, q.start - 4) : q.start]
        if any(
            t.lemma_.lower() in self.lex.estimate_words or t.lower_ in self.lex.estimate_words
            for t in window
        ):
            return True
        # "puts the losses at about 4,700", "placed the toll at 300": a figure someone sets
        cur = sent.doc[q.end - 1]
        for _ in range(4):
            if cur.lower_ == "at" and cur.head.lemma_.lower() in ("put", "place", "estimate"):
                return True
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return False

    # --- subject ---------------------------------------------------------------------------------------------
    def _subject(
        self,
        head: Token | None,
        q: Quantity,
        last: Quantity,
        sent: Span,
        ctx: ArticleContext,
        unit: str,
    ) -> str:
        doc = sent.doc
        number_ids = {
            t.i for i in range(q.start, last.end) for t in doc[i].subtree if t.i < last.end
        }
        if (
            unit == "share"
            or head is None
            or unit == (self.lex.currencies.get(head.lower_) if head is not None else None)
        ):
            anchor = self._of_object(doc[last.end - 1], sent) or self._clause_subject(
                doc[last.end - 1]
            )
            return (
                _phrase(anchor, number_ids, ctx)
                if anchor is not None
                else self._predicate(doc[last.end - 1], number_ids, ctx)
            )
        if head.lower_ in ("billion", "million", "trillion") or head.text in self.lex.currencies:
            anchor = self._of_object(head, sent) or self._clause_subject(head)
            return (
                _phrase(anchor, number_ids, ctx)
                if anchor is not None
                else self._predicate(head, number_ids, ctx)
            )
        if head.lemma_.lower() in self.lex.measure_units:  # "837,300 tons of gas" -> gas
            measured = self._of_object(head, sent)
            if measured is not None:
                return _phrase(measured, number_ids, ctx)
        return _phrase(head, number_ids, ctx)

    def _of_object(self, tok: Token, sent: Span) -> Token | None:
        """ "half of Russia's supply", "$175 billion in aid": the thing measured."""
        probe = [tok, tok.head] if tok.dep_ in ("nummod", "quantmod", "compound") else [tok]
        for t in probe:
            for child in t.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "in", "for", "on"):
                    pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
        nxt = tok.i + 1
        if nxt + 1 < sent.end and sent.doc[nxt].lower_ in ("of", "in"):
            pobj = next((g for g in sent.doc[nxt].children if g.dep_ == "pobj"), None)
            return pobj
        return None

    def _predicate(self, tok: Token, skip: set[int], ctx: ArticleContext) -> str:
        """When the amount is itself the subject ("$106 billion supports the government"):
        what the clause says it does, as verb plus object."""
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        if verb.pos_ not in ("VERB", "AUX") or obj is None:
            return ""
        return f"{verb.text} {_phrase(obj, skip, ctx)}".strip()

    def _clause_subject(self, tok: Token) -> Token | None:
        cur = tok
        for _ in range(6):
            if cur.pos_ in ("VERB", "AUX"):
                for child in cur.children:
                    if child.dep_ in _SUBJECT_DEPS and child.pos_ in ("NOUN", "PROPN"):
                        return child
            if cur.head.i == cur.i:
                return None
            cur = cur.head
        return None


BARE = "\0bare"  # a number with no counted noun: the unit may come from the context
_PEOPLE_UNITS = frozenset({"troops", "people"})
# Words that count people by what happened to them ("600 deaths", "2,700 wounded").
_CASUALTY_WORDS = frozenset({"kill", "killed", "wound", "wounded", "injure", "injured", "die",
                             "dead", "death", "casualty", "loss", "missing", "capture", "captured"})  # fmt: skip
# People who are never soldiers, counted in their own unit ("27 civilians", "3,500 workers").
_CIVIL_NOUNS = frozenset(
    {"civilian", "worker", "resident", "citizen", "refugee", "child", "student"}
)
_HUMAN_NOUNS = _CASUALTY_WORDS | _CIVIL_NOUNS | {"person", "people", "deminer", "man", "woman",
                                                 "national", "fighter", "volunteer"}  # fmt: skip
# Words that make counted people military ones ("military construction workers", "losses").
_MILITARY_WORDS = frozenset({"military", "soldier", "troop", "army", "force", "forces", "combat",
                             "front", "battlefield", "deploy", "deployment", "unit", "fighter",
                             "mercenary", "serviceman", "loss", "losses", "regiment", "brigade"})  # fmt: skip


def _human_unit(noun: Token, sent: Span, aliases: dict[str, str]) -> str:
    """People counted: "troops" when they are military by their own modifiers ("5,000 military
    construction workers"); civilians, workers and residents keep their own unit; casualties,
    nationals and plain people are "troops" in a military sentence ("600 deaths" among
    "North Korean losses"), "people" otherwise ("1,000 deminers")."""
    lemma = noun.lemma_.lower()
    mods = {t.lemma_.lower() for c in noun.lefts for t in c.subtree}
    if mods & _MILITARY_WORDS:
        return "troops"
    if lemma in _CIVIL_NOUNS:
        return aliases.get(lemma, noun.lower_)
    if lemma in _CASUALTY_WORDS or noun.ent_type_ == "NORP" or lemma == "fighter":
        words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        return "troops" if words & _MILITARY_WORDS else "people"
    return "people"


def _vague_multiplier(q: Quantity, doc) -> bool:
    """ "several thousand", "many thousands": a multiplier word with no digits before it."""
    words = [t.lower_ for t in doc[q.start : q.end]]
    prev = doc[q.start - 1].lower_ if q.start > 0 else ""
    return not any(
        t.like_num and any(ch.isdigit() for ch in t.text) for t in doc[q.start : q.end]
    ) and (
        prev in ("several", "many", "few", "some", "hundreds", "thousands", "tens")
        or words[0] in ("thousand", "thousands", "hundreds", "millions")
    )


def _number_of(sent: Span) -> Token | None:
    """ "put the number of shells shipped at 5 million": the noun a bare number counts."""
    for tok in sent:
        if tok.lower_ in ("number", "total", "tally", "count") and tok.pos_ == "NOUN":
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    pobj = next(
                        (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None
                    )
                    if pobj is not None:
                        return pobj
    return None


def _head_noun(tok: Token) -> Token | None:
    """For "$250 billion", the token the amount hangs on (the currency symbol's own phrase)."""
    return tok


def _leading(q: Quantity, doc, finder: ClaimFinder) -> float:
    """The value of the digits of `q` before its multiplier ("12" in "12 million")."""
    value, _ = finder._value(
        [t.lower_ for t in doc[q.start : q.end] if t.lower_ not in finder.lex.multipliers]
    )
    return value or 1.0


def _phrase(head: Token, skip: set[int], ctx: ArticleContext) -> str:
    """A short noun phrase around `head`: its modifiers and what follows it, no determiners."""
    left = [t for t in head.subtree if t.i < head.i and t.i not in skip]
    left = [
        t
        for t in left
        if t.dep_ not in ("det", "predet", "quantmod", "nummod", "punct", "advmod")
        and t.lower_ not in ("some", "nearly", "about")
    ]
    right = []
    for child in head.rights:
        if child.dep_ in ("prep", "acl", "relcl", "amod", "compound") and child.lower_ not in (
            "including",
            "such",
        ):
            right += list(child.subtree)
            break
    if (
        not right and head.dep_ == "nsubjpass" and head.head.pos_ == "VERB"
    ):  # "troops were sent to Russia"
        verb = head.head
        preps = [c for c in verb.rights if c.dep_ == "prep"][:1]
        right = [verb, *(t for p in preps for t in p.subtree)]
    words = [*left, head, *right]
    words = [
        t for t in words if (t.i not in skip and not t.is_punct) or t.text in ("'s", "’s", "-")
    ]
    words = words[:MAX_SUBJECT_WORDS]
    if not words:
        return ""
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    text = " ".join(ctx.text[start:end].split())
    if text.count("(") > text.count(")"):  # "gas (LNG" cut mid-parenthesis
        text = text[: text.rfind("(")].rstrip()
    return text


def _plain(value: float) -> float | int:
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded
