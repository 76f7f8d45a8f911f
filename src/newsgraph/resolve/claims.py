"""Claims compared: figures about the same quantity are grouped, then checked for agreement.

A group is looked up by its key (normalised unit or currency, and the year), then confirmed
on the subject's words, so "5 million shells" and "1 million artillery shells" meet while
"20 people killed" and "50 people injured" do not. Two figures agree when their ranges
overlap, approximate ones widened by APPROX_TOLERANCE: 10,000-12,000 troops and 11,000 agree;
5 million shells and 1 million do not, and the group is marked contested.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from newsgraph.resolve.events import outlet_key
from newsgraph.resolve.text import content_words, singular

APPROX_TOLERANCE = 0.15  # "about 11,000" spans 9,350-12,650: the usual rounding of reported figures
EXACT_TOLERANCE = 0.02  # rounding slack for figures given as exact (12,000 vs 12,050)
MIN_SUBJECT_OVERLAP = 0.34  # share of the smaller subject's words the other one must carry
MAX_GROUP_CANDIDATES = 50  # the most recent groups under one key (unit and year) compared
# Words that say which quantity a figure counts (after `singular`); two figures with
# different qualifiers are never compared, however many other words they share.
QUALIFIERS = {
    **dict.fromkeys(("killed", "dead", "died", "death", "casualty", "fatality"), "casualties"),
    **dict.fromkeys(("wounded", "injured", "hurt"), "injured"),
    **dict.fromkeys(("captured", "prisoner", "detained", "arrested", "held"), "captured"),
    **dict.fromkeys(("missing", "disappeared"), "missing"),
    **dict.fromkeys(("sent", "deployed", "dispatched", "moved", "stationed", "shipped",
                     "delivered", "transferred", "supplied", "provided"), "sent"),
    **dict.fromkeys(("fired", "launched", "used"), "used"),
    **dict.fromkeys(("produced", "made", "manufactured", "built"), "made"),
}  # fmt: skip
# A bare count ("11,000 troops") reads as the number sent or there; any other qualifier
# (killed, captured...) must match exactly.
PLAIN_COUNT = frozenset({None, "sent"})


@dataclass
class Figure:
    """One claimed figure as an interval, with where it came from."""

    low: float
    high: float
    approximate: bool

    def bounds(self) -> tuple[float, float]:
        tol = APPROX_TOLERANCE if self.approximate else EXACT_TOLERANCE
        return self.low * (1 - tol), self.high * (1 + tol)


def figures_agree(a: Figure, b: Figure) -> bool:
    """Whether two figures can describe the same quantity (their widened ranges overlap)."""
    a_lo, a_hi = sorted(a.bounds())
    b_lo, b_hi = sorted(b.bounds())
    return a_lo <= b_hi and b_lo <= a_hi


def unit_key(unit: str | None, currency: str | None, subject: str) -> str:
    """The normalised unit: currency first, else the unit's words, else the subject's head."""
    if currency:
        return currency.casefold()
    words = [singular(w) for w in content_words(unit or "")]
    if words:
        return " ".join(words)
    subject_words = [singular(w) for w in content_words(subject)]
    return subject_words[-1] if subject_words else ""


@dataclass(frozen=True)
class Subject:
    """A claim subject's words (less the unit) and what quantity it counts."""

    words: frozenset[str]
    qualifier: str | None


def subject_words(subject: str, unit: str) -> Subject:
    ordered = [singular(w) for w in content_words(subject)]
    return Subject(frozenset(ordered) - set(unit.split()), qualifier(ordered))


def qualifier(words: Iterable[str]) -> str | None:
    """What a count measures, by the first qualifier word of its subject (killed, sent...).

    The first one wins: "15,000 soldiers sent, with thousands killed" counts those sent.
    """
    return next((QUALIFIERS[w] for w in words if w in QUALIFIERS), None)


def subjects_match(sa: Subject, sb: Subject) -> bool:
    """Same quantity by subject: the same qualifier, then bare subjects or enough shared words.

    "12,000 soldiers" and "300 soldiers killed" share the unit but not the quantity; two
    casualty counts do, and so do "11,000 troops" and "10,000-12,000 troops deployed".
    """
    qa, qb = sa.qualifier, sb.qualifier
    if qa != qb and not {qa, qb} <= PLAIN_COUNT:
        return False
    a, b = sa.words, sb.words
    if not a or not b:
        return True
    return len(a & b) / min(len(a), len(b)) >= MIN_SUBJECT_OVERLAP


def group_key(unit: str, published: str | None) -> str:
    return f"{unit}|{(published or '')[:4]}"


def _find_group(conn: sqlite3.Connection, key: str, words: Subject, unit: str) -> int | None:
    """The most recent group under this key whose subject names the same quantity."""
    rows = conn.execute(
        "SELECT id, subject FROM claim_groups WHERE key = ? ORDER BY id DESC LIMIT ?",
        (key, MAX_GROUP_CANDIDATES),
    ).fetchall()
    for group_id, subject in rows:
        if subjects_match(words, subject_words(subject, unit)):
            return int(group_id)
    return None


def refresh_group(conn: sqlite3.Connection, group_id: int) -> str:
    """Recompute a group's counts and status from its claims; returns the status."""
    rows = conn.execute(
        "SELECT c.*, a.outlet, a.url, a.source, a.duplicate_of, p.site FROM claims c"
        " JOIN articles a ON a.id = c.article_id LEFT JOIN pages p ON p.id = a.page_id"
        " WHERE c.group_id = ?",
        (group_id,),
    ).fetchall()
    originals = [r for r in rows if not r["duplicate_of"]] or rows
    sources = {outlet_key(r) for r in originals}
    figures = [(r["article_id"], _figure(r)) for r in originals]
    status = "single"
    if any(
        not figures_agree(fa, fb)
        for i, (aa, fa) in enumerate(figures)
        for ab, fb in figures[i + 1 :]
        if aa != ab
    ):
        status = "contested"
    elif len(sources) > 1:
        status = "corroborated"
    conn.execute(
        "UPDATE claim_groups SET status = ?, n_claims = ?, n_sources = ? WHERE id = ?",
        (status, len(rows), len(sources), group_id),
    )
    return status


def group_claims(conn: sqlite3.Connection, article_ids: list[str]) -> set[int]:
    """Put each claim of these articles into its group (or a new one); returns touched groups."""
    touched: set[int] = set()
    for article_id in article_ids:
        published = conn.execute(
            "SELECT published FROM articles WHERE id = ?", (article_id,)
        ).fetchone()[0]
        claims = conn.execute(
            "SELECT * FROM claims WHERE article_id = ? AND group_id IS NULL ORDER BY span_start",
            (article_id,),
        ).fetchall()
        for claim in claims:
            unit = unit_key(claim["unit"], claim["currency"], claim["subject"])
            key = group_key(unit, published)
            words = subject_words(claim["subject"], unit)
            group_id = _find_group(conn, key, words, unit)
            if group_id is None:
                cur = conn.execute(
                    "INSERT INTO claim_groups (subject, unit, key) VALUES (?, ?, ?)",
                    (claim["subject"], unit or None, key),
                )
                group_id = int(cur.lastrowid or 0)
            conn.execute("UPDATE claims SET group_id = ? WHERE id = ?", (group_id, claim["id"]))
            touched.add(group_id)
    for group_id in touched:
        refresh_group(conn, group_id)
    return touched


def claim_sides(conn: sqlite3.Connection, group_id: int) -> list[dict[str, object]]:
    """The camps of a claim group: figures that agree with each other, with sources and dates.

    One side for a corroborated group, two or more for a contested one ("5 million shells",
    Seoul, 2024-02-27 against "1 million", the NIS, 2023-11-01). Duplicates are left out.
    """
    rows = conn.execute(
        "SELECT c.id, c.article_id, c.value, c.upper, c.approximate, c.attributed_to, a.outlet,"
        " a.published, a.url, a.source, p.site FROM claims c JOIN articles a ON a.id = c.article_id"
        " LEFT JOIN pages p ON p.id = a.page_id WHERE c.group_id = ? AND a.duplicate_of IS NULL"
        " ORDER BY c.value, a.published",
        (group_id,),
    ).fetchall()
    sides: list[list[sqlite3.Row]] = []
    for row in rows:
        fig = _figure(row)
        home = next((s for s in sides if all(figures_agree(fig, _figure(o)) for o in s)), None)
        if home is None:
            sides.append([row])
        else:
            home.append(row)
    return [
        {
            "low": min(r["value"] for r in side),
            "high": max(r["upper"] if r["upper"] is not None else r["value"] for r in side),
            "sources": sorted({outlet_key(r) for r in side}),
            "claims": [
                {
                    "claim_id": r["id"],
                    "article_id": r["article_id"],
                    "published": r["published"],
                    "attributed_to": r["attributed_to"],
                }
                for r in side
            ],
        }
        for side in sides
    ]


def _figure(row: sqlite3.Row) -> Figure:
    upper = row["upper"] if row["upper"] is not None else row["value"]
    return Figure(row["value"], upper, bool(row["approximate"]))
