"""POST /api/v1/ingest: token rules, uploads and pasted text, the report as JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from conftest import TOKEN, TestClient
from newsgraph.serve import create_app

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@dataclass
class FakeReport:
    files: int = 0
    articles: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)


class FakeKB:
    """Stands in for newsgraph.api.KnowledgeBase: records what it was given."""

    def __init__(self) -> None:
        self.paths: list[tuple[str, bytes]] = []
        self.texts: list[tuple[str, str]] = []

    def ingest(self, paths: list[str]) -> FakeReport:
        self.paths += [(Path(p).name, Path(p).read_bytes()) for p in paths]
        return FakeReport(files=len(paths), articles=len(paths))

    def ingest_text(self, text: str, name: str) -> FakeReport:
        self.texts.append((name, text))
        return FakeReport(files=1, articles=1)


@pytest.fixture
def fake(fresh_kb: dict[str, Any]) -> tuple[TestClient, FakeKB]:
    app = create_app(str(fresh_kb["path"]), token=TOKEN)
    kb = FakeKB()
    app.state.open_kb = lambda path: kb
    return TestClient(app), kb


def test_ingest_without_a_token_is_401(fake: tuple[TestClient, FakeKB]) -> None:
    client, kb = fake
    response = client.post("/api/v1/ingest", json={"text": "hello"})
    assert response.status_code == 401
    assert "token" in response.json()["error"]["message"]
    bad = client.post("/api/v1/ingest", json={"text": "x"}, headers={"Authorization": "Bearer no"})
    assert bad.status_code == 401
    assert not kb.texts


def test_ingest_is_refused_when_no_token_is_configured(fresh_kb: dict[str, Any]) -> None:
    client = TestClient(create_app(str(fresh_kb["path"])))
    response = client.post("/api/v1/ingest", json={"text": "hello"}, headers=AUTH)
    assert response.status_code == 403
    assert "no API token" in response.json()["error"]["message"]


def test_ingest_pasted_text_as_json(fake: tuple[TestClient, FakeKB]) -> None:
    client, kb = fake
    response = client.post(
        "/api/v1/ingest", json={"text": "Some news.", "name": "a.txt"}, headers=AUTH
    )
    assert response.status_code == 200, response.text
    assert response.json() == {"files": 1, "articles": 1, "failed": []}
    assert kb.texts == [("a.txt", "Some news.")]


def test_ingest_uploaded_files_with_the_token_in_the_form(fake: tuple[TestClient, FakeKB]) -> None:
    client, kb = fake
    files = [
        ("files", ("../../etc/one.html", b"<p>one</p>", "text/html")),
        ("files", ("two.txt", b"two", "text/plain")),
    ]
    response = client.post("/api/v1/ingest", files=files, data={"token": TOKEN})
    assert response.status_code == 200, response.text
    assert response.json()["files"] == 2
    assert kb.paths == [("000-one.html", b"<p>one</p>"), ("001-two.txt", b"two")]  # no ../


def test_ingest_with_nothing_to_ingest_is_400(fake: tuple[TestClient, FakeKB]) -> None:
    client, _ = fake
    response = client.post("/api/v1/ingest", json={"text": "  "}, headers=AUTH)
    assert response.status_code == 400
    assert (
        client.post(
            "/api/v1/ingest", content=b"[1]", headers={**AUTH, "content-type": "application/json"}
        ).status_code
        == 400
    )


@pytest.mark.slow
def test_ingest_through_the_real_pipeline(fresh_kb: dict[str, Any]) -> None:
    pytest.importorskip("newsgraph.api")
    with TestClient(create_app(str(fresh_kb["path"]), token=TOKEN)) as client:
        text = "Quorvia and Telmark sign fishing pact\n\n" + "\n\n".join(
            [
                "QUORVIA CITY, May 3, 2024 — Quorvia and Telmark signed a fishing agreement on Friday"
                " that opens their shared waters to each other's trawlers, officials said.",
                "The pact, reached after two years of talks, sets quotas for cod and herring and"
                " creates a joint patrol to stop illegal fishing near the disputed reef.",
                "Telmark's fisheries minister said the deal would protect thousands of jobs in the"
                " coastal towns, while critics in Quorvia warned that the quotas were too generous.",
            ]
        )
        response = client.post(
            "/api/v1/ingest", json={"text": text, "name": "pact.txt"}, headers=AUTH
        )
        assert response.status_code == 200, response.text
        assert response.json()["articles"] == 1
        assert client.get("/api/v1/search?q=Quorvia").json()["total"] == 1
