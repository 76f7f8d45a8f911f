"""`newsgraph eval clean`: the clean stage against public benchmarks, beside its baselines.

- Article text: scrapinghub's article-extraction-benchmark (181 HTML pages with gold
  article bodies). Scored as upstream scores it: word tokens (\\w+), 4-token shingles
  counted as multisets, per-page TP/FP/FN normalised to sum 1, precision and recall
  averaged over pages, F1 from the two averages. newsgraph is `clean_page` end to end;
  the baseline is plain `trafilatura.extract(html, include_comments=False)`.
- Publication dates: htmldate's evaluation pages (mediacloud_2020 + default_subset).
  Exact day match; newsgraph is `clean_page`'s `published` (day precision only), the
  baseline plain `htmldate.find_date(html)`.

Both systems get the same decoded string for each page, with the page URL where the gold
gives one to both. Nothing here is copied into the project; the bench folder is read only.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import statistics
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import trafilatura
from htmldate import find_date
from trafilatura.utils import decode_file

from newsgraph.clean import clean_page
from newsgraph.model import RawPage, content_hash

ARTICLES = "article-extraction-benchmark"
DATES = "htmldate-eval"
DATE_SETS = ("mediacloud_2020", "default_subset")
SHINGLE = 4
# The benchmark runs on up to two processes: the target machines have two cores, and both
# sets together take ~3 minutes on one.
WORKERS = min(2, os.cpu_count() or 1)
_TOKEN_RE = re.compile(r"\w+")

Scores = tuple[float, float, float]  # normalised (tp, fp, fn) of one page


def shingle_scores(gold: str, predicted: str) -> Scores:
    """Per-page (tp, fp, fn) over 4-token shingles, normalised so every page weighs the same."""
    want, got = _shingles(gold), _shingles(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN_RE.findall(text or "")
    last = max(1, len(tokens) - SHINGLE + 1)
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(last) if tokens[i : i + SHINGLE])


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def summarize(pages: list[Scores]) -> dict[str, float]:
    """Macro precision and recall over pages, F1 of the two (upstream's evaluate.py)."""
    precision = statistics.mean(_precision(*s) for s in pages if s[0] + s[1] > 0)
    recall = statistics.mean(_recall(*s) for s in pages if s[0] + s[2] > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "pages": len(pages),
    }


def _read(path: Path) -> str:
    return decode_file(gzip.decompress(path.read_bytes()))


def _clean(html: str, url: str | None) -> RawPage:
    return RawPage(
        source=url or "bench", text=html, kind="html", content_hash=content_hash(html), url=url
    )


def _article_job(job: tuple[str, str, str | None]) -> tuple[Scores, Scores]:
    """Both systems on one benchmark page: (newsgraph scores, trafilatura scores)."""
    gold, path, url = job
    html = _read(Path(path))
    articles = clean_page(_clean(html, url)).articles
    ours = articles[0].text if articles else ""
    base = trafilatura.extract(html, include_comments=False) or ""
    return shingle_scores(gold, ours), shingle_scores(gold, base)


def _date_job(job: tuple[str | None, str, str | None]) -> tuple[bool, bool]:
    """Both systems on one date page: (newsgraph right, htmldate right)."""
    want, path, url = job
    html = _read(Path(path))
    articles = clean_page(_clean(html, url)).articles
    ours = articles[0].published if articles else None
    return ours == want, find_date(html, url=url) == want


def _run(jobs: list, work: Callable) -> list:
    """Jobs over WORKERS processes (the pages are independent; results keep their order)."""
    if WORKERS <= 1 or len(jobs) < 2:
        return [work(j) for j in jobs]
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(work, jobs, chunksize=8))


def evaluate_articles(bench: Path, limit: int | None = None) -> dict[str, dict]:
    """Article-body P/R/F1 of newsgraph and of plain trafilatura on the same pages."""
    gold = json.loads((bench / "ground-truth.json").read_text("utf-8"))
    jobs = [
        (gold[k]["articleBody"], str(bench / "html" / f"{k}.html.gz"), gold[k].get("url"))
        for k in sorted(gold)[:limit]
    ]
    pairs = _run(jobs, _article_job)
    return {
        "newsgraph": summarize([p[0] for p in pairs]),
        "trafilatura": summarize([p[1] for p in pairs]),
    }


def evaluate_dates(bench: Path, limit: int | None = None) -> dict[str, dict]:
    """Exact-day accuracy of newsgraph's published date and of plain htmldate."""
    jobs = []
    for subset in DATE_SETS:
        folder = bench / subset
        if (folder / "gold.json").exists():
            gold = json.loads((folder / "gold.json").read_text("utf-8"))
            jobs += [
                (it["date"], str(folder / "html" / it["file"]), url)
                for url, it in list(gold.items())[:limit]
            ]
    pairs = _run(jobs, _date_job)
    total = len(pairs)
    return {
        name: {
            "accuracy": round(sum(p[i] for p in pairs) / total, 4) if total else 0.0,
            "pages": total,
        }
        for i, name in enumerate(("newsgraph", "htmldate"))
    }


def evaluate_clean(bench_dir: Path, limit: int | None = None) -> dict:
    """Both benchmarks side by side; {"skipped": reason} when the bench folder is absent."""
    bench_dir = Path(bench_dir)
    if not (bench_dir / ARTICLES).is_dir() and not (bench_dir / DATES).is_dir():
        return {"skipped": f"no benchmark data under {bench_dir} ({ARTICLES}, {DATES})"}
    result: dict[str, dict] = {}
    if (bench_dir / ARTICLES / "ground-truth.json").exists():
        result["article_extraction"] = evaluate_articles(bench_dir / ARTICLES, limit)
    if (bench_dir / DATES).is_dir():
        result["dates"] = evaluate_dates(bench_dir / DATES, limit)
    return result
