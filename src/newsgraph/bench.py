"""`newsgraph bench`: pipeline throughput measured beside plain spaCy, in one run.

The reference is what any spaCy user would write: the complete small English pipeline
(tagger, parser, NER) over the same article texts with `nlp.pipe`, one process. The ratio
is ours / reference: 1.0 means the whole pipeline (cleaning, extraction, storage, linking)
costs no more than spaCy's own parse. `extract_ratio` is the same for the extract stage alone
(parse plus our rules), whose budget is 30% over spaCy (ratio >= 0.7).
"""

from __future__ import annotations

import resource
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from newsgraph.clean import clean_page
from newsgraph.ingest import read_inputs
from newsgraph.model import RawPage, content_hash

DEMO_PAGES = Path(__file__).resolve().parents[2] / "demo" / "pages"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus_pages(docs: int, source_dir: Path = DEMO_PAGES) -> list[RawPage]:
    """The demo corpus replicated to `docs` pages; each copy is distinct bytes so none is skipped."""
    base = [p for p in read_inputs([str(source_dir)]) if isinstance(p, RawPage)]
    if not base:
        raise FileNotFoundError(f"{source_dir}: no demo pages to benchmark on")
    pages = []
    for i in range(docs):
        page = base[i % len(base)]
        copy = i // len(base)
        text = page.text if copy == 0 else _tagged(page, copy)
        pages.append(
            RawPage(f"{page.source}#copy{copy}", text, page.kind, content_hash(text), page.url)
        )
    return pages


def _tagged(page: RawPage, copy: int) -> str:
    """A replica that differs in bytes but not in substance (as a re-scraped page would)."""
    marker = f"<!-- replica {copy} -->" if page.kind == "html" else f"\n\nReplica {copy}.\n"
    return page.text + marker


def measure_pipeline(pages: list[RawPage]) -> dict[str, float]:
    """Ingest into a fresh temporary knowledge base; docs/s and words/s end to end."""
    from newsgraph.api import shared_extractor
    from newsgraph.pipeline import Pipeline
    from newsgraph.store import Store

    extractor = shared_extractor()
    extractor.load()  # load models before the clock starts, as the reference does
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    try:
        store = Store(tmp / "bench.sqlite")
        pipeline = Pipeline(store, extractor=extractor)
        _ = pipeline.resolver  # imports and loads (datasketch, langid) happen once per process,
        clean_page(pages[0])  # outside the clock, as spaCy's model load is for the reference
        started = time.perf_counter()
        report = pipeline.ingest_pages(pages)
        seconds = time.perf_counter() - started
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "docs": len(pages),
        "articles": report.articles,
        "words": report.words,
        "seconds": seconds,
    }


def measure_extract(pages: list[RawPage]) -> dict[str, float]:
    """The extract stage alone (spaCy parse plus our entity, event, claim and date rules) on
    articles cleaned beforehand: what #4's 30% budget over spaCy is about."""
    from newsgraph.api import shared_extractor

    extractor = shared_extractor().load()
    articles = [a for p in pages for a in clean_page(p).articles]
    started = time.perf_counter()
    for _ in extractor.extract_many(articles):
        pass
    return {"seconds": time.perf_counter() - started}


def measure_spacy(texts: list[str]) -> dict[str, float]:
    """The reference: plain `nlp.pipe` with the complete small pipeline, one process."""
    from newsgraph.extract.nlp import load_nlp

    nlp = load_nlp()
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return {"seconds": time.perf_counter() - started}


def run_bench(
    *, docs: int = 200, serve_articles: int = 0, scale: bool = False, progress: bool = True
) -> dict[str, Any]:
    pages = corpus_pages(docs)
    texts = [a.text for p in pages for a in clean_page(p).articles]
    words = sum(len(t.split()) for t in texts)
    ours = measure_pipeline(pages)
    ref = measure_spacy(texts)
    extract = measure_extract(pages)
    result: dict[str, Any] = {
        "docs": docs,
        "words": words,
        "docs_per_s": round(docs / ours["seconds"], 2),
        "words_per_s": round(words / ours["seconds"], 1),
        "spacy_docs_per_s": round(docs / ref["seconds"], 2),
        "spacy_words_per_s": round(words / ref["seconds"], 1),
        "ratio": round(ref["seconds"] / ours["seconds"], 3),
        "extract_ratio": round(ref["seconds"] / extract["seconds"], 3),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }
    if scale:
        from newsgraph.resolve.bench import incremental_costs

        result["incremental"] = incremental_costs()
    if serve_articles:
        from newsgraph.serve.bench_serve import run_latency_bench

        result["serve"] = run_latency_bench(n_articles=serve_articles)
    return result
