"""A small knowledge base written by hand for the serve tests (our own fictional news).

Articles go through the real Store; cross-article decisions (events, stories, claim groups,
duplicates) are written with SQL, as resolve/ would, so these tests depend on serve alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

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
from newsgraph.store import Store

XSS_TEXT = "<script>alert(1)</script>"
XSS_IMG = '<img src=x onerror="alert(2)">'

ACCORD = (
    "Ardenia and Belmora signed a water-sharing accord in Port Lysa on Friday.\n\n"
    "Foreign Minister Talia Voss said the accord releases 40 million cubic metres of river water "
    "a year to Belmora. The Harbor Council welcomed the deal."
)
ACCORD_COPY = ACCORD.replace("welcomed the deal", "welcomed the deal on Saturday")
ACCUSE = (
    "Belmora accused Ardenia of holding back the river on Saturday.\n\n"
    "Belmoran officials said only 25 million cubic metres of water had been released, "
    "far less than the accord promised."
)
HOSTILE = (
    f"Harbor fees rose again. {XSS_TEXT} Dockworkers in Belmora protested the fees {XSS_IMG} "
    "outside the Harbor Council, which said the fees were 12 percent higher."
)
THREAT = "Ardenia threatened Belmora with sanctions over the river dispute on Monday."


@dataclass
class Spec:
    source: str
    outlet: str
    published: str
    title: str
    text: str
    entities: list[str] = field(default_factory=list)
    events: list[tuple[str, list[str], list[str], str, str | None]] = field(default_factory=list)
    claims: list[tuple[str, float, str, str]] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    url: str | None = None


TYPES = {
    "Ardenia": "GPE",
    "Belmora": "GPE",
    "Talia Voss": "PERSON",
    "Harbor Council": "ORG",
    "Port Lysa": "GPE",
}

SPECS = [
    Spec(
        "ledger/accord.html",
        "Daily Ledger",
        "2024-03-01",
        "Ardenia and Belmora sign water accord",
        ACCORD,
        ["Ardenia", "Belmora", "Talia Voss", "Harbor Council", "Port Lysa"],
        [("AGREE", ["Ardenia"], ["Belmora"], "Ardenia and Belmora signed", "2024-03-01")],
        [("water released", 40_000_000, "cubic metres", "40 million cubic metres")],
        url="javascript:alert(3)",
    ),
    Spec(
        "wire/accuse.txt",
        "Coastal Wire",
        "2024-03-02",
        "Belmora accuses Ardenia over river",
        ACCUSE,
        ["Belmora", "Ardenia"],
        [("ACCUSE", ["Belmora"], ["Ardenia"], "Belmora accused Ardenia", "2024-03-02")],
        [("water released", 25_000_000, "cubic metres", "25 million cubic metres")],
    ),
    Spec(
        "post/accord-copy.html",
        "Evening Post",
        "2024-03-02",
        "Water accord signed",
        ACCORD_COPY,
        ["Ardenia", "Belmora"],
        [("AGREE", ["Ardenia"], ["Belmora"], "Ardenia and Belmora signed", "2024-03-01")],
    ),
    Spec(
        "herald/fees.html",
        "Harbor Herald",
        "2024-04-10",
        f"Fees {XSS_TEXT} rise",
        HOSTILE,
        ["Belmora", "Harbor Council"],
        [
            (
                "PROTEST",
                ["Dockworkers"],
                ["Harbor Council"],
                "Dockworkers in Belmora protested",
                None,
            )
        ],
        [("harbor fees", 12, "percent", "12 percent")],
        comments=[f"First! {XSS_IMG}"],
    ),
    Spec(
        "ledger/threat.html",
        "Daily Ledger",
        "2024-05-20",
        "Ardenia threatens sanctions",
        THREAT,
        ["Ardenia", "Belmora"],
        [("THREATEN", ["Ardenia"], ["Belmora"], "Ardenia threatened Belmora", "2024-05-20")],
    ),
]


def _article(spec: Spec) -> Article:
    text = spec.text
    ents = [Entity(name, TYPES[name], mentions=_all_spans(text, name)) for name in spec.entities]
    ents[0].aliases.append(name_alias(ents[0].name))
    events = [
        Event(
            type=t,
            mode=None,
            actors=a,
            targets=tg,
            evidence=_sentence(text, ev),
            span=_span(text, _sentence(text, ev)),
            date=d,
            date_precision="day" if d else None,
            modality="asserted",
            source="Talia Voss" if t == "AGREE" else None,
        )
        for t, a, tg, ev, d in spec.events
    ]
    claims = [
        Claim(subject=s, value=v, unit=u, evidence=_sentence(text, ev), span=_span(text, ev))
        for s, v, u, ev in spec.claims
    ]
    return Article(
        source=spec.source,
        index=0,
        text=text,
        title=spec.title,
        outlet=spec.outlet,
        published=spec.published,
        published_basis="metadata",
        url=spec.url,
        comments=[Comment(c, "2024-04-11", "reader") for c in spec.comments],
        entities=ents,
        events=events,
        claims=claims,
    )


def name_alias(name: str) -> str:
    return {"Ardenia": "Republic of Ardenia"}.get(name, name.upper())


def _all_spans(text: str, name: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(name)
    while start >= 0:
        spans.append((start, start + len(name)))
        start = text.find(name, start + 1)
    return spans


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _sentence(text: str, part: str) -> str:
    start = text.index(part)
    stop = text.rfind(". ", 0, start)
    lo = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    hi = text.find(".", start)
    return text[lo : hi + 1]


def add_hostile_page(store: Store) -> str:
    """Store the article whose text and comment carry script and onerror markup."""
    spec = next(s for s in SPECS if XSS_TEXT in s.text)
    raw = RawPage(spec.source, spec.text, "text", content_hash(spec.text))
    return store.add_page(raw, CleanedPage(spec.source, [_article(spec)]), spec.outlet)[0]


def build_kb(path: Path) -> dict[str, object]:
    """Write the fixture KB at `path`; returns the ids the tests refer to."""
    store = Store(path)
    ids = []
    for spec in SPECS:
        article = _article(spec)
        raw = RawPage(spec.source, spec.text, "text", content_hash(spec.text))
        ids += store.add_page(raw, CleanedPage(spec.source, [article]), spec.outlet)
    with store.transaction() as conn:
        _resolve(conn, ids)
    store.close()
    return {
        "articles": ids,
        "accord": ids[0],
        "accuse": ids[1],
        "copy": ids[2],
        "hostile": ids[3],
        "threat": ids[4],
    }


def _resolve(conn, ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    conn.execute(
        "UPDATE articles SET duplicate_of = ?, similarity = 0.93 WHERE id = ?", (ids[0], ids[2])
    )
    conn.execute(
        "INSERT INTO stories (id, label, first_date, last_date, n_articles) VALUES"
        " (1, 'Ardenia Belmora water accord', '2024-03-01', '2024-05-20', 4),"
        " (2, 'Harbor <b>fees</b>', '2024-04-10', '2024-04-10', 1)"
    )
    conn.execute(
        "UPDATE articles SET story_id = 1 WHERE id IN (?, ?, ?, ?)",
        (ids[0], ids[1], ids[2], ids[4]),
    )
    conn.execute("UPDATE articles SET story_id = 2 WHERE id = ?", (ids[3],))
    rows = conn.execute(
        "SELECT id, article_id, type, actors, targets, date, modality, source"
        " FROM event_mentions ORDER BY id"
    ).fetchall()
    by_key: dict[tuple[str, str, str], int] = {}
    for r in rows:
        key = (r["type"], r["actors"], r["targets"])
        if key not in by_key:
            by_key[key] = _new_event(conn, r)
        conn.execute("UPDATE event_mentions SET event_id = ? WHERE id = ?", (by_key[key], r["id"]))
    for event_id in by_key.values():
        _count_event(conn, event_id)
    conn.execute(
        "INSERT INTO claim_groups (id, subject, unit, key, status, n_claims, n_sources)"
        " VALUES (1, 'water released', 'cubic metres', 'water|m3', 'contested', 2, 2),"
        " (2, 'harbor fees', 'percent', 'fees|pct', 'single', 1, 1)"
    )
    conn.execute("UPDATE claims SET group_id = 1 WHERE subject = 'water released'")
    conn.execute("UPDATE claims SET group_id = 2 WHERE subject = 'harbor fees'")


def _new_event(conn, r) -> int:  # type: ignore[no-untyped-def]
    cur = conn.execute(
        "INSERT INTO events (type, actors, targets, date, date_precision, first_article_id,"
        " first_reported, modalities) VALUES (?, ?, ?, ?, ?, ?, ?, '{}')",
        (
            r["type"],
            r["actors"],
            r["targets"],
            r["date"],
            "day" if r["date"] else None,
            r["article_id"],
            r["date"],
        ),
    )
    event_id = int(cur.lastrowid)
    for role, names in (("actor", r["actors"]), ("target", r["targets"])):
        for name in json.loads(names):
            conn.execute(
                "INSERT INTO event_participants (event_id, entity_name, role) VALUES (?, ?, ?)",
                (event_id, name, role),
            )
    return event_id


def _count_event(conn, event_id: int) -> None:  # type: ignore[no-untyped-def]
    mentions = conn.execute(
        "SELECT em.modality, a.duplicate_of FROM event_mentions em JOIN articles a"
        " ON a.id = em.article_id WHERE em.event_id = ?",
        (event_id,),
    ).fetchall()
    modalities: dict[str, int] = {}
    for m in mentions:
        modalities[m["modality"]] = modalities.get(m["modality"], 0) + 1
    independent = sum(1 for m in mentions if not m["duplicate_of"])
    conn.execute(
        "UPDATE events SET n_mentions = ?, independent_sources = ?, modalities = ? WHERE id = ?",
        (len(mentions), independent, json.dumps(modalities), event_id),
    )
