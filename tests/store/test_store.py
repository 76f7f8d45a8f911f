"""The SQLite store: migrations, one transaction per page, FTS search, safe failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph.errors import NotFound, StoreError
from newsgraph.model import (
    Article,
    Claim,
    CleanedPage,
    Comment,
    Entity,
    Event,
    RawPage,
    content_hash,
)
from newsgraph.store import Store, queries
from newsgraph.store.schema import SCHEMA_VERSION


def _page(source: str, text: str, **meta: object) -> tuple[RawPage, CleanedPage]:
    raw = RawPage(source=source, text=text, kind="text", content_hash=content_hash(text))
    article = Article(source=source, index=0, text=text, **meta)  # type: ignore[arg-type]
    return raw, CleanedPage(source=source, articles=[article])


def test_new_database_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.sqlite")
    assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1


def test_article_facts_and_comments_are_stored(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.sqlite")
    text = "Sergey Lavrov met Choe Son Hui in Wonsan on Saturday."
    raw, cleaned = _page("a.txt", text, title="Talks in Wonsan", published="2025-07-12")
    art = cleaned.articles[0]
    art.comments = [Comment("Interesting trip.", posted="2025-07-13")]
    art.entities = [Entity("Sergey Lavrov", "PERSON", ["Lavrov"], [(0, 13)])]
    art.events = [
        Event("CONSULT", "meet", ["Sergey Lavrov"], ["Choe Son Hui"], text, (0, len(text)))
    ]
    ids = store.add_page(raw, cleaned, site=None)
    data = queries.article(store, ids[0])
    assert data["title"] == "Talks in Wonsan"
    assert data["comments"][0]["posted"] == "2025-07-13"
    assert data["mentions"][0]["surface"] == "Sergey Lavrov"
    assert data["events"][0]["type"] == "CONSULT"


def test_search_finds_words_and_survives_fts_syntax(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.sqlite")
    store.add_page(*_page("a.txt", "The treaty was ratified by the Duma in November."), site=None)
    store.add_page(*_page("b.txt", "Artillery shells crossed the border by rail."), site=None)
    assert queries.search(store, "treaty")["total"] == 1
    assert queries.search(store, "ratify")["total"] == 1  # porter stemming
    assert (
        queries.search(store, 'shells" border) (*')["total"] == 1
    )  # user text is never FTS syntax
    assert queries.search(store, "   ")["total"] == 0


def test_a_failed_page_leaves_earlier_pages_intact(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.sqlite")
    store.add_page(*_page("a.txt", "First stored page about the summit."), site=None)
    raw, cleaned = _page("b.txt", "Second page.")
    cleaned.articles[0].claims = [Claim("shells", None, "shells", "x", (0, 1))]  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError):  # NOT NULL breaks the page's transaction midway
        store.add_page(raw, cleaned, site=None)
    assert queries.stats(store)["articles"] == 1
    assert not store.has_page(raw.content_hash)


def test_not_a_database_is_a_one_line_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("this is not sqlite at all, just text " * 50)
    with pytest.raises(StoreError) as info:
        Store(bogus)
    assert "not a newsgraph database" in str(info.value)


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError):
        Store(path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(StoreError, match="newer newsgraph"):
        Store(path)


def test_unknown_ids_raise_not_found(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.sqlite")
    with pytest.raises(NotFound):
        queries.article(store, "nope")
    with pytest.raises(NotFound):
        queries.event(store, 12345)
    with pytest.raises(NotFound):
        queries.story(store, 7)


def test_pagination_bounds_are_enforced(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.sqlite")
    for i in range(5):
        store.add_page(*_page(f"{i}.txt", f"Page number {i} about sanctions."), site=None)
    first = queries.articles(store, limit=2, offset=0)
    rest = queries.articles(store, limit=10, offset=2)
    assert first["total"] == 5 and len(first["items"]) == 2 and len(rest["items"]) == 3
    assert len(queries.articles(store, limit=0)["items"]) == 1  # clamped to at least one
