"""Server-rendered pages: every route renders, links lead on, untrusted text stays text."""

from __future__ import annotations

from typing import Any

import pytest
from kbfixture import XSS_IMG, XSS_TEXT


def html(client: Any, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text[-500:]
    assert response.headers["content-type"].startswith("text/html")
    return str(response.text)


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/search",
        "/search?q=accord",
        "/stories/1",
        "/stories/2",
        "/events/1",
        "/timeline",
        "/timeline?actor=Ardenia&type=AGREE",
        "/graph",
        "/graph?since=2024-04-01",
        "/claims",
        "/claims?contested=true",
        "/ingest",
        "/docs",
        "/entities/Ardenia",
    ],
)
def test_every_page_renders(client: Any, url: str) -> None:
    page = html(client, url)
    assert '<link rel="stylesheet" href="/static/app.css">' in page


def test_pages_ship_their_own_assets(client: Any) -> None:
    for asset in (
        "app.css",
        "common.js",
        "timeline.js",
        "graph.js",
        "ingest.js",
        "docs.js",
        "favicon.svg",
    ):
        assert client.get(f"/static/{asset}").status_code == 200
    page = html(client, "/graph")
    assert "https://" not in page and "http://" not in page


def test_missing_pages_are_html_404s(client: Any) -> None:
    assert "Not found" in html(client, "/events/999", 404)
    assert "no entity" in html(client, "/entities/nobody-at-all", 404)
    assert "Not found" in html(client, "/no/such/page", 404)


@pytest.mark.parametrize("where", ["article", "search", "event", "home", "story"])
def test_untrusted_text_is_escaped_everywhere(client: Any, kb: dict[str, Any], where: str) -> None:
    url = {
        "article": f"/articles/{kb['hostile']}",
        "search": "/search?q=fees",
        "event": "/events/3",
        "home": "/",
        "story": "/stories/2",
    }[where]
    page = html(client, url)
    assert XSS_TEXT not in page and XSS_IMG not in page
    assert "<b>fees</b>" not in page  # a story label with markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page or "&lt;b&gt;fees" in page


def test_article_page_links_entities_marks_evidence_and_keeps_comments_apart(
    client: Any, kb: dict[str, Any]
) -> None:
    page = html(client, f"/articles/{kb['hostile']}")
    assert 'class="ent" href="/entities/' in page
    assert '<mark class="evidence conf"' in page
    assert '<mark class="claim"' in page
    assert 'class="comments"' in page and "First! &lt;img" in page
    accord = html(client, f"/articles/{kb['accord']}")
    assert "javascript:" not in accord  # a stored javascript: URL is never a link
    copy = html(client, f"/articles/{kb['copy']}")
    assert f'href="/articles/{kb["accord"]}"' in copy  # the original of a near-duplicate


def test_event_page_shows_every_report_with_the_evidence_marked(
    client: Any, kb: dict[str, Any]
) -> None:
    page = html(client, "/events/1")
    assert page.count('class="card report"') == 2
    assert '<mark class="evidence"' in page
    assert f'href="/articles/{kb["accord"]}#ev-' in page
    assert "Talia Voss" in page and "asserted" in page


def test_entity_page_by_alias_redirects_to_the_canonical_entity(client: Any) -> None:
    response = client.get("/entities/Republic of Ardenia", follow_redirects=False)
    assert response.status_code == 302
    page = html(client, response.headers["location"])
    assert "Republic of Ardenia" in page and "Partners" in page and 'class="histogram"' in page


def test_claims_page_puts_figures_side_by_side(client: Any, kb: dict[str, Any]) -> None:
    page = html(client, "/claims")
    assert page.index("40,000,000 cubic metres") < page.index("harbor fees")
    assert f'href="/articles/{kb["accuse"]}#cl-' in page
    assert "Coastal Wire" in page


def test_search_page_pages_and_lists_entities(client: Any) -> None:
    page = html(client, "/search?q=Belmora")
    assert "5 articles match" in page
    assert 'class="chip" href="/entities/' in page
    assert "<mark>" in page
    assert html(client, "/search?q=nothingmatchesthis").count('class="card result"') == 0


def test_security_headers(client: Any) -> None:
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_ingest_page_says_when_ingest_is_disabled(kb: dict[str, Any]) -> None:
    from conftest import TestClient
    from newsgraph.serve import create_app

    with TestClient(create_app(str(kb["path"]))) as c:
        assert 'id="ingest-disabled"' in c.get("/ingest").text


def test_pager_links_are_relative(client: Any) -> None:
    page = html(client, "/search?q=Belmora&offset=2&outlet=")
    assert 'href="/search?q=Belmora&amp;' in page and "http://" not in page
