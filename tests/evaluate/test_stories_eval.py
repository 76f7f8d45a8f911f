"""Pairwise scoring of story clusters and duplicate families against the demo gold."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.evaluate.stories import connected, load_gold_clusters, pairwise


def test_perfect_clustering_scores_one() -> None:
    gold = [{("a", 0), ("b", 0), ("c", 0)}, {("d", 0)}]
    score = pairwise(gold, gold, {("a", 0), ("b", 0), ("c", 0), ("d", 0)})
    assert score["precision"] == score["recall"] == score["f1"] == 1.0
    assert score["gold_pairs"] == 3


def test_over_merging_costs_precision_not_recall() -> None:
    gold = [{("a", 0), ("b", 0)}, {("c", 0), ("d", 0)}]
    pred = [{("a", 0), ("b", 0), ("c", 0), ("d", 0)}]
    score = pairwise(pred, gold, {("a", 0), ("b", 0), ("c", 0), ("d", 0)})
    assert score["recall"] == 1.0
    assert score["precision"] == round(2 / 6, 3)


def test_copies_of_copies_form_one_family() -> None:
    families = connected([{("a", 0), ("b", 0)}, {("c", 0), ("b", 0)}, {("x", 0), ("y", 0)}])
    assert sorted(len(f) for f in families) == [2, 3]


def test_gold_accepts_every_article_reference_shape(tmp_path: Path) -> None:
    (tmp_path / "_stories.json").write_text(
        json.dumps({"treaty": ["a.txt", ["b.html", 1], {"page": "c.txt", "article": 2}]})
    )
    (tmp_path / "_duplicates.json").write_text(json.dumps([["a.txt", ["b.html", 1]]]))
    stories, dups = load_gold_clusters(tmp_path)
    assert stories == [{("a.txt", 0), ("b.html", 1), ("c.txt", 2)}]
    assert dups == [{("a.txt", 0), ("b.html", 1)}]
