"""Story clustering and duplicate detection on the demo corpus, scored pairwise against its gold.

Gold lives beside the demo gold files: `_stories.json` maps a story label to its articles and
`_duplicates.json` lists pairs of articles that are copies of one wire story. An article is
named by its page file name, optionally with its index on the page: "page.txt",
["page.txt", 2] or {"page": "page.txt", "article": 2}.
"""

from __future__ import annotations

import itertools
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

ArticleKey = tuple[str, int]


def _key(ref: Any) -> ArticleKey:
    if isinstance(ref, str):
        return (ref, 0)
    if isinstance(ref, dict):
        return (
            str(ref.get("page") or ref.get("file")),
            int(ref.get("article", ref.get("index", 0))),
        )
    return (str(ref[0]), int(ref[1]) if len(ref) > 1 else 0)


def load_gold_clusters(gold_dir: Path) -> tuple[list[set[ArticleKey]], list[set[ArticleKey]]]:
    """Gold story clusters and gold duplicate groups (pairs become two-element sets)."""
    stories_raw = json.loads((gold_dir / "_stories.json").read_text())
    if isinstance(stories_raw, dict):
        stories_raw = list(stories_raw.values())
    stories = [
        {_key(r) for r in (group["articles"] if isinstance(group, dict) else group)}
        for group in stories_raw
    ]
    dups_raw = json.loads((gold_dir / "_duplicates.json").read_text())
    if isinstance(dups_raw, dict):
        dups_raw = dups_raw.get("pairs", list(dups_raw.values()))
    dups = [{_key(r) for r in pair} for pair in dups_raw]
    return stories, dups


def connected(groups: list[set[ArticleKey]]) -> list[set[ArticleKey]]:
    """Merge groups that share an article: copies of copies are one family of duplicates."""
    merged: list[set[ArticleKey]] = []
    for group in groups:
        touching = [m for m in merged if m & group]
        union = set(group).union(*touching)
        merged = [m for m in merged if not (m & group)] + [union]
    return merged


def pairs_of(clusters: list[set[ArticleKey]]) -> set[frozenset[ArticleKey]]:
    return {frozenset(p) for c in clusters for p in itertools.combinations(sorted(c), 2)}


def pairwise(
    pred: list[set[ArticleKey]], gold: list[set[ArticleKey]], universe: set[ArticleKey]
) -> dict[str, Any]:
    """Pairwise precision/recall/F1 of a clustering, over the articles both sides know."""
    pred_pairs = {p for p in pairs_of(pred) if p <= universe}
    gold_pairs = {p for p in pairs_of(gold) if p <= universe}
    hit = len(pred_pairs & gold_pairs)
    precision = hit / len(pred_pairs) if pred_pairs else 1.0
    recall = hit / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "gold_pairs": len(gold_pairs),
        "predicted_pairs": len(pred_pairs),
    }


def evaluate_stories(gold_dir: Path, pages_dir: Path) -> dict[str, Any]:
    """Ingest the pages into a scratch knowledge base and score its stories and duplicates."""
    from newsgraph.api import KnowledgeBase

    if not (gold_dir / "_stories.json").exists():
        return {"skipped": f"{gold_dir}/_stories.json not found"}
    gold_stories, gold_dups = load_gold_clusters(gold_dir)
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-eval-"))
    try:
        kb = KnowledgeBase(tmp / "eval.sqlite")
        kb.ingest([str(p) for p in sorted(pages_dir.iterdir()) if p.is_file()])
        rows = kb.store.conn.execute(
            "SELECT id, source, idx, story_id, duplicate_of FROM articles"
        ).fetchall()
        kb.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    key_of = {r["id"]: (Path(r["source"]).name, r["idx"]) for r in rows}
    universe = set(key_of.values())
    by_story: dict[int, set[ArticleKey]] = {}
    for r in rows:
        if r["story_id"] is not None:
            by_story.setdefault(r["story_id"], set()).add(key_of[r["id"]])
    pred_dups = [
        {key_of[r["id"]], key_of[r["duplicate_of"]]} for r in rows if r["duplicate_of"] in key_of
    ]
    return {
        "stories": pairwise(list(by_story.values()), gold_stories, universe),
        "duplicates": pairwise(connected(pred_dups), connected(gold_dups), universe),
        "articles": len(rows),
    }
