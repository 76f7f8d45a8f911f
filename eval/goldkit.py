"""Builders for facts-only gold files (`eval/*/make_gold.py`): events, claims and entities in
the contract's shape, with `evidence` and `span` left null (scored on facts alone)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
