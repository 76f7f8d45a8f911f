"""Read queries over the knowledge base, returning JSON-ready dicts.

One place answers the CLI, the Python API and the HTTP API, so all three agree. Every list
query takes `limit` and `offset` and returns `{"total": n, "items": [...]}`.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from typing import Any

from newsgraph.errors import NotFound
from newsgraph.model import COOPERATIVE_TYPES
from newsgraph.store.sqlite import Store, alias_key

MAX_LIMIT = 500
# Search ranks (bm25) at most this many matches, the most recently stored: bm25 costs ~3 µs per
# match on a laptop core, so 10,000 keeps a very common word under ~40 ms at 100k articles.
RANK_WINDOW = 10_000
_FTS_TOKEN = re.compile(r"[\w\-']+", re.UNICODE)

ARTICLE_LIST_COLUMNS = (
    "a.id, a.title, a.outlet, a.author, a.published, a.published_basis, a.language, a.source,"
    " a.url, a.word_count, a.duplicate_of, a.story_id"
)


def _page(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def _row(row: sqlite3.Row | None) -> dict[str, Any]:
    return dict(row) if row is not None else {}


def _loads(value: str | None, default: Any) -> Any:
    return json.loads(value) if value else default


def fts_query(text: str) -> str:
    """A user's words as a safe FTS5 query: each token quoted, all required (AND)."""
    tokens = _FTS_TOKEN.findall(text)
    return " ".join('"' + tok.replace('"', "") + '"' for tok in tokens)


# -- entities -----------------------------------------------------------------------------


def entity_names(store: Store, name: str) -> list[str]:
    """Every canonical name that a user's name (or one of its aliases) refers to."""
    key = alias_key(name)
    rows = store.conn.execute(
        "SELECT DISTINCT coalesce(m.name, e.name) AS name FROM entity_aliases al"
        " JOIN entities e ON e.id = al.entity_id"
        " LEFT JOIN entities m ON m.id = e.merged_into"
        " WHERE al.alias_key = ?",
        (key,),
    ).fetchall()
    names = {r["name"] for r in rows}
    if not names:
        names = {name}
    # the merged entity's own aliases are also names under which events were stored
    expanded = set(names)
    for n in names:
        for r in store.conn.execute(
            "SELECT al.alias FROM entities e JOIN entity_aliases al ON al.entity_id = e.id"
            " WHERE e.name = ? COLLATE NOCASE OR e.merged_into IN"
            " (SELECT id FROM entities WHERE name = ? COLLATE NOCASE)",
            (n, n),
        ):
            expanded.add(r["alias"])
    return sorted(expanded)


def entities(
    store: Store,
    *,
    q: str | None = None,
    type_: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Canonical entities (merged ones folded in), most mentioned first."""
    limit, offset = _page(limit, offset)
    where, params = ["e.merged_into IS NULL"], []
    if type_:
        where.append("e.type = ?")
        params.append(type_.upper())
    if q:
        where.append(
            "e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_key LIKE ?)"
            " OR e.id IN (SELECT e2.merged_into FROM entities e2 JOIN entity_aliases al"
            " ON al.entity_id = e2.id WHERE al.alias_key LIKE ?)"
        )
        params += [f"%{alias_key(q)}%"] * 2
    clause = " AND ".join(f"({w})" for w in where)
    total = store.scalar(f"SELECT count(*) FROM entities e WHERE {clause}", tuple(params))
    rows = store.conn.execute(
        f"SELECT e.id, e.name, e.type, e.n_mentions + coalesce((SELECT sum(n_mentions) FROM entities"
        f" m WHERE m.merged_into = e.id), 0) AS mentions,"
        f" (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = e.id OR entity_id IN"
        f" (SELECT id FROM entities WHERE merged_into = e.id)) AS articles"
        f" FROM entities e WHERE {clause} ORDER BY mentions DESC, e.name LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    items = [dict(r) | {"aliases": _aliases(store, r["id"])} for r in rows]
    return {"total": total, "items": items}


def _aliases(store: Store, entity_id: str) -> list[str]:
    rows = store.conn.execute(
        "SELECT DISTINCT al.alias FROM entity_aliases al JOIN entities e ON e.id = al.entity_id"
        " WHERE e.id = ? OR e.merged_into = ? ORDER BY al.alias",
        (entity_id, entity_id),
    ).fetchall()
    return [r["alias"] for r in rows]


def entity(store: Store, entity_id: str) -> dict[str, Any]:
    """One entity: profile, aliases, its events over time and its partners."""
    row = store.conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        row = store.conn.execute(
            "SELECT * FROM entities WHERE name = ? COLLATE NOCASE AND merged_into IS NULL",
            (entity_id,),
        ).fetchone()
    if row is None:
        raise NotFound(f"no entity {entity_id!r}")
    if row["merged_into"]:
        return entity(store, row["merged_into"])
    data = dict(row)
    data["aliases"] = _aliases(store, row["id"])
    names = entity_names(store, row["name"])
    data["events"] = events(store, actor=row["name"], limit=200)["items"]
    data["partners"] = _partners(store, names)
    data["articles"] = [
        dict(r)
        for r in store.conn.execute(
            "SELECT DISTINCT a.id, a.title, a.outlet, a.published FROM mentions m"
            " JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id"
            " WHERE e.id = ? OR e.merged_into = ? ORDER BY a.published DESC LIMIT 100",
            (row["id"], row["id"]),
        )
    ]
    return data


def _partners(store: Store, names: list[str]) -> list[dict[str, Any]]:
    """Entities that share events with these names, with counts split by tone."""
    if not names:
        return []
    marks = ",".join("?" * len(names))
    rows = store.conn.execute(
        f"SELECT p2.entity_name AS name, e.type AS type, count(*) AS n FROM event_participants p1"
        f" JOIN event_participants p2 ON p2.event_id = p1.event_id AND p2.entity_name NOT IN ({marks})"
        f" JOIN events e ON e.id = p1.event_id"
        f" WHERE p1.entity_name IN ({marks}) GROUP BY p2.entity_name, e.type",
        (*names, *names),
    ).fetchall()
    partners: dict[str, dict[str, Any]] = {}
    for r in rows:
        p = partners.setdefault(r["name"], {"name": r["name"], "cooperative": 0, "conflictual": 0})
        p["cooperative" if r["type"] in COOPERATIVE_TYPES else "conflictual"] += r["n"]
    ordered = sorted(partners.values(), key=lambda p: -(p["cooperative"] + p["conflictual"]))
    return ordered[:30]


# -- articles and search ------------------------------------------------------------------


def search(
    store: Store,
    q: str,
    *,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    actor: str | None = None,
    event_type: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> dict[str, Any]:
    """Full-text search (bm25) over titles and text, with filters; each hit has a snippet.

    When more than RANK_WINDOW articles match, the hits are ranked among the RANK_WINDOW most
    recently stored matches (a word in half of 100k articles otherwise costs ~150 ms of bm25
    on every request); `total` always counts every match.
    """
    limit, offset = _page(limit, offset)
    match = fts_query(q)
    if not match:
        return {"total": 0, "items": [], "query": q}
    where, params = ["articles_fts MATCH ?"], [match]
    where, params = _article_filters(store, where, params, since, until, outlet, actor, event_type)
    clause = " AND ".join(where)
    base = "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
    if len(where) == 1:  # no filters: the FTS index alone answers, without the articles table
        base, clause = "FROM articles_fts", "articles_fts MATCH ?"
    total = store.scalar(f"SELECT count(*) {base} WHERE {clause}", tuple(params))
    if total > RANK_WINDOW and offset + limit <= RANK_WINDOW:
        floor = store.scalar(
            f"SELECT articles_fts.rowid {base} WHERE {clause}"
            f" ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET {RANK_WINDOW - 1}",
            tuple(params),
        )
        clause += " AND articles_fts.rowid >= ?"
        params.append(floor)
    # rank rowids first; read columns and make snippets for this page's rows only
    rows = store.conn.execute(
        f"SELECT {ARTICLE_LIST_COLUMNS},"
        f" snippet(articles_fts, 1, '[[', ']]', ' … ', 24) AS snippet, top.score AS score"
        f" FROM (SELECT articles_fts.rowid AS hit, bm25(articles_fts) AS score {base}"
        f"  WHERE {clause} ORDER BY score LIMIT ? OFFSET ?) AS top"
        f" JOIN articles_fts ON articles_fts.rowid = top.hit JOIN articles a ON a.rowid = top.hit"
        f" WHERE articles_fts MATCH ? ORDER BY top.score",
        (*params, limit, offset, match),
    ).fetchall()
    return {"total": total, "items": [dict(r) for r in rows], "query": q}


def _article_filters(
    store: Store,
    where: list[str],
    params: list[Any],
    since: str | None,
    until: str | None,
    outlet: str | None,
    actor: str | None,
    event_type: str | None,
) -> tuple[list[str], list[Any]]:
    if since:
        where.append("a.published >= ?")
        params.append(since)
    if until:
        where.append("a.published <= ?")
        params.append(until + "\uffff")
    if outlet:
        where.append("a.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if actor:
        names = entity_names(store, actor)
        marks = ",".join("?" * len(names))
        where.append(
            # aliases first (few rows), then mentions by entity: CROSS JOIN fixes that order
            f"a.id IN (SELECT m.article_id FROM entity_aliases al CROSS JOIN mentions m"
            f" ON m.entity_id = al.entity_id WHERE al.alias IN ({marks}))"
        )
        params += names
    if event_type:
        where.append("a.id IN (SELECT article_id FROM event_mentions WHERE type = ?)")
        params.append(event_type.upper())
    return where, params


def articles(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    actor: str | None = None,
    event_type: str | None = None,
    story: int | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Articles, newest first, with the same filters as search."""
    limit, offset = _page(limit, offset)
    where, params = _article_filters(store, ["1=1"], [], since, until, outlet, actor, event_type)
    if story is not None:
        where.append("a.story_id = ?")
        params.append(story)
    clause = " AND ".join(where)
    total = store.scalar(f"SELECT count(*) FROM articles a WHERE {clause}", tuple(params))
    rows = store.conn.execute(
        f"SELECT {ARTICLE_LIST_COLUMNS} FROM articles a WHERE {clause}"
        f" ORDER BY a.published DESC, a.rowid DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return {"total": total, "items": [dict(r) for r in rows]}


def article(store: Store, article_id: str) -> dict[str, Any]:
    """One article with its text, comments, entity mentions, events and claims."""
    row = store.get_article(article_id)
    if row is None:
        raise NotFound(f"no article {article_id!r}")
    data = dict(row)
    data["notes"] = _loads(data.get("notes"), [])
    conn = store.conn
    data["comments"] = [
        dict(r)
        for r in conn.execute(
            "SELECT posted, author, text FROM comments WHERE article_id = ? ORDER BY id",
            (article_id,),
        )
    ]
    data["mentions"] = [
        dict(r)
        for r in conn.execute(
            "SELECT m.start, m.end, m.surface, coalesce(e.merged_into, e.id) AS entity_id,"
            " coalesce(t.name, e.name) AS name, e.type FROM mentions m"
            " JOIN entities e ON e.id = m.entity_id LEFT JOIN entities t ON t.id = e.merged_into"
            " WHERE m.article_id = ? ORDER BY m.start",
            (article_id,),
        )
    ]
    data["events"] = [
        _event_mention(r)
        for r in conn.execute(
            "SELECT * FROM event_mentions WHERE article_id = ? ORDER BY span_start", (article_id,)
        )
    ]
    data["claims"] = [
        _claim(r)
        for r in conn.execute(
            "SELECT c.*, g.status AS group_status FROM claims c LEFT JOIN claim_groups g"
            " ON g.id = c.group_id WHERE c.article_id = ? ORDER BY c.span_start",
            (article_id,),
        )
    ]
    if row["duplicate_of"]:
        data["original"] = _row(
            conn.execute(
                "SELECT id, title, outlet, published FROM articles WHERE id = ?",
                (row["duplicate_of"],),
            ).fetchone()
        )
    data["duplicates"] = [
        dict(r)
        for r in conn.execute(
            "SELECT id, title, outlet, published, similarity FROM articles WHERE duplicate_of = ?",
            (article_id,),
        )
    ]
    return data


def _event_mention(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    data["actors"] = _loads(data["actors"], [])
    data["targets"] = _loads(data["targets"], [])
    data["span"] = [data.pop("span_start"), data.pop("span_end")]
    return data


def _claim(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    data["approximate"] = bool(data["approximate"])
    data["span"] = [data.pop("span_start"), data.pop("span_end")]
    return data


# -- events, timeline, graph --------------------------------------------------------------


def _event_filters(
    store: Store,
    actor: str | None,
    type_: str | None,
    since: str | None,
    until: str | None,
    story: int | None,
) -> tuple[str, list[Any]]:
    where: list[str] = ["ev.n_mentions > 0"]
    params: list[Any] = []
    if actor:
        names = entity_names(store, actor)
        marks = ",".join("?" * len(names))
        where.append(
            f"ev.id IN (SELECT event_id FROM event_participants WHERE entity_name IN ({marks}))"
        )
        params += names
    if type_:
        where.append("ev.type = ?")
        params.append(type_.upper())
    if since:
        where.append("coalesce(ev.date, ev.first_reported) >= ?")
        params.append(since)
    if until:
        where.append("coalesce(ev.date, ev.first_reported) <= ?")
        params.append(until + "\uffff")
    if story is not None:
        where.append(
            "ev.id IN (SELECT em.event_id FROM event_mentions em JOIN articles a"
            " ON a.id = em.article_id WHERE a.story_id = ?)"
        )
        params.append(story)
    return " AND ".join(where), params


def events(
    store: Store,
    *,
    actor: str | None = None,
    type_: str | None = None,
    since: str | None = None,
    until: str | None = None,
    story: int | None = None,
    limit: int = 50,
    offset: int = 0,
    order: str = "date",
) -> dict[str, Any]:
    """Coreferenced events, each with its mentions and independent-source count."""
    limit, offset = _page(limit, offset)
    clause, params = _event_filters(store, actor, type_, since, until, story)
    total = store.scalar(f"SELECT count(*) FROM events ev WHERE {clause}", tuple(params))
    order_by = {
        "date": "coalesce(ev.date, ev.first_reported) IS NULL, coalesce(ev.date, ev.first_reported), ev.id",
        "mentions": "ev.n_mentions DESC, ev.id",
    }.get(order, "ev.id")
    rows = store.conn.execute(
        f"SELECT ev.* FROM events ev WHERE {clause} ORDER BY {order_by} LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return {"total": total, "items": [_event(store, r) for r in rows]}


def _event(store: Store, row: sqlite3.Row, *, with_text: bool = False) -> dict[str, Any]:
    data = dict(row)
    data["actors"] = _loads(data["actors"], [])
    data["targets"] = _loads(data["targets"], [])
    data["modalities"] = _loads(data["modalities"], {})
    mentions = store.conn.execute(
        "SELECT em.*, a.title AS article_title, a.outlet, a.published, a.duplicate_of"
        + (", a.text AS article_text" if with_text else "")
        + " FROM event_mentions em JOIN articles a ON a.id = em.article_id"
        " WHERE em.event_id = ? ORDER BY a.published, em.id",
        (row["id"],),
    ).fetchall()
    data["mentions"] = [_event_mention(m) for m in mentions]
    data["sources"] = sorted({m["source"] for m in mentions if m["source"]})
    data["outlets"] = sorted({m["outlet"] for m in mentions if m["outlet"]})
    data["evidence"] = mentions[0]["evidence"] if mentions else None
    return data


def event(store: Store, event_id: int) -> dict[str, Any]:
    row = store.conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        raise NotFound(f"no event {event_id}")
    return _event(store, row, with_text=True)


def timeline(
    store: Store,
    *,
    actor: str | None = None,
    story: int | None = None,
    since: str | None = None,
    until: str | None = None,
    type_: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> dict[str, Any]:
    """Dated events in date order, each with its date precision (undated events are left out)."""
    limit, offset = _page(limit, offset)
    clause, params = _event_filters(store, actor, type_, since, until, story)
    clause += " AND ev.date IS NOT NULL"
    total = store.scalar(f"SELECT count(*) FROM events ev WHERE {clause}", tuple(params))
    rows = store.conn.execute(
        f"SELECT ev.id, ev.type, ev.mode, ev.actors, ev.targets, ev.location, ev.date,"
        f" ev.date_precision, ev.n_mentions, ev.independent_sources, ev.modalities,"
        f" (SELECT evidence FROM event_mentions WHERE event_id = ev.id ORDER BY id LIMIT 1) AS evidence"
        f" FROM events ev WHERE {clause} ORDER BY ev.date, ev.id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    items = []
    for r in rows:
        item = dict(r)
        item["actors"] = _loads(item["actors"], [])
        item["targets"] = _loads(item["targets"], [])
        item["modalities"] = _loads(item["modalities"], {})
        items.append(item)
    return {"total": total, "items": items}


def graph(
    store: Store, *, since: str | None = None, until: str | None = None, min_weight: int = 1
) -> dict[str, Any]:
    """Actor-to-target edges weighted by event counts, split into cooperative and conflictual."""
    clause, params = _event_filters(store, None, None, since, until, None)
    rows = store.conn.execute(
        f"SELECT a.entity_name AS source, t.entity_name AS target, ev.type AS type, count(*) AS n"
        f" FROM events ev JOIN event_participants a ON a.event_id = ev.id AND a.role = 'actor'"
        f" JOIN event_participants t ON t.event_id = ev.id AND t.role = 'target'"
        f" WHERE {clause} AND a.entity_name != t.entity_name"
        f" GROUP BY a.entity_name, t.entity_name, ev.type",
        tuple(params),
    ).fetchall()
    counts = [((r["source"], r["target"], r["type"]), r["n"]) for r in rows]
    return assemble_graph(counts, lambda names: _entity_types(store, names), min_weight)


def assemble_graph(
    counts: list[tuple[tuple[str, str, str], int]],
    types_of: Callable[[list[str]], dict[str, str]],
    min_weight: int,
) -> dict[str, Any]:
    """Nodes and edges from (actor, target, PLOVER type) counts, edges split by tone.

    Shared by `graph` and the HTTP server's in-memory graph index, so both answer alike.
    """
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for (source, target, type_), n in counts:
        edge = edges.setdefault(
            (source, target),
            {"source": source, "target": target, "cooperative": 0, "conflictual": 0, "types": {}},
        )
        edge["cooperative" if type_ in COOPERATIVE_TYPES else "conflictual"] += n
        edge["types"][type_] = edge["types"].get(type_, 0) + n
    kept = [e | {"weight": e["cooperative"] + e["conflictual"]} for e in edges.values()]
    kept = [e for e in kept if e["weight"] >= min_weight]
    degree: dict[str, int] = {}
    for e in kept:
        for name in (e["source"], e["target"]):
            degree[name] = degree.get(name, 0) + e["weight"]
    types = types_of(list(degree))
    nodes = [
        {"id": n, "weight": w, "type": types.get(n)}
        for n, w in sorted(degree.items(), key=lambda x: -x[1])
    ]
    return {"nodes": nodes, "edges": sorted(kept, key=lambda e: -e["weight"])}


def _entity_types(store: Store, names: list[str]) -> dict[str, str]:
    if not names:
        return {}
    marks = ",".join("?" * len(names))
    rows = store.conn.execute(
        f"SELECT name, type FROM entities WHERE name IN ({marks}) AND merged_into IS NULL", names
    ).fetchall()
    return {r["name"]: r["type"] for r in rows}


# -- stories and claims -------------------------------------------------------------------


def stories(store: Store, *, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Stories, biggest and most recent first."""
    limit, offset = _page(limit, offset)
    total = store.scalar("SELECT count(*) FROM stories WHERE n_articles > 0")
    rows = store.conn.execute(
        "SELECT s.id, s.label, s.first_date, s.last_date, s.n_articles,"
        " (SELECT count(DISTINCT coalesce(outlet, source)) FROM articles WHERE story_id = s.id)"
        "  AS outlets,"
        " (SELECT count(DISTINCT coalesce(outlet, source)) FROM articles WHERE story_id = s.id"
        "  AND duplicate_of IS NULL) AS independent_outlets"
        " FROM stories s WHERE s.n_articles > 0 ORDER BY s.n_articles DESC, s.last_date DESC"
        " LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return {"total": total, "items": [dict(r) for r in rows]}


def story(store: Store, story_id: int) -> dict[str, Any]:
    """One story: its articles, outlets, timeline and contested claims."""
    row = store.conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        raise NotFound(f"no story {story_id}")
    data = dict(row)
    data.pop("centroid", None)
    data["terms"] = _loads(data.get("terms"), {})
    data["articles"] = articles(store, story=story_id, limit=MAX_LIMIT)["items"]
    data["outlets"] = sorted({a["outlet"] for a in data["articles"] if a["outlet"]})
    data["timeline"] = timeline(store, story=story_id)["items"]
    data["events"] = events(store, story=story_id, limit=MAX_LIMIT)["total"]
    data["claims"] = claims(store, story=story_id, contested=True, limit=MAX_LIMIT)["items"]
    return data


def claims(
    store: Store,
    *,
    contested: bool = False,
    story: int | None = None,
    q: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Claim groups with every claim in them, its source, outlet and date."""
    limit, offset = _page(limit, offset)
    where, params = ["g.n_claims > 0"], []
    if contested:
        where.append("g.status = 'contested'")
    if story is not None:
        where.append(
            "g.id IN (SELECT c.group_id FROM claims c JOIN articles a ON a.id = c.article_id"
            " WHERE a.story_id = ?)"
        )
        params.append(story)
    if q:
        where.append("g.subject LIKE ?")
        params.append(f"%{q}%")
    clause = " AND ".join(where)
    total = store.scalar(f"SELECT count(*) FROM claim_groups g WHERE {clause}", tuple(params))
    rows = store.conn.execute(
        f"SELECT g.* FROM claim_groups g WHERE {clause}"
        f" ORDER BY g.status = 'contested' DESC, g.n_sources DESC, g.id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    items = []
    for r in rows:
        group = dict(r)
        group["claims"] = [
            _claim(c)
            for c in store.conn.execute(
                "SELECT c.*, a.outlet, a.source, a.published, a.title AS article_title, a.duplicate_of"
                " FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.group_id = ?"
                " ORDER BY a.published",
                (r["id"],),
            )
        ]
        items.append(group)
    return {"total": total, "items": items}


def stats(store: Store) -> dict[str, Any]:
    """Counts of everything, for `newsgraph stats` and the home page."""
    one = store.scalar
    return {
        "pages": one("SELECT count(*) FROM pages"),
        "articles": one("SELECT count(*) FROM articles"),
        "duplicates": one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        "comments": one("SELECT count(*) FROM comments"),
        "entities": one("SELECT count(*) FROM entities WHERE merged_into IS NULL"),
        "event_mentions": one("SELECT count(*) FROM event_mentions"),
        "events": one("SELECT count(*) FROM events WHERE n_mentions > 0"),
        "claims": one("SELECT count(*) FROM claims"),
        "contested_claims": one("SELECT count(*) FROM claim_groups WHERE status = 'contested'"),
        "stories": one("SELECT count(*) FROM stories WHERE n_articles > 0"),
        "outlets": one("SELECT count(DISTINCT outlet) FROM articles WHERE outlet IS NOT NULL"),
        "discards": one("SELECT count(*) FROM discards"),
        "first_published": one("SELECT min(published) FROM articles"),
        "last_published": one("SELECT max(published) FROM articles"),
    }


def discards(store: Store, *, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    limit, offset = _page(limit, offset)
    total = store.scalar("SELECT count(*) FROM discards")
    rows = store.conn.execute(
        "SELECT source, stage, reason, at FROM discards ORDER BY id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return {"total": total, "items": [dict(r) for r in rows]}
