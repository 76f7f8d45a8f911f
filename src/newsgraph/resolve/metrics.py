"""Pairwise clustering scores, for story and duplicate evaluation against a gold clustering."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import combinations

Clusters = Mapping[str, object] | Iterable[Iterable[str]]


def _pairs(clusters: Clusters) -> set[frozenset[str]]:
    """The unordered item pairs placed together, from {item: label} or [[item, ...], ...]."""
    if isinstance(clusters, Mapping):
        groups: dict[object, list[str]] = {}
        for item, label in clusters.items():
            if label is not None:
                groups.setdefault(label, []).append(item)
        members: Iterable[Iterable[str]] = groups.values()
    else:
        members = clusters
    return {frozenset(p) for group in members for p in combinations(sorted(set(group)), 2)}


def pairwise_scores(pred_clusters: Clusters, gold_clusters: Clusters) -> dict[str, float]:
    """Pairwise precision, recall and F1 of a predicted clustering against the gold one.

    Either argument is a list of clusters (lists of item ids) or a mapping item -> cluster
    label (None = a singleton). With no pairs on a side, its score is 1.0 (nothing to get
    wrong), so two all-singleton clusterings score 1.0.
    """
    pred, gold = _pairs(pred_clusters), _pairs(gold_clusters)
    hit = len(pred & gold)
    precision = hit / len(pred) if pred else 1.0
    recall = hit / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
