"""The extract stage: a cleaned Article in, its entities, events, claims and notes out.

Order of work for each article (one spaCy parse per text, nothing else runs a model):
  1. guards      skip non-English text, cut very long text, re-case shouted paragraphs
  2. parse       nlp.pipe over article texts (tok2vec, tagger, parser, lemmatizer, ner)
  3. entities    NER + actor dictionary -> one Entity per referent (entities.py)
  4. sentences   for each sentence under MAX_SENTENCE_TOKENS:
                   events (events.py) and claims (claims.py), each with modality and
                   source (modality.py) and, for events, a date (dates.py)
Only `article.text` is read: comments never produce facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.extract.actors import ActorDictionary
from newsgraph.extract.claims import ClaimFinder
from newsgraph.extract.context import ArticleContext
from newsgraph.extract.entities import EntityResolver
from newsgraph.extract.events import EventCoder, drop_summary_repeats, drop_untargeted_twins
from newsgraph.extract.guards import (
    MAX_ARTICLE_CHARS,
    MAX_NUMBERS_PER_SENTENCE,
    MAX_SENTENCE_TOKENS,
    Recaser,
)
from newsgraph.extract.lexicon import load_lexicon
from newsgraph.extract.modality import ModalityReader
from newsgraph.extract.nlp import load_nlp
from newsgraph.extract.participants import Participants
from newsgraph.extract.patterns import PatternBook
from newsgraph.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_PARAGRAPH = re.compile(r"\n\s*\n")


class Extractor:
    """Fills Article.entities, .events, .claims and .notes from the article text."""

    def __init__(
        self,
        actor_files: Iterable[Path] = (),
        pattern_files: Iterable[Path] = (),
        nlp: Language | None = None,
        max_chars: int = MAX_ARTICLE_CHARS,
    ) -> None:
        self.lexicon = load_lexicon()
        self.dictionary = ActorDictionary(actor_files)
        self.patterns = PatternBook(pattern_files)
        self.events = EventCoder(self.patterns, self.lexicon)
        self.claims = ClaimFinder(self.lexicon)
        self.recaser = Recaser(form for form, _ in self.dictionary.aliases())
        self._nlp = nlp
        self.max_chars = max_chars
        self._resolver: EntityResolver | None = None

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use."""
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    @property
    def resolver(self) -> EntityResolver:
        if self._resolver is None:
            self._resolver = EntityResolver(self.dictionary, self.lexicon, self.nlp)
        return self._resolver

    def load(self) -> Extractor:
        """Load the spaCy pipeline, the dictionary matcher and the town gazetteer now rather
        than on the first article (a server's first request, a benchmark's clock)."""
        _ = self.resolver.gazetteer
        return self

    # --- public entry points ----------------------------------------------------------------------------
    def extract(self, article: Article) -> Article:
        """Extract one article in place and return it."""
        return next(self.extract_many([article], batch_size=1))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Article]:
        """Extract articles in order, parsing them in batches with nlp.pipe (same results)."""
        prepared = ((self._prepare(article), article) for article in articles)
        for doc, article in self.nlp.pipe(prepared, as_tuples=True, batch_size=batch_size):
            if article.language == "en" or not article.language:
                self._fill(article, doc)
            yield article

    def canonical(self, name: str, type_: str | None = None) -> tuple[str, str] | None:
        """The canonical (name, type) of a surface form by the actor dictionary, or None."""
        actor = self.dictionary.lookup(name, type_)
        return None if actor is None else (actor.name, actor.type)

    # --- steps --------------------------------------------------------------------------------------------
    def _prepare(self, article: Article) -> str:
        """The text spaCy parses for `article` (empty for skipped articles), noting what changed."""
        article.entities, article.events, article.claims = [], [], []
        if article.language and article.language != "en":
            article.notes.append(
                f"extract: skipped, language is {article.language!r} (English only)"
            )
            return ""
        text = article.text or ""
        if len(text) > self.max_chars:
            article.notes.append(
                f"extract: only the first {self.max_chars} of {len(text)} characters were read"
            )
            text = text[: self.max_chars]
        text, recased = self.recaser.recase(text)
        if recased:
            article.notes.append(
                f"extract: {recased} all-caps paragraph(s) re-cased for entity recognition"
            )
        return text

    def _fill(self, article: Article, doc: Doc) -> None:
        ctx = self._context(article, doc)
        long_sentences = dense_sentences = 0
        for sent in doc.sents:
            if len(sent) > MAX_SENTENCE_TOKENS:
                long_sentences += 1
                continue
            article.events += self.events.code(sent, ctx)
            if len(self.claims.quantities(sent)) > MAX_NUMBERS_PER_SENTENCE:
                dense_sentences += 1
                continue
            article.claims += self.claims.find(sent, ctx)
        article.events = drop_summary_repeats(drop_untargeted_twins(article.events), doc.text)
        article.entities = ctx.table.entities
        if long_sentences:
            article.notes.append(
                f"extract: {long_sentences} sentence(s) over {MAX_SENTENCE_TOKENS} tokens not mined for events or claims"
            )
        if dense_sentences:
            article.notes.append(
                f"extract: {dense_sentences} number-dense sentence(s) (tables?) not mined for claims"
            )

    def _context(self, article: Article, doc: Doc) -> ArticleContext:
        table = self.resolver.resolve(doc, article.text)
        starts = [0] + [m.end() for m in _PARAGRAPH.finditer(doc.text)]
        participants = Participants(
            table, self.dictionary, self.lexicon, article.published, starts, doc
        )
        reader = ModalityReader(self.lexicon, participants)
        return ArticleContext(article, doc, table, participants, reader)
