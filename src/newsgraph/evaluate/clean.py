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
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterator
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
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "pages": len(pages)}


def _read(path: Path) -> str:
    return decode_file(gzip.decompress(path.read_bytes()))


def _newsgraph_text(html: str, url: str | None) -> str:
    page = RawPage(source=url or "bench", text=html, kind="html", content_hash=content_hash(html), url=url)
    articles = clean_page(page).articles
    return articles[0].text if articles else ""


def article_pages(bench: Path, limit: int | None) -> Iterator[tuple[str, str, str | None]]:
    """(gold body, html, url) for each page of the article benchmark, in id order."""
    gold = json.loads((bench / "ground-truth.json").read_text("utf-8"))
    for key in sorted(gold)[:limit]:
        yield gold[key]["articleBody"], _read(bench / "html" / f"{key}.html.gz"), gold[key].get("url")


def evaluate_articles(bench: Path, limit: int | None = None) -> dict[str, dict]:
    """Article-body P/R/F1 of newsgraph and of plain trafilatura on the same pages."""
    ours: list[Scores] = []
    base: list[Scores] = []
    for gold, html, url in article_pages(bench, limit):
        ours.append(shingle_scores(gold, _newsgraph_text(html, url)))
        base.append(shingle_scores(gold, trafilatura.extract(html, include_comments=False) or ""))
    return {"newsgraph": summarize(ours), "trafilatura": summarize(base)}


def _newsgraph_date(html: str, url: str | None) -> str | None:
    page = RawPage(source=url or "bench", text=html, kind="html", content_hash=content_hash(html), url=url)
    articles = clean_page(page).articles
    return articles[0].published if articles else None


def evaluate_dates(bench: Path, limit: int | None = None) -> dict[str, dict]:
    """Exact-day accuracy of newsgraph's published date and of plain htmldate."""
    systems: dict[str, Callable[[str, str | None], str | None]] = {
        "newsgraph": _newsgraph_date,
        "htmldate": lambda html, url: find_date(html, url=url),
    }
    right = Counter[str]()
    total = 0
    for subset in DATE_SETS:
        folder = bench / subset
        if not (folder / "gold.json").exists():
            continue
        gold = json.loads((folder / "gold.json").read_text("utf-8"))
        for url, item in list(gold.items())[:limit]:
            html = _read(folder / "html" / item["file"])
            total += 1
            for name, system in systems.items():
                right[name] += system(html, url) == item["date"]
    return {name: {"accuracy": round(right[name] / total, 4) if total else 0.0, "pages": total} for name in systems}


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
