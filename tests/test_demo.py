"""The README's main job, end to end on the bundled demo corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsgraph

DEMO = Path(__file__).resolve().parents[1] / "demo" / "pages"


@pytest.fixture(scope="module")
def demo_kb(tmp_path_factory: pytest.TempPathFactory) -> newsgraph.KnowledgeBase:
    kb = newsgraph.open(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    report = kb.ingest([str(DEMO)])
    assert report.failed == []
    return kb


@pytest.mark.slow
def test_demo_corpus_fills_every_part_of_the_knowledge_base(
    demo_kb: newsgraph.KnowledgeBase,
) -> None:
    stats = demo_kb.stats()
    assert stats["articles"] >= 18  # 16+ pages, one of them holding several stories
    assert stats["comments"] >= 5
    assert stats["duplicates"] >= 1  # the wire story on three outlets
    assert stats["events"] >= 20
    assert stats["events"] < stats["event_mentions"]  # reports are folded into events
    assert stats["claims"] >= 10
    assert stats["stories"] >= 3
    assert stats["contested_claims"] >= 1


@pytest.mark.slow
def test_demo_timeline_is_dated_and_ordered(demo_kb: newsgraph.KnowledgeBase) -> None:
    items = demo_kb.timeline()["items"]
    dates = [ev["date"] for ev in items]
    assert dates == sorted(dates)
    assert any(d.startswith("2024-06") for d in dates)


@pytest.mark.slow
def test_demo_graph_links_russia_and_north_korea(demo_kb: newsgraph.KnowledgeBase) -> None:
    edges = demo_kb.graph()["edges"]
    pairs = {frozenset((e["source"], e["target"])) for e in edges}
    assert frozenset(("Russia", "North Korea")) in pairs or any(
        {"Russia", "North Korea"} & set(p) for p in pairs
    )
