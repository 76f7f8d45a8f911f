"""SQLite knowledge base: one file, WAL mode, foreign keys on, FTS5 over article text.

The Store writes what the pipeline produced (one transaction per page, so a failure never
loses what was already stored) and answers the queries of the CLI, the Python API and the
HTTP API. Cross-article linking (duplicates, stories, event and claim groups) is decided in
`resolve/`; the Store only persists those decisions.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsgraph.errors import StoreError
from newsgraph.model import Article, CleanedPage, Discard, RawPage
from newsgraph.store.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 30_000
SITE_LINES_READ = 2_000  # the most repeated lines of a site are all the cleaner needs


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def alias_key(name: str) -> str:
    """Normalised form for alias lookups: case, hyphens, dots and spacing do not matter."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in name.casefold())
    return " ".join(cleaned.split())


class Store:
    """A newsgraph knowledge base in one SQLite file."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._local = threading.local()
        self._write_lock = threading.Lock()
        conn = self.conn  # opens and migrates now, so a bad file fails here with one line
        if not read_only:
            self._migrate(conn)
        else:
            self._check_version(conn)

    # -- connection -----------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        """One connection per thread (the HTTP server reads from a thread pool)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    def _connect(self) -> sqlite3.Connection:
        try:
            if self.read_only:
                conn = sqlite3.connect(
                    f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
                )
            else:
                conn = sqlite3.connect(self.path, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if not self.read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not a newsgraph database ({err})") from None
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _check_version(self, conn: sqlite3.Connection) -> int:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: made by a newer newsgraph (schema {version} > {SCHEMA_VERSION})"
            )
        return int(version)

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = self._check_version(conn)
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError(f"{self.path}: an SQLite file that is not a newsgraph database")
        for number in range(version, SCHEMA_VERSION):
            try:
                conn.executescript(
                    "BEGIN;\n"
                    + MIGRATIONS[number]
                    + f"\nPRAGMA user_version = {number + 1};\nCOMMIT;"
                )
            except sqlite3.Error as err:
                conn.rollback()
                raise StoreError(f"{self.path}: migration {number + 1} failed ({err})") from None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing writes; one writer at a time within this process."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        with self._write_lock:
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            else:
                conn.commit()

    # -- writes ---------------------------------------------------------------------------

    def has_page(self, content_hash: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM pages WHERE content_hash = ?", (content_hash,))
        return row.fetchone() is not None

    def add_page(self, page: RawPage, cleaned: CleanedPage, site: str | None) -> list[str]:
        """Store a page and its articles with their facts; returns the new article ids."""
        ids: list[str] = []
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO pages (source, content_hash, kind, url, site, n_articles, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    page.source,
                    page.content_hash,
                    page.kind,
                    page.url,
                    site,
                    len(cleaned.articles),
                    now_iso(),
                ),
            )
            page_id = cur.lastrowid
            for discard in cleaned.discards:
                self._insert_discard(conn, discard)
            for article in cleaned.articles:
                if self._insert_article(conn, page_id, article):
                    ids.append(article.id)
        return ids

    def add_discard(self, discard: Discard) -> None:
        with self.transaction() as conn:
            self._insert_discard(conn, discard)

    def _insert_discard(self, conn: sqlite3.Connection, discard: Discard) -> None:
        conn.execute(
            "INSERT INTO discards (source, stage, reason, at) VALUES (?, ?, ?, ?)",
            (discard.source, discard.stage, discard.reason, now_iso()),
        )

    def _insert_article(
        self, conn: sqlite3.Connection, page_id: int | None, article: Article
    ) -> bool:
        from newsgraph.model import content_hash

        exists = conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone()
        if exists:
            return False  # same source and position already stored (an edited re-scrape)
        conn.execute(
            "INSERT INTO articles (id, page_id, idx, source, url, title, outlet, author, published,"
            " published_basis, language, text, text_hash, word_count, notes, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                page_id,
                article.index,
                article.source,
                article.url,
                article.title,
                article.outlet,
                article.author,
                article.published,
                article.published_basis,
                article.language,
                article.text,
                content_hash(" ".join(article.text.split())),
                len(article.text.split()),
                json.dumps(article.notes),
                now_iso(),
            ),
        )
        conn.executemany(
            "INSERT INTO comments (article_id, posted, author, text) VALUES (?, ?, ?, ?)",
            [(article.id, c.posted, c.author, c.text) for c in article.comments],
        )
        self._insert_facts(conn, article)
        return True

    def _insert_facts(self, conn: sqlite3.Connection, article: Article) -> None:
        for entity in article.entities:
            conn.execute(
                "INSERT OR IGNORE INTO entities (id, name, type) VALUES (?, ?, ?)",
                (entity.id, entity.name, entity.type),
            )
            conn.execute(
                "UPDATE entities SET n_mentions = n_mentions + ? WHERE id = ?",
                (len(entity.mentions), entity.id),
            )
            for alias in {entity.name, *entity.aliases}:
                conn.execute(
                    "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)",
                    (entity.id, alias, alias_key(alias)),
                )
            conn.executemany(
                "INSERT INTO mentions (article_id, entity_id, start, end, surface) VALUES (?, ?, ?, ?, ?)",
                [(article.id, entity.id, s, e, article.text[s:e]) for s, e in entity.mentions],
            )
        for ev in article.events:
            conn.execute(
                "INSERT INTO event_mentions (article_id, type, mode, actors, targets, location, date,"
                " date_precision, date_text, modality, source, evidence, span_start, span_end, trigger)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id,
                    ev.type,
                    ev.mode,
                    json.dumps(ev.actors),
                    json.dumps(ev.targets),
                    ev.location,
                    ev.date,
                    ev.date_precision,
                    ev.date_text,
                    ev.modality,
                    ev.source,
                    ev.evidence,
                    ev.span[0],
                    ev.span[1],
                    ev.trigger,
                ),
            )
        for c in article.claims:
            conn.execute(
                "INSERT INTO claims (article_id, subject, value, upper, unit, currency, approximate,"
                " attributed_to, modality, evidence, span_start, span_end)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id,
                    c.subject,
                    c.value,
                    c.upper,
                    c.unit,
                    c.currency,
                    int(c.approximate),
                    c.attributed_to,
                    c.modality,
                    c.evidence,
                    c.span[0],
                    c.span[1],
                ),
            )

    def record_run(self, config: dict[str, Any], files: int, articles: int, failed: int) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO runs (started_at, config, files, articles, failed) VALUES (?, ?, ?, ?, ?)",
                (now_iso(), json.dumps(config, sort_keys=True), files, articles, failed),
            )

    # -- reads used by the pipeline -------------------------------------------------------

    def site_lines(self, site: str | None, limit: int = SITE_LINES_READ) -> dict[str, int]:
        """Lines seen at the edges of this site's earlier pages, with how many pages showed them.

        The cleaner uses repetition across a site's pages as boilerplate evidence.
        """
        if not site:
            return {}
        rows = self.conn.execute(
            "SELECT line, pages FROM site_lines WHERE site = ? ORDER BY pages DESC LIMIT ?",
            (site, limit),
        ).fetchall()
        return {row["line"]: row["pages"] for row in rows}

    def add_site_lines(self, site: str | None, lines: set[str]) -> None:
        """Count one more page of `site` showing each of these (already normalised) lines."""
        if not site or not lines:
            return
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO site_lines (site, line, pages) VALUES (?, ?, 1)"
                " ON CONFLICT (site, line) DO UPDATE SET pages = pages + 1",
                [(site, line) for line in lines],
            )

    def get_article(self, article_id: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None
