"""The JSON API through the ASGI test client, on the hand-written fixture KB."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.store import Store, queries


def get(client: Any, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


def assert_error(body: dict[str, Any], status: int) -> None:
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    assert body["error"]["message"]


def test_health_and_stats(client: Any) -> None:
    assert get(client, "/api/v1/health")["status"] == "ok"
    stats = get(client, "/api/v1/stats")
    assert stats["articles"] == 5
    assert stats["contested_claims"] == 1
    assert stats["stories"] == 2


def test_search_finds_ranks_and_marks_hits(client: Any) -> None:
    body = get(client, "/api/v1/search?q=accord")
    assert body["total"] == 3
    assert all("[[" in item["snippet"] for item in body["items"])
    assert {"id", "title", "outlet", "published", "score"} <= set(body["items"][0])


@pytest.mark.parametrize(
    ("params", "total"),
    [
        ("&outlet=daily+ledger", 2),
        ("&since=2024-03-02", 4),
        ("&until=2024-03-01", 1),
        ("&actor=Republic+of+Ardenia", 4),  # an alias finds the entity's articles
        ("&type=accuse", 1),
        ("&type=protest&since=2024-04-01&outlet=Harbor+Herald", 1),
    ],
)
def test_search_filters(client: Any, params: str, total: int) -> None:
    assert get(client, "/api/v1/search?q=Belmora" + params)["total"] == total


def test_search_paginates_with_a_stable_total(client: Any) -> None:
    first = get(client, "/api/v1/search?q=Belmora&limit=2")
    second = get(client, "/api/v1/search?q=Belmora&limit=2&offset=2")
    assert first["total"] == second["total"] == 5
    assert len(first["items"]) == 2
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/search",
        "/api/v1/search?q=",
        "/api/v1/search?q=x&limit=0",
        "/api/v1/search?q=x&limit=501",
        "/api/v1/search?q=x&offset=-1",
        "/api/v1/search?q=x&since=yesterday",
        "/api/v1/events/abc",
    ],
)
def test_bad_parameters_answer_json_422(client: Any, url: str) -> None:
    assert_error(get(client, url, 422), 422)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/articles/nope",
        "/api/v1/entities/nobody",
        "/api/v1/events/999",
        "/api/v1/stories/999",
        "/api/v1/nothing-here",
    ],
)
def test_missing_things_answer_json_404(client: Any, url: str) -> None:
    body = get(client, url, 404)
    assert_error(body, 404)


def test_articles_list_and_detail(client: Any, kb: dict[str, Any]) -> None:
    listing = get(client, "/api/v1/articles?story=1&limit=2")
    assert listing["total"] == 4 and len(listing["items"]) == 2
    article = get(client, f"/api/v1/articles/{kb['hostile']}")
    assert article["comments"][0]["text"].startswith("First!")
    assert {m["name"] for m in article["mentions"]} == {"Belmora", "Harbor Council"}
    assert article["events"][0]["type"] == "PROTEST"
    assert article["claims"][0]["value"] == 12
    copy = get(client, f"/api/v1/articles/{kb['copy']}")
    assert copy["original"]["id"] == kb["accord"]


def test_entities_with_aliases_events_and_partners(client: Any) -> None:
    listing = get(client, "/api/v1/entities?q=ardenia")
    assert listing["total"] == 1
    ardenia = listing["items"][0]
    assert "Republic of Ardenia" in ardenia["aliases"]
    detail = get(client, f"/api/v1/entities/{ardenia['id']}")
    assert {e["type"] for e in detail["events"]} == {"AGREE", "ACCUSE", "THREATEN"}
    partner = next(p for p in detail["partners"] if p["name"] == "Belmora")
    assert partner == {"name": "Belmora", "cooperative": 1, "conflictual": 2}
    assert get(client, "/api/v1/entities?type=person")["items"][0]["name"] == "Talia Voss"


def test_events_carry_mentions_sources_modality_evidence(client: Any) -> None:
    body = get(client, "/api/v1/events?type=AGREE")
    assert body["total"] == 1
    event = body["items"][0]
    assert len(event["mentions"]) == 2
    assert event["sources"] == ["Talia Voss"]
    assert event["modalities"] == {"asserted": 2}
    assert event["evidence"].startswith("Ardenia and Belmora signed")
    assert get(client, "/api/v1/events?actor=Belmora")["total"] == 3
    assert get(client, "/api/v1/events?since=2024-05-01")["total"] == 1
    by_mentions = get(client, "/api/v1/events?order=mentions&limit=1")["items"][0]
    assert by_mentions["n_mentions"] == 2


def test_stories_list_and_detail(client: Any) -> None:
    stories = get(client, "/api/v1/stories")
    assert stories["total"] == 2
    story = get(client, "/api/v1/stories/1")
    assert story["outlets"] == ["Coastal Wire", "Daily Ledger", "Evening Post"]
    assert [c["status"] for c in story["claims"]] == ["contested"]
    assert [e["type"] for e in story["timeline"]] == ["AGREE", "ACCUSE", "THREATEN"]


def test_timeline_is_dated_ordered_and_paged(client: Any) -> None:
    body = get(client, "/api/v1/timeline")
    assert body["total"] == 3  # the undated PROTEST is left out
    assert [e["date"] for e in body["items"]] == sorted(e["date"] for e in body["items"])
    page = get(client, "/api/v1/timeline?limit=1&offset=1")
    assert page["total"] == 3 and page["items"][0]["type"] == "ACCUSE"
    assert get(client, "/api/v1/timeline?actor=Republic+of+Ardenia&type=threaten")["total"] == 1


def test_graph_edges_by_tone_and_window(client: Any, kb: dict[str, Any]) -> None:
    graph = get(client, "/api/v1/graph")
    edge = next(e for e in graph["edges"] if (e["source"], e["target"]) == ("Ardenia", "Belmora"))
    assert (edge["cooperative"], edge["conflictual"]) == (1, 1)
    assert get(client, "/api/v1/graph?min_weight=2")["edges"] == [edge]
    window = get(client, "/api/v1/graph?since=2024-05-01")
    assert [(e["source"], e["target"], e["conflictual"]) for e in window["edges"]] == [
        ("Ardenia", "Belmora", 1)
    ]
    store = Store(kb["path"])
    for params in ({}, {"since": "2024-03-02"}, {"until": "2024-03-01"}):
        url = "/api/v1/graph?" + "&".join(f"{k}={v}" for k, v in params.items())
        assert get(client, url) == queries.graph(store, **params)  # the index agrees with SQL
    store.close()


def test_claims_contested_first_with_sources(client: Any) -> None:
    body = get(client, "/api/v1/claims")
    assert [g["status"] for g in body["items"]] == ["contested", "single"]
    figures = {c["value"]: c["outlet"] for c in body["items"][0]["claims"]}
    assert figures == {40_000_000: "Daily Ledger", 25_000_000: "Coastal Wire"}
    assert get(client, "/api/v1/claims?contested=true")["total"] == 1
    assert get(client, "/api/v1/claims?q=fees")["items"][0]["subject"] == "harbor fees"


def test_openapi_lists_every_route(client: Any) -> None:
    paths = get(client, "/openapi.json")["paths"]
    for route in (
        "health",
        "search",
        "articles",
        "articles/{article_id}",
        "entities",
        "entities/{entity_id}",
        "events",
        "events/{event_id}",
        "stories",
        "stories/{story_id}",
        "timeline",
        "graph",
        "claims",
        "stats",
    ):
        assert f"/api/v1/{route}" in paths, route
    assert "post" in paths["/api/v1/ingest"]
    assert not any(p.startswith(("/search", "/graph")) for p in paths)  # UI pages stay out


def test_docs_are_served_offline(client: Any) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/openapi.json" in page.text
    assert "cdn" not in page.text.lower()
    assert "http://" not in page.text and "https://" not in page.text
    assert client.get("/redoc").status_code == 404
    script = client.get("/static/docs.js").text
    assert "http" not in script.replace("HTTP", "")


def test_json_answers_are_cached_until_the_database_changes(
    kb: dict[str, Any], client: Any
) -> None:
    before = get(client, "/api/v1/stats")["discards"]
    store = Store(kb["path"])
    from newsgraph.model import Discard

    store.add_discard(Discard("test", "a reason", "x.html"))
    store.close()
    assert get(client, "/api/v1/stats")["discards"] == before + 1
