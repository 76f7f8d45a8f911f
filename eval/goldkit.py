"""Builders for facts-only gold files (`eval/*/make_gold.py`): events, claims and entities in
the contract's shape, with `evidence` and `span` left null (scored on facts alone)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any, Callable

PRECISION = {10: "day", 7: "month", 4: "year"}


def ev(type_, mode, actors, targets, modality="asserted", source=None, date=None, location=None):
    """One event; the date's precision follows its length (YYYY-MM-DD, YYYY-MM, YYYY)."""
    return {
        "type": type_,
        "mode": mode,
        "actors": actors,
        "targets": targets,
        "location": location,
        "date": date,
        "date_precision": PRECISION.get(len(date)) if date else None,
        "date_text": None,
        "modality": modality,
        "source": source,
        "evidence": None,
        "span": None,
    }


def cl(
    value, unit, subject, modality="asserted", attributed_to=None, approximate=False, upper=None
) -> dict[str, Any]:
    """One quantity claim."""
    return {
        "subject": subject,
        "value": value,
        "upper": upper,
        "unit": unit,
        "approximate": approximate,
        "attributed_to": attributed_to,
        "modality": modality,
        "evidence": None,
        "span": None,
    }


def ent(name, type_, *aliases) -> dict[str, Any]:
    """One canonical entity with the surface forms the page uses for it."""
    return {"id": None, "name": name, "type": type_, "aliases": list(aliases), "mentions": []}


def write_gold(
    here: Path,
    pages: dict[str, dict[str, Any] | list[dict[str, Any]]],
    *,
    ensure_ascii: bool = True,
) -> None:
    """Write `<here>/gold/<page>.json` for every page: one facts-only article each, or one per
    story for a page given as a list of stories."""
    for name, page in pages.items():
        assert (here / "pages" / name).exists(), name
        articles = [_article(story) for story in (page if isinstance(page, list) else [page])]
        out = here / "gold" / f"{name}.json"
        out.parent.mkdir(exist_ok=True)
        body = json.dumps(
            {"source": name, "articles": articles}, indent=2, ensure_ascii=ensure_ascii
        )
        out.write_text(body + "\n", encoding="utf-8")


def _article(page: dict[str, Any]) -> dict[str, Any]:
    """One facts-only article in the contract's shape."""
    return {
        "id": None,
        "title": page["title"],
        "outlet": None,
        "author": None,
        "published": page["published"],
        "published_basis": "text",
        "language": "en",
        "text": None,
        "comments": [],
        "entities": page["entities"],
        "events": page["events"],
        "claims": page["claims"],
        "notes": page.get("notes", []),
    }


def page_text(here: Path, name: str) -> str:
    """A page as a reader sees it (tags dropped, HTML entities decoded)."""
    raw = (here / "pages" / name).read_text(encoding="utf-8")
    if name.endswith(".html"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def between(text: str, start: str, end: str, *, once: bool = True) -> str:
    """The text from a start marker (which must occur `once`, if asked) to an end marker."""
    assert text.count(start) == 1 if once else start in text, start
    assert end in text, end
    return text[text.index(start) : text.index(end)]


# --------------------------------------------------------------------------- self-checks
# What every hand-written gold story must satisfy before it is written: the contract's
# vocabularies, and the annotation guide's rules (docs/annotation.md).
TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                   "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                   "COERCE", "ASSAULT"})  # fmt: skip
MODALITIES = frozenset(
    {"asserted", "reported", "estimated", "speculated", "planned", "denied", "opinion"}
)
ENTITY_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "LAW", "OTHER"}
)
# Two-way acts, where an actor may stand among the targets too ("Kim and Putin met", "the two
# sides eased restrictions on each other").
TWO_WAY = frozenset({"CONSULT", "AGREE", "COOPERATE", "RETREAT", "CONCEDE"})


def check_story(
    name: str,
    page: dict[str, Any],
    body: str,
    *,
    money: set[str],
    page_text: str | None = None,
    unnamed: set[str] = frozenset(),
    kept_targetless: set[tuple] = frozenset(),
    sizes: dict[str, tuple[int, int]] | None = None,
    words: tuple[int, int] | None = None,
) -> None:
    """Assert one hand-written story is well formed: every actor, target and location is a
    listed entity (or alias); every source is an entity or an unnamed source the text gives; no
    alias repeats; every alias occurs on the page and every entity in the story's own body;
    types, modalities and entity types come from the contract; denied goes only with REJECT;
    reported and speculated events and reported or estimated claims have a source; ranges have
    upper > value; shares lie in (0, 1]; past acts do not follow publication and planned ones do
    not precede it; no targetless event stands beside a targeted one of the same type and actors
    (unless `kept_targetless` lists it as another act); no event is listed twice; size bounds."""
    text = body if page_text is None else page_text
    names = {e["name"] for e in page["entities"]}
    surface = names | {a for e in page["entities"] for a in e["aliases"]}
    _check_entities(name, page, body, text, names, surface)
    _check_events(name, page, names, surface, names | unnamed, kept_targetless)
    _check_claims(name, page, money, names | unnamed)
    for kind, (low, high) in (sizes or {}).items():
        assert low <= len(page[kind]) <= high, (name, kind, len(page[kind]))
    if words is not None:
        assert words[0] <= len(body.split()) <= words[1], (name, len(body.split()))


def _check_entities(
    name: str, page: dict[str, Any], body: str, text: str, names: set[str], surface: set[str]
) -> None:
    assert len(names) == len(page["entities"]), f"{name}: duplicate entity"
    assert len(surface) == len(names) + sum(len(e["aliases"]) for e in page["entities"]), (
        f"{name}: an alias repeats a name or another alias"
    )
    for e in page["entities"]:
        assert e["type"] in ENTITY_TYPES, (name, e)
        for alias in e["aliases"]:
            assert alias in text, f"{name}: alias {alias!r} is not on the page"
        assert any(s in body for s in [e["name"], *e["aliases"]]), (
            f"{name}: {e['name']} not in body"
        )


def _check_events(
    name: str,
    page: dict[str, Any],
    names: set[str],
    surface: set[str],
    sources: set[str],
    kept: set[tuple],
) -> None:
    """`surface`: every entity name and alias; `sources`: the names and unnamed sources."""
    targeted = {(e["type"], tuple(e["actors"])) for e in page["events"] if e["targets"]}
    seen = set()
    for e in page["events"]:
        assert e["type"] in TYPES, (name, e)
        assert e["modality"] in MODALITIES, (name, e)
        assert isinstance(e["mode"], str) and e["mode"], (name, e)
        for who in e["actors"] + e["targets"]:
            assert who in names, f"{name}: {who} is not an entity"
        if e["modality"] == "denied":
            assert e["type"] == "REJECT", (name, e)
        if e["modality"] in ("reported", "speculated"):
            assert e["source"], f"{name}: {e['modality']} event without a source {e}"
        if e["source"]:
            assert e["source"] in sources, f"{name}: source {e['source']}"
        if e["location"]:
            assert e["location"] in surface, f"{name}: location {e['location']}"
        if e["date"] and e["modality"] not in ("planned", "speculated"):
            assert e["date"] <= page["published"], f"{name}: past act after publication {e}"
        # a planned act is dated when it is due; a threat is dated when it was made
        if e["date"] and e["modality"] == "planned" and e["type"] != "THREATEN":
            assert e["date"] >= page["published"][: len(e["date"])], f"{name}: plan in the past {e}"
        # only an attack, a protest or an abduction may have doers nobody names
        assert e["actors"] or e["type"] in ("ASSAULT", "PROTEST", "COERCE"), (name, "no actor", e)
        if not e["targets"] and e["actors"] and (e["type"], tuple(e["actors"])) in targeted:
            assert (name, e["type"], tuple(e["actors"])) in kept, (name, e)
        assert not set(e["actors"]) & set(e["targets"]) or e["type"] in TWO_WAY, (name, e)
        key = tuple(  # two arrests told apart by their mode or place are two events
            tuple(e[k]) if isinstance(e[k], list) else e[k]
            for k in ("type", "mode", "actors", "targets", "modality", "source", "date", "location")
        )
        assert key not in seen, (name, "event listed twice", e)
        seen.add(key)


def _check_claims(name: str, page: dict[str, Any], money: set[str], sources: set[str]) -> None:
    for c in page["claims"]:
        assert c["modality"] in MODALITIES, (name, c)
        assert c["upper"] is None or c["upper"] > c["value"], (name, c)
        if c["modality"] in ("reported", "estimated"):
            assert c["attributed_to"], f"{name}: {c['modality']} claim without a source {c}"
        if c["attributed_to"]:
            assert c["attributed_to"] in sources, (name, c)
        if c["unit"] == "share":
            assert 0 < c["value"] <= 1, (name, c)
        # units: "share", an ISO currency code, or the counted noun as written
        assert c["unit"] in money or c["unit"] == "share" or not c["unit"].isupper(), (name, c)
        assert c["unit"] and not c["unit"][0].isdigit(), (name, c)


def check_and_write_stories(
    here: Path,
    pages: dict[str, dict[str, Any]],
    multi: dict[str, list[dict[str, Any]]],
    bodies: dict[str, list[tuple[str, str]]],
    body_of: Callable[[str, str, str], str],
    check: Callable[..., None],
) -> None:
    """Check every story of a set's pages, write their gold and print their counts. A page in
    `pages` is one story; one in `multi` holds several, separated by a line "---", with the page
    footer after the last. `bodies` gives each story's start and end markers for `body_of`; the
    first story of a page is its main one (`check(..., main=True)`)."""
    for name, page in pages.items():
        raw = (here / "pages" / name).read_text(encoding="utf-8")
        assert page["title"] in html.unescape(raw), (name, page["title"])
        check(name, page, body_of(raw, *bodies[name][0]))
    for name, articles in multi.items():
        raw = (here / "pages" / name).read_text(encoding="utf-8")
        parts = raw.split("\n---\n")
        assert len(parts) == len(articles) + 1, (name, len(parts))
        for i, page in enumerate(articles):
            assert page["title"] in parts[i], (name, page["title"])
            check(name, page, body_of(raw, *bodies[name][i]), main=i == 0)
    write_gold(here, pages)
    write_gold(here, multi)  # one article per story
    stories = list(pages.items())
    stories += [(f"{n} [article {i}]", p) for n, arts in multi.items() for i, p in enumerate(arts)]
    for label, page in stories:
        counts = (len(page["events"]), len(page["claims"]), len(page["entities"]))
        print(f"{label}: {counts[0]} events, {counts[1]} claims, {counts[2]} entities")
    totals = [sum(len(p[k]) for _, p in stories) for k in ("events", "claims", "entities")]
    print(f"total: {totals[0]} events, {totals[1]} claims, {totals[2]} entities")
