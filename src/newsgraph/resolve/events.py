"""Event coreference: mentions from many articles that report one interaction become one event.

The decision is made by `coref_score` on two small summaries (a mention, an event so far),
so the knowledge base (`assign_events`) and the ECB+ evaluation (`evaluate/coref.py`) use
the same logic. Two reports are one event when they have the same category, compatible
participants (overlapping when both name them), compatible dates (equal at the coarser
precision) and enough positive evidence: shared participants, the same trigger lemma, the
same story, the same date.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlparse

from newsgraph.resolve.stories import parse_date

PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
# Evidence weights; a mention joins an event at MERGE_THRESHOLD. Two kinds of evidence are
# needed (e.g. same story + same trigger, or same day + a shared actor), one is not enough:
# on ECB+ a single cue (same lemma alone) is the baseline's precision failure.
W_SHARED_PARTICIPANT = 1.0
MAX_SHARED_CREDIT = 2
W_TRIGGER = 1.0
W_STORY = 1.0
W_DATE = 1.0
MERGE_THRESHOLD = 2.0
DATE_WINDOW_DAYS = 3  # day-precision dates this close are the same event (report-date slack)
MAX_EVENT_CANDIDATES = 200
STORY_ARTICLES_FOR_EVENTS = 300  # same-story candidates come from its latest articles only


@dataclass
class EventSummary:
    """What coreference looks at, for one mention or for an event's mentions so far."""

    type: str | None
    actors: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    date: str | None = None
    precision: str | None = None
    triggers: set[str] = field(default_factory=set)
    stories: set[int] = field(default_factory=set)

    def absorb(self, other: EventSummary) -> None:
        self.actors |= other.actors
        self.targets |= other.targets
        self.triggers |= other.triggers
        self.stories |= other.stories
        if other.date and PRECISION_RANK.get(other.precision or "", 0) > PRECISION_RANK.get(
            self.precision or "", 0
        ):
            self.date, self.precision = other.date, other.precision


def dates_compatible(a: str | None, pa: str | None, b: str | None, pb: str | None) -> bool | None:
    """True/False when both dates are known (compared at the coarser precision), else None."""
    if not a or not b:
        return None
    rank = min(PRECISION_RANK.get(pa or "day", 3), PRECISION_RANK.get(pb or "day", 3))
    if rank < 3:
        width = {2: 7, 1: 4}[rank]
        return a[:width] == b[:width]
    da, db = parse_date(a), parse_date(b)
    if da is None or db is None:
        return a[:10] == b[:10]
    return abs((da - db).days) <= DATE_WINDOW_DAYS


def participants_compatible(a: set[str], b: set[str]) -> bool:
    """Participant lists agree when either is empty or they share someone."""
    return not a or not b or bool(a & b)


def coref_score(mention: EventSummary, event: EventSummary) -> float | None:
    """Evidence that a mention reports this event; None when they cannot be the same."""
    if mention.type != event.type:
        return None
    if not (
        participants_compatible(mention.actors, event.actors)
        and participants_compatible(mention.targets, event.targets)
    ):
        return None
    same_date = dates_compatible(mention.date, mention.precision, event.date, event.precision)
    same_story = bool(mention.stories & event.stories)
    if same_date is False or (same_date is None and not same_story):
        return None  # across stories, only a known shared date ties two reports together
    shared = len(mention.actors & event.actors) + len(mention.targets & event.targets)
    score = W_SHARED_PARTICIPANT * min(shared, MAX_SHARED_CREDIT)
    score += W_TRIGGER if mention.triggers & event.triggers else 0.0
    score += W_STORY if same_story else 0.0
    score += W_DATE if same_date else 0.0
    return score


def best_event(mention: EventSummary, events: Iterable[tuple[int, EventSummary]]) -> int | None:
    """The key of the best event scoring at least MERGE_THRESHOLD, or None."""
    best, best_score = None, MERGE_THRESHOLD
    for key, summary in events:
        score = coref_score(mention, summary)
        if score is not None and score >= best_score:
            best, best_score = key, score
    return best


# -- knowledge base -------------------------------------------------------------------------

Canon = Callable[[str], str]


def _names(raw: str, canon: Canon) -> set[str]:
    return {canon(n) for n in json.loads(raw or "[]") if n}


def mention_summary(row: sqlite3.Row, story_id: int | None, canon: Canon) -> EventSummary:
    return EventSummary(
        type=row["type"],
        actors=_names(row["actors"], canon),
        targets=_names(row["targets"], canon),
        date=row["date"],
        precision=row["date_precision"],
        triggers={row["trigger"].casefold()} if row["trigger"] else set(),
        stories={story_id} if story_id is not None else set(),
    )


def event_summary(conn: sqlite3.Connection, event_id: int) -> EventSummary:
    row = conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    stories = {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT a.story_id FROM event_mentions em JOIN articles a ON a.id = em.article_id"
            " WHERE em.event_id = ? AND a.story_id IS NOT NULL",
            (event_id,),
        )
    }
    triggers = {
        r[0].casefold()
        for r in conn.execute(
            "SELECT DISTINCT trigger FROM event_mentions WHERE event_id = ? AND trigger IS NOT NULL",
            (event_id,),
        )
    }
    return EventSummary(
        row["type"],
        set(json.loads(row["actors"])),
        set(json.loads(row["targets"])),
        row["date"],
        row["date_precision"],
        triggers,
        stories,
    )


def candidate_events(conn: sqlite3.Connection, mention: EventSummary) -> list[int]:
    """Events of the same type sharing a participant or a story with the mention."""
    found: set[int] = set()
    roles = [(n, "actor") for n in mention.actors] + [(n, "target") for n in mention.targets]
    for name, role in sorted(roles):
        # The latest events naming this participant, read backwards along the
        # (entity_name, role, event_id) index: a hub actor (Russia) costs no more than a rare one.
        found.update(
            r[0]
            for r in conn.execute(
                "SELECT p.event_id FROM event_participants p JOIN events e ON e.id = p.event_id"
                " WHERE p.entity_name = ? AND p.role = ? AND +e.type = ? ORDER BY p.event_id DESC LIMIT ?",
                (name, role, mention.type, MAX_EVENT_CANDIDATES),
            )
        )
    for story in mention.stories:  # the story's most recent articles only: big stories stay cheap
        found.update(
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT event_id FROM event_mentions WHERE article_id IN"
                " (SELECT id FROM articles WHERE story_id = ? ORDER BY rowid DESC LIMIT ?)"
                " AND type = ? AND event_id IS NOT NULL LIMIT ?",
                (story, STORY_ARTICLES_FOR_EVENTS, mention.type, MAX_EVENT_CANDIDATES),
            )
        )
    return sorted(found)


def outlet_key(row: sqlite3.Row) -> str:
    """Who published an article, for counting independent sources (never None)."""
    if row["outlet"]:
        return row["outlet"].casefold()
    if row["site"]:
        return row["site"].casefold()
    for link in (row["url"], row["source"]):
        host = urlparse(link or "").netloc
        if host:
            return host.casefold().removeprefix("www.")
    return row["article_id"]


def refresh_event(conn: sqlite3.Connection, event_id: int, canon: Canon) -> None:
    """Recompute an event's summary columns and participants from its own mentions."""
    rows = conn.execute(
        "SELECT em.*, a.published, a.outlet, a.url, a.source, a.duplicate_of, p.site"
        " FROM event_mentions em JOIN articles a ON a.id = em.article_id"
        " LEFT JOIN pages p ON p.id = a.page_id WHERE em.event_id = ?"
        " ORDER BY a.published IS NULL, a.published, a.rowid, em.span_start",
        (event_id,),
    ).fetchall()
    if not rows:
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
        return
    actors: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    for r in rows:
        actors.update(_names(r["actors"], canon))
        targets.update(_names(r["targets"], canon))
    originals = [r for r in rows if not r["duplicate_of"]]
    modalities = Counter(r["modality"] for r in originals or rows)
    triggers = Counter(r["trigger"] for r in rows if r["trigger"])
    date, precision = _event_date(rows)
    conn.execute(
        "UPDATE events SET actors = ?, targets = ?, location = ?, date = ?, date_precision = ?,"
        " first_article_id = ?, first_reported = ?, n_mentions = ?, independent_sources = ?,"
        " modalities = ?, trigger = ?, mode = ? WHERE id = ?",
        (
            json.dumps([a for a, _ in actors.most_common()]),
            json.dumps([t for t, _ in targets.most_common()]),
            next((r["location"] for r in rows if r["location"]), None),
            date,
            precision,
            rows[0]["article_id"],
            rows[0]["published"],
            len(rows),
            len({outlet_key(r) for r in originals}),
            json.dumps(dict(modalities.most_common())),
            triggers.most_common(1)[0][0] if triggers else None,
            next((r["mode"] for r in rows if r["mode"]), None),
            event_id,
        ),
    )
    conn.execute("DELETE FROM event_participants WHERE event_id = ?", (event_id,))
    conn.executemany(
        "INSERT OR IGNORE INTO event_participants (event_id, entity_name, role) VALUES (?, ?, ?)",
        [(event_id, n, "actor") for n in actors] + [(event_id, n, "target") for n in targets],
    )


def _event_date(rows: list[sqlite3.Row]) -> tuple[str | None, str | None]:
    """The most often reported date at the finest precision any report gives."""
    dated = [(r["date"], r["date_precision"] or "day") for r in rows if r["date"]]
    if not dated:
        return None, None
    finest = max(PRECISION_RANK.get(p, 0) for _, p in dated)
    best = Counter(d for d, p in dated if PRECISION_RANK.get(p, 0) == finest).most_common(1)[0][0]
    return best, next(p for d, p in dated if d == best)


def new_event(conn: sqlite3.Connection, summary: EventSummary) -> int:
    cur = conn.execute(
        "INSERT INTO events (type, actors, targets, date, date_precision) VALUES (?, ?, ?, ?, ?)",
        (
            summary.type,
            json.dumps(sorted(summary.actors)),
            json.dumps(sorted(summary.targets)),
            summary.date,
            summary.precision,
        ),
    )
    event_id = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT OR IGNORE INTO event_participants (event_id, entity_name, role) VALUES (?, ?, ?)",
        [(event_id, n, "actor") for n in summary.actors]
        + [(event_id, n, "target") for n in summary.targets],
    )
    return event_id


def assign_events(
    conn: sqlite3.Connection, article_ids: list[str], canon: Canon
) -> tuple[int, int]:
    """Give every event mention of these articles an event; returns (new events, merged mentions)."""
    created = merged = 0
    touched: set[int] = set()
    for article_id in article_ids:
        story = conn.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
        story_id = story[0] if story else None
        rows = conn.execute(
            "SELECT * FROM event_mentions WHERE article_id = ? AND event_id IS NULL"
            " ORDER BY span_start, id",
            (article_id,),
        ).fetchall()
        for row in rows:
            mention = mention_summary(row, story_id, canon)
            pool = [(eid, event_summary(conn, eid)) for eid in candidate_events(conn, mention)]
            event_id = best_event(mention, pool)
            if event_id is None:
                event_id, created = new_event(conn, mention), created + 1
            else:
                merged += 1
            conn.execute(
                "UPDATE event_mentions SET event_id = ? WHERE id = ?", (event_id, row["id"])
            )
            touched.add(event_id)
            refresh_event(conn, event_id, canon)  # so the next mention sees it as it now is
    return created, merged
