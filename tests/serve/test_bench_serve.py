"""The latency benchmark's synthetic KB and request plan, on a small scale (no subprocess)."""

from __future__ import annotations

from pathlib import Path

from conftest import TestClient
from newsgraph.serve import create_app
from newsgraph.serve.bench_serve import build_kb, parameter_pools, request_plan
from newsgraph.serve.graphindex import GraphIndex
from newsgraph.store import Store, queries


def test_synthetic_kb_answers_every_planned_request(tmp_path: Path) -> None:
    db = tmp_path / "bench.sqlite"
    counts = build_kb(db, 300)
    assert counts == {"articles": 300, "events": 300}
    with TestClient(create_app(str(db))) as client:
        assert client.get("/api/v1/search?q=talks").json()["total"] > 0
        for urls in parameter_pools().values():
            for url in urls:
                assert client.get(url).status_code == 200, url
    store = Store(db)
    index = GraphIndex.load(store)
    for since, until in ((None, None), ("2021-01-01", "2021-12-31"), ("2023-07-01", None)):
        assert index.graph(since, until) == queries.graph(store, since=since, until=until)
    store.close()


def test_request_plan_is_skewed_and_repeatable() -> None:
    plan = request_plan(200)
    assert plan == request_plan(200)
    graph = plan["graph"]
    assert graph.count("/api/v1/graph") > graph.count(graph[-1]) or len(set(graph)) < len(graph)
