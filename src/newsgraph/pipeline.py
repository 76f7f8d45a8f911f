"""The pipeline, written down once:

    ingest.read_inputs  files, folders, globs, WARC, feeds, URLs  -> RawPage | InputError
    clean.clean_page    boilerplate, story split, comments, metadata, language -> Articles
    extract.Extractor   entities, PLOVER events, claims, dates, attribution (one spaCy parse)
    store.Store         one transaction per page: a failure never loses what was stored
    resolve.Resolver    duplicates, stories, entity/event coreference, claim comparison

Pages are extracted in batches (spaCy's `nlp.pipe` is several times faster than one call per
text), then stored and resolved page by page.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlparse

from newsgraph.clean import clean_page, normalize_line
from newsgraph.errors import InputError
from newsgraph.ingest import read_inputs
from newsgraph.model import Article, CleanedPage, Discard, RawPage
from newsgraph.store import Store

# Pages per extraction batch: big enough for nlp.pipe to amortise, small enough that a crash
# or Ctrl-C loses at most one batch of work (everything before it is committed).
PAGES_PER_BATCH = 16
EDGE_LINES = 12  # lines from each end of a page counted as site chrome evidence


@dataclass
class IngestReport:
    """What one ingest run did; `newsgraph ingest --json` prints `to_json()`."""

    files: int = 0
    pages: int = 0
    articles: int = 0
    duplicates: int = 0
    discarded: int = 0
    words: int = 0
    seconds: float = 0.0
    failed: list[dict[str, str]] = field(default_factory=list)
    discards: list[dict[str, str]] = field(default_factory=list)
    resolve: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        return data

    def merge_resolve(self, report: Any) -> None:
        for key, value in asdict(report).items():
            if isinstance(value, int):
                self.resolve[key] = self.resolve.get(key, 0) + value


@dataclass
class _Pending:
    page: RawPage
    cleaned: CleanedPage
    site: str | None


def site_of(page: RawPage) -> str | None:
    """The site a page came from (its URL's host), used for cross-page boilerplate evidence."""
    url = page.url or (page.source if "://" in page.source else None)
    if not url:
        return None
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.") or None


class Pipeline:
    """Runs pages through every stage into one Store."""

    def __init__(self, store: Store, *, extractor: Any = None, resolver: Any = None) -> None:
        self.store = store
        self._extractor = extractor
        self._resolver = resolver

    @property
    def extractor(self) -> Any:
        if self._extractor is None:
            from newsgraph.extract import Extractor

            self._extractor = Extractor()
        return self._extractor

    @property
    def resolver(self) -> Any:
        if self._resolver is None:
            from newsgraph.resolve import Resolver

            self._resolver = Resolver(self.store, canonical=self.extractor.canonical)
        return self._resolver

    def ingest(
        self, paths: Iterable[str], *, on_file: Callable[[str], None] | None = None
    ) -> IngestReport:
        """Read, clean, extract, store and resolve everything behind `paths`."""
        report = IngestReport()
        started = time.perf_counter()
        batch: list[_Pending] = []
        for item in self._pages(read_inputs(paths), report, on_file):
            batch.append(item)
            if len(batch) >= PAGES_PER_BATCH:
                self._flush(batch, report)
                batch = []
        self._flush(batch, report)
        report.seconds = time.perf_counter() - started
        return report

    def ingest_pages(self, pages: Iterable[RawPage]) -> IngestReport:
        """The same run over pages already in memory (HTTP uploads, pasted text, tests)."""
        return self.ingest_items(pages)

    def ingest_items(self, items: Iterable[RawPage | InputError]) -> IngestReport:
        report = IngestReport()
        started = time.perf_counter()
        self._flush(list(self._pages(items, report, None)), report)
        report.seconds = time.perf_counter() - started
        return report

    def _pages(
        self,
        items: Iterable[RawPage | InputError],
        report: IngestReport,
        on_file: Callable[[str], None] | None,
    ) -> Iterator[_Pending]:
        seen_sources: set[str] = set()
        for item in items:
            source = item.source if isinstance(item, (RawPage, InputError)) else "?"
            if source not in seen_sources:
                seen_sources.add(source)
                report.files += 1
                if on_file:
                    on_file(source)
            if isinstance(item, InputError):
                report.failed.append({"path": item.source, "error": item.problem})
                continue
            report.pages += 1
            if self.store.has_page(item.content_hash):
                report.duplicates += 1  # the same bytes again: nothing new to add
                continue
            pending = self._clean(item, report)
            if pending is not None:
                yield pending

    def _clean(self, page: RawPage, report: IngestReport) -> _Pending | None:
        site = site_of(page)
        try:
            cleaned = clean_page(page, site_lines=self._site_lines(site))
        except Exception as err:  # a cleaner bug on one page must not stop the run
            report.failed.append({"path": page.source, "error": f"clean failed: {_one_line(err)}"})
            return None
        for discard in cleaned.discards:
            report.discards.append(
                {"path": page.source, "stage": discard.stage, "reason": discard.reason}
            )
        report.discarded += len(cleaned.discards)
        return _Pending(page, cleaned, site)

    def _site_lines(self, site: str | None) -> Counter[str] | None:
        """Lines other pages of this site showed, keyed the way the cleaner compares lines."""
        if not site:
            return None
        counts: Counter[str] = Counter()
        counts.update(self.store.site_lines(site))
        return counts

    def _flush(self, batch: list[_Pending], report: IngestReport) -> None:
        if not batch:
            return
        articles = [a for item in batch for a in item.cleaned.articles]
        try:
            list(self.extractor.extract_many(articles))
        except Exception as err:  # fall back page by page so one bad page fails alone
            if len(batch) > 1:
                for item in batch:
                    self._flush([item], report)
                return
            report.failed.append(
                {"path": batch[0].page.source, "error": f"extract failed: {_one_line(err)}"}
            )
            return
        for item in batch:
            self._store(item, report)

    def _store(self, item: _Pending, report: IngestReport) -> None:
        if self.store.has_page(item.page.content_hash):
            report.duplicates += 1  # the same bytes twice inside one batch
            return
        ids = self.store.add_page(item.page, item.cleaned, item.site)
        self.store.add_site_lines(item.site, edge_lines(item.page))
        report.articles += len(ids)
        report.words += sum(len(a.text.split()) for a in item.cleaned.articles)
        if not item.cleaned.articles and not item.cleaned.discards:
            self.store.add_discard(Discard("clean", "no article found", item.page.source))
        if ids:
            resolved = self.resolver.resolve(ids)
            report.merge_resolve(resolved)
            report.duplicates += getattr(resolved, "duplicates", 0)


def edge_lines(page: RawPage) -> set[str]:
    """The first and last lines of a page's visible text, where a site's chrome sits."""
    text = page.text
    if page.kind == "html":
        from trafilatura import html2txt

        text = html2txt(page.text) or ""
    lines = [normalize_line(ln) for ln in text.splitlines() if ln.strip()]
    lines = [ln for ln in lines if ln]
    return set(lines[:EDGE_LINES] + lines[-EDGE_LINES:])


def _one_line(err: BaseException) -> str:
    text = (str(err).strip().splitlines() or [""])[0]
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def extract_page(page: RawPage, extractor: Any) -> tuple[CleanedPage, list[Article]]:
    """Clean and extract one page without a store (the `newsgraph extract` command)."""
    cleaned = clean_page(page)
    articles = list(extractor.extract_many(cleaned.articles))
    return cleaned, articles
