"""Claims compared: figures about the same quantity are grouped, then checked for agreement.

A group is looked up by its key (normalised unit or currency, and the year), then confirmed
on the subject's words, so "5 million shells" and "1 million artillery shells" meet while
"20 people killed" and "50 people injured" do not. Two figures agree when their ranges
overlap, approximate ones widened by APPROX_TOLERANCE: 10,000-12,000 troops and 11,000 agree;
5 million shells and 1 million do not, and the group is marked contested.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from newsgraph.resolve.events import outlet_key
from newsgraph.resolve.text import content_words, singular

APPROX_TOLERANCE = 0.15  # "about 11,000" spans 9,350-12,650: the usual rounding of reported figures
EXACT_TOLERANCE = 0.02  # rounding slack for figures given as exact (12,000 vs 12,050)
MIN_SUBJECT_OVERLAP = 0.34  # share of the smaller subject's words the other one must carry
MAX_GROUP_CANDIDATES = 50


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


def subject_words(subject: str, unit: str) -> set[str]:
    return {singular(w) for w in content_words(subject)} - set(unit.split())


def subjects_match(a: set[str], b: set[str]) -> bool:
    """Same quantity by subject: both bare (the unit says it all) or enough shared words."""
    if not a or not b:
        return True
    return len(a & b) / min(len(a), len(b)) >= MIN_SUBJECT_OVERLAP


def group_key(unit: str, published: str | None) -> str:
    return f"{unit}|{(published or '')[:4]}"


def _find_group(conn: sqlite3.Connection, key: str, words: set[str], unit: str) -> int | None:
    rows = conn.execute("SELECT id FROM claim_groups WHERE key = ? ORDER BY id LIMIT ?",
                        (key, MAX_GROUP_CANDIDATES)).fetchall()
    for (group_id,) in rows:
        subjects = conn.execute("SELECT subject FROM claims WHERE group_id = ?", (group_id,))
        if any(subjects_match(words, subject_words(s[0], unit)) for s in subjects):
            return group_id
    return None


def refresh_group(conn: sqlite3.Connection, group_id: int) -> str:
    """Recompute a group's counts and status from its claims; returns the status."""
    rows = conn.execute(
        "SELECT c.*, a.outlet, a.url, a.source, a.duplicate_of, p.site FROM claims c"
        " JOIN articles a ON a.id = c.article_id LEFT JOIN pages p ON p.id = a.page_id"
        " WHERE c.group_id = ?", (group_id,)).fetchall()
    originals = [r for r in rows if not r["duplicate_of"]] or rows
    sources = {outlet_key(r) for r in originals}
    figures = [(r["article_id"], Figure(r["value"], r["upper"] if r["upper"] is not None else r["value"],
                                        bool(r["approximate"]))) for r in originals]
    status = "single"
    if any(not figures_agree(fa, fb) for i, (aa, fa) in enumerate(figures)
           for ab, fb in figures[i + 1:] if aa != ab):
        status = "contested"
    elif len(sources) > 1:
        status = "corroborated"
    conn.execute("UPDATE claim_groups SET status = ?, n_claims = ?, n_sources = ? WHERE id = ?",
                 (status, len(rows), len(sources), group_id))
    return status


def group_claims(conn: sqlite3.Connection, article_ids: list[str]) -> set[int]:
    """Put each claim of these articles into its group (or a new one); returns touched groups."""
    touched: set[int] = set()
    for article_id in article_ids:
        published = conn.execute("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
        claims = conn.execute("SELECT * FROM claims WHERE article_id = ? AND group_id IS NULL"
                              " ORDER BY span_start", (article_id,)).fetchall()
        for claim in claims:
            unit = unit_key(claim["unit"], claim["currency"], claim["subject"])
            key = group_key(unit, published)
            words = subject_words(claim["subject"], unit)
            group_id = _find_group(conn, key, words, unit)
            if group_id is None:
                cur = conn.execute("INSERT INTO claim_groups (subject, unit, key) VALUES (?, ?, ?)",
                                   (claim["subject"], unit or None, key))
                group_id = int(cur.lastrowid or 0)
            conn.execute("UPDATE claims SET group_id = ? WHERE id = ?", (group_id, claim["id"]))
            touched.add(group_id)
    for group_id in touched:
        refresh_group(conn, group_id)
    return touched
