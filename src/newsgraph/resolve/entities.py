"""One entity per referent across the knowledge base, and the user's merge/split decisions.

Entities arrive per article with id stable_id("entity", type, name). A new entity is merged
into an existing one when they share an alias key (case, hyphens and dots ignored) and
compatible types, or when two person names share a surname and are near-identical
(Sergey/Sergei Lavrov). Merging sets `merged_into` and moves mentions and aliases; the
merged row stays, so a re-ingested article that recreates it is redirected again. User
decisions (`entity_decisions`) are applied after every resolve, the last one for a pair wins.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

from rapidfuzz import fuzz

from newsgraph.errors import NotFound
from newsgraph.model import stable_id
from newsgraph.store.sqlite import alias_key, now_iso

Canonical = Callable[[str, str | None], "tuple[str, str] | None"]

TYPE_GROUPS = {
    "GPE": "PLACE",
    "LOC": "PLACE",
}  # a country is often tagged GPE in one place, LOC in another
PERSON_NAME_MIN_RATIO = 90  # rapidfuzz ratio: Sergey/Sergei Lavrov 92, Kim Jong Un/Kim Jong Il 86
FUZZY_PREFIX = 4  # fuzzy candidates share the first letters (Serg-ey/-ei): an index range scan
MAX_FUZZY_CANDIDATES = 500  # bounds the cost of a very common first name
MAX_CHAIN = 50  # merged_into chains are short; this only guards against a cycle


def type_group(entity_type: str) -> str:
    return TYPE_GROUPS.get(entity_type, entity_type)


def canonical_id(conn: sqlite3.Connection, entity_id: str) -> str:
    """Follow merged_into to the entity that stands for the referent now."""
    current = entity_id
    for _ in range(MAX_CHAIN):
        row = conn.execute("SELECT merged_into FROM entities WHERE id = ?", (current,)).fetchone()
        if row is None or not row[0] or row[0] == current:
            return current
        current = row[0]
    return current


def aliases_of(conn: sqlite3.Connection, entity_id: str) -> set[str]:
    return {
        r[0]
        for r in conn.execute(
            "SELECT alias_key FROM entity_aliases WHERE entity_id = ?", (entity_id,)
        )
    }


def split_pairs(conn: sqlite3.Connection) -> set[frozenset[str]]:
    """Alias-key pairs the user said are different referents (their last decision was split)."""
    last: dict[frozenset[str], str] = {}
    for row in conn.execute(
        "SELECT action, keep_name, other_name FROM entity_decisions ORDER BY id"
    ):
        last[frozenset({alias_key(row[1]), alias_key(row[2])})] = row[0]
    return {pair for pair, action in last.items() if action == "split" and len(pair) == 2}


def blocked(a_keys: set[str], b_keys: set[str], splits: set[frozenset[str]]) -> bool:
    return any(
        len(p) == 2 and (p <= a_keys | b_keys) and not p <= a_keys and not p <= b_keys
        for p in splits
    )


def merge_into(conn: sqlite3.Connection, other: str, keep: str) -> None:
    """Merge entity `other` into `keep`: redirect it, move its mentions and aliases."""
    if other == keep:
        return
    conn.execute("UPDATE entities SET merged_into = ? WHERE id = ?", (keep, other))
    conn.execute("UPDATE entities SET merged_into = ? WHERE merged_into = ?", (keep, other))
    conn.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (keep, other))
    conn.execute(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key)"
        " SELECT ?, alias, alias_key FROM entity_aliases WHERE entity_id = ?",
        (keep, other),
    )
    moved = conn.execute("SELECT n_mentions FROM entities WHERE id = ?", (other,)).fetchone()[0]
    conn.execute("UPDATE entities SET n_mentions = n_mentions + ? WHERE id = ?", (moved, keep))
    conn.execute("UPDATE entities SET n_mentions = 0 WHERE id = ?", (other,))


def linking_keys(entity_type: str, keys: set[str]) -> set[str]:
    """The alias keys that may link two entities across articles.

    A lone surname ("Kim", "Lee") is a back-reference inside one article, not a name: across
    the knowledge base it would fuse Kim Jong Un with his father. Persons link on full names.
    """
    if entity_type != "PERSON":
        return keys
    return {k for k in keys if len(k.split()) >= 2}


def _alias_matches(conn: sqlite3.Connection, ent: sqlite3.Row, keys: set[str]) -> list[sqlite3.Row]:
    found: dict[str, sqlite3.Row] = {}
    for key in linking_keys(ent["type"], keys):
        for row in conn.execute(
            "SELECT * FROM entities WHERE id IN (SELECT entity_id FROM entity_aliases"
            " WHERE alias_key = ?) AND id != ? AND +merged_into IS NULL",
            (key, ent["id"]),
        ):
            if type_group(row["type"]) == type_group(ent["type"]):
                found[row["id"]] = row
    return list(found.values())


def _fuzzy_person_matches(conn: sqlite3.Connection, ent: sqlite3.Row) -> list[sqlite3.Row]:
    """Persons with the same surname and a near-identical full name (index range scan)."""
    key = alias_key(ent["name"])
    parts = key.split()
    if ent["type"] != "PERSON" or len(parts) < 2 or len(key) < 3 or any(c.isdigit() for c in key):
        return []  # names with digits (Unit 731, Agent 47) differ by the digits
    prefix = key[:FUZZY_PREFIX]
    rows = conn.execute(
        "SELECT * FROM entities WHERE id IN (SELECT entity_id FROM entity_aliases"
        " WHERE alias_key >= ? AND alias_key < ?) AND type = 'PERSON'"
        " AND +merged_into IS NULL AND id != ? LIMIT ?",
        (prefix, prefix + "\uffff", ent["id"], MAX_FUZZY_CANDIDATES),
    )
    out = []
    for row in rows:
        other = alias_key(row["name"])
        if other.split()[-1:] == parts[-1:] and fuzz.ratio(key, other) >= PERSON_NAME_MIN_RATIO:
            out.append(row)
    return out


def resolve_entity(conn: sqlite3.Connection, entity_id: str, splits: set[frozenset[str]]) -> str:
    """Merge one (new) entity into the existing referent it names, if any; returns its id."""
    canon = canonical_id(conn, entity_id)
    if canon != entity_id:
        merge_into(conn, entity_id, canon)  # re-ingested: its fresh mentions follow the merge
        return canon
    ent = conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if ent is None:
        return entity_id
    keys = aliases_of(conn, entity_id)
    matches = _alias_matches(conn, ent, keys) or _fuzzy_person_matches(conn, ent)
    matches = [m for m in matches if not blocked(keys, aliases_of(conn, m["id"]), splits)]
    if not matches:
        return entity_id
    target = max(matches, key=lambda r: (r["n_mentions"], r["id"]))
    merge_into(conn, entity_id, target["id"])
    return target["id"]


def resolve_entities(conn: sqlite3.Connection, entity_ids: Iterable[str]) -> None:
    """Resolve the entities of new articles against the whole knowledge base."""
    splits = split_pairs(conn)
    for entity_id in sorted(set(entity_ids)):
        resolve_entity(conn, entity_id, splits)


def find_entity(conn: sqlite3.Connection, name: str) -> str | None:
    """The canonical id of the entity a name refers to (by name first, then any alias)."""
    row = conn.execute(
        "SELECT id FROM entities WHERE name = ? COLLATE NOCASE ORDER BY merged_into IS NOT NULL,"
        " n_mentions DESC LIMIT 1",
        (name,),
    ).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT entity_id FROM entity_aliases WHERE alias_key = ? LIMIT 1", (alias_key(name),)
        ).fetchone()
    return canonical_id(conn, row[0]) if row else None


def canonical_name(conn: sqlite3.Connection, name: str, canonical: Canonical | None = None) -> str:
    """The knowledge base's name for what `name` refers to (the name itself if unknown)."""
    found = find_entity(conn, name)
    if found is None and canonical is not None:
        mapped = canonical(name, None)
        if mapped:
            name = mapped[0]
            found = find_entity(conn, name)
    if found is None:
        return name
    row = conn.execute("SELECT name FROM entities WHERE id = ?", (found,)).fetchone()
    return row[0] if row else name


def apply_merge(conn: sqlite3.Connection, keep_name: str, other_name: str) -> None:
    """Make `other_name`'s entity part of `keep_name`'s."""
    keep, other = find_entity(conn, keep_name), find_entity(conn, other_name)
    if keep is None or other is None:
        raise NotFound(f"no entity named {keep_name if keep is None else other_name!r}")
    merge_into(conn, other, keep)


def apply_split(conn: sqlite3.Connection, keep_name: str, other_name: str) -> None:
    """Detach `other_name` (its entity row, alias and mentions) from `keep_name`'s referent.

    Works whichever of the two the automatic merge kept as the root: the keep side becomes
    the root of everything else in the cluster, the other side stands alone again.
    """
    root = find_entity(conn, keep_name)
    if root is None:
        raise NotFound(f"no entity named {keep_name!r}")
    okey, kkey = alias_key(other_name), alias_key(keep_name)
    if okey == kkey:
        return  # names differing only in case or punctuation cannot be told apart
    etype = conn.execute("SELECT type FROM entities WHERE id = ?", (root,)).fetchone()[0]
    members = conn.execute(
        "SELECT id, name FROM entities WHERE id = ? OR merged_into = ?", (root, root)
    ).fetchall()
    other = _member_named(conn, members, okey, other_name, etype)
    keep = (
        _member_named(conn, members, kkey, keep_name, etype)
        if alias_key(next(m["name"] for m in members if m["id"] == root)) == okey
        else root
    )
    conn.execute("UPDATE entities SET merged_into = NULL WHERE id IN (?, ?)", (keep, other))
    for m in members:
        if m["id"] not in (keep, other):
            target = other if alias_key(m["name"]) == okey else keep
            conn.execute("UPDATE entities SET merged_into = ? WHERE id = ?", (target, m["id"]))
    cluster = [m["id"] for m in members] + [keep, other]
    _reassign_mentions(conn, cluster, okey, keep, other)
    _reassign_aliases(conn, cluster, okey, keep, other, other_name)


def _member_named(
    conn: sqlite3.Connection, members: list[sqlite3.Row], key: str, name: str, etype: str
) -> str:
    """The cluster member with this name, or a fresh entity row for it."""
    for m in members:
        if alias_key(m["name"]) == key:
            return str(m["id"])
    new_id = stable_id("entity", etype, name.casefold())
    conn.execute(
        "INSERT OR IGNORE INTO entities (id, name, type) VALUES (?, ?, ?)", (new_id, name, etype)
    )
    return new_id


def _reassign_mentions(
    conn: sqlite3.Connection, cluster: list[str], okey: str, keep: str, other: str
) -> None:
    """Mentions whose surface is the other name go to it; the rest to the keep side."""
    for entity_id in set(cluster):
        rows = conn.execute(
            "SELECT rowid, surface FROM mentions WHERE entity_id = ?", (entity_id,)
        ).fetchall()
        conn.executemany(
            "UPDATE mentions SET entity_id = ? WHERE rowid = ?",
            [(other if alias_key(r[1]) == okey else keep, r[0]) for r in rows],
        )
    for entity_id in set(cluster):
        count = conn.execute(
            "SELECT count(*) FROM mentions WHERE entity_id = ?", (entity_id,)
        ).fetchone()[0]
        conn.execute("UPDATE entities SET n_mentions = ? WHERE id = ?", (count, entity_id))


def _reassign_aliases(
    conn: sqlite3.Connection, cluster: list[str], okey: str, keep: str, other: str, other_name: str
) -> None:
    for entity_id in (e for e in set(cluster) if e not in (keep, other)):
        conn.execute(
            "DELETE FROM entity_aliases WHERE entity_id = ? AND alias_key = ?", (entity_id, okey)
        )
    conn.execute(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key)"
        " SELECT ?, alias, alias_key FROM entity_aliases WHERE entity_id = ? AND alias_key != ?",
        (keep, other, okey),
    )
    conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND alias_key != ?", (other, okey))
    conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND alias_key = ?", (keep, okey))
    conn.execute(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)",
        (other, other_name, okey),
    )


def record_decision(conn: sqlite3.Connection, action: str, keep_name: str, other_name: str) -> None:
    conn.execute(
        "INSERT INTO entity_decisions (action, keep_name, other_name, at) VALUES (?, ?, ?, ?)",
        (action, keep_name, other_name, now_iso()),
    )


def reapply_decisions(conn: sqlite3.Connection) -> None:
    """Apply every user decision again, in order (idempotent; re-ingest cannot undo them)."""
    rows = conn.execute(
        "SELECT action, keep_name, other_name FROM entity_decisions ORDER BY id"
    ).fetchall()
    for action, keep_name, other_name in rows:
        try:
            (apply_merge if action == "merge" else apply_split)(conn, keep_name, other_name)
        except NotFound:
            continue  # the names are not (or no longer) in this knowledge base
