"""The benchmark scorer: upstream's shingle metric, and a clean skip without the bench."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluate.clean import evaluate_clean, shingle_scores, summarize

BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "bench"


def test_shingle_scores_count_four_token_shingles() -> None:
    gold = "one two three four five six"
    assert shingle_scores(gold, gold) == (1.0, 0.0, 0.0)
    tp, fp, fn = shingle_scores(gold, "one two three four five six seven")
    assert (round(tp, 3), round(fp, 3), fn) == (0.75, 0.25, 0.0)  # 3 shared shingles, 1 extra
    assert shingle_scores(gold, "") == (0.0, 0.0, 1.0)


def test_summarize_averages_pages() -> None:
    scores = summarize([(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)])
    assert scores["precision"] == 0.75 and scores["recall"] == 1.0 and scores["pages"] == 2


def test_missing_bench_is_skipped(tmp_path: Path) -> None:
    result = evaluate_clean(tmp_path / "nowhere")
    assert list(result) == ["skipped"] and "no benchmark data" in result["skipped"]


@pytest.mark.slow
@pytest.mark.skipif(not BENCH.is_dir(), reason="../shared/bench is absent")
def test_benchmark_runs_on_a_few_pages() -> None:
    result = evaluate_clean(BENCH, limit=3)
    articles = result["article_extraction"]
    assert set(articles) == {"newsgraph", "trafilatura"}
    assert articles["newsgraph"]["pages"] == 3 and 0.0 <= articles["newsgraph"]["f1"] <= 1.0
    assert result["dates"]["newsgraph"]["pages"] == result["dates"]["htmldate"]["pages"] == 6
