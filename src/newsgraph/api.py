"""The Python API: `newsgraph.open(path)` for a knowledge base, `newsgraph.extract(page)` for one page.

kb = newsgraph.open("kb.sqlite")
kb.ingest(["pages/"])
kb.search("treaty"); kb.events(actor="Kim Jong Un"); kb.entities()
newsgraph.extract(open("page.html").read())   # the JSON contract as a dict
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.ingest import read_bytes
from newsgraph.model import page_to_contract
from newsgraph.pipeline import IngestReport, Pipeline, extract_page
from newsgraph.store import Store, queries


@functools.lru_cache(maxsize=1)
def shared_extractor() -> Any:
    """One Extractor per process: loading spaCy and the dictionaries takes seconds."""
    from newsgraph.extract import Extractor

    return Extractor()


class KnowledgeBase:
    """A knowledge base on disk, with the pipeline that fills it and the queries that read it."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.store = Store(path, read_only=read_only)
        self._pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline(self.store, extractor=shared_extractor())
        return self._pipeline

    def ingest(self, paths: list[str] | str) -> IngestReport:
        """Files, folders (recursive), globs, .gz, WARC, feeds or URLs."""
        return self.pipeline.ingest([paths] if isinstance(paths, str) else list(paths))

    def ingest_text(self, text: str, name: str = "pasted.txt") -> IngestReport:
        """One page given as a string (pasted text or HTML)."""
        try:
            page = read_bytes(name, text.encode("utf-8"), hint=Path(name).suffix.lower())
        except InputError as err:
            return self.pipeline.ingest_items([err])
        return self.pipeline.ingest_pages([page])

    def search(self, q: str, **filters: Any) -> dict[str, Any]:
        return queries.search(self.store, q, **filters)

    def articles(self, **filters: Any) -> dict[str, Any]:
        return queries.articles(self.store, **filters)

    def article(self, article_id: str) -> dict[str, Any]:
        return queries.article(self.store, article_id)

    def entities(self, **filters: Any) -> dict[str, Any]:
        return queries.entities(self.store, **_typed(filters))

    def entity(self, entity_id: str) -> dict[str, Any]:
        return queries.entity(self.store, entity_id)

    def events(self, **filters: Any) -> dict[str, Any]:
        return queries.events(self.store, **_typed(filters))

    def event(self, event_id: int) -> dict[str, Any]:
        return queries.event(self.store, event_id)

    def timeline(self, **filters: Any) -> dict[str, Any]:
        return queries.timeline(self.store, **_typed(filters))

    def graph(self, **filters: Any) -> dict[str, Any]:
        return queries.graph(self.store, **filters)

    def stories(self, **filters: Any) -> dict[str, Any]:
        return queries.stories(self.store, **filters)

    def story(self, story_id: int) -> dict[str, Any]:
        return queries.story(self.store, story_id)

    def claims(self, **filters: Any) -> dict[str, Any]:
        return queries.claims(self.store, **filters)

    def stats(self) -> dict[str, Any]:
        return queries.stats(self.store)

    def merge_entities(self, keep: str, other: str) -> None:
        self.pipeline.resolver.merge_entities(keep, other)

    def split_entity(self, keep: str, other: str) -> None:
        self.pipeline.resolver.split_entity(keep, other)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _typed(filters: dict[str, Any]) -> dict[str, Any]:
    """Accept `type=` from users for the queries' `type_` parameter."""
    if "type" in filters:
        filters = dict(filters)
        filters["type_"] = filters.pop("type")
    return filters


def open(path: str | Path = "newsgraph.sqlite", *, read_only: bool = False) -> KnowledgeBase:
    """Open (or create) a knowledge base file."""
    return KnowledgeBase(path, read_only=read_only)


def extract(page: str | bytes, *, source: str | None = None) -> dict[str, Any]:
    """Clean and extract one page (text or HTML) into the JSON contract, without a database."""
    data = page.encode("utf-8") if isinstance(page, str) else page
    name = source or "<string:" + hashlib.sha1(data).hexdigest()[:12] + ">"
    raw = read_bytes(name, data)
    _, articles = extract_page(raw, shared_extractor())
    return page_to_contract(name, articles)
