"""The demo corpus and its hand-written gold: complete, well formed, and in the contract's shape."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from newsgraph.model import DATE_PRECISIONS, ENTITY_TYPES, MODALITIES, PLOVER_TYPES

DEMO = Path(__file__).resolve().parents[1] / "demo"
PAGES = sorted(p for p in (DEMO / "pages").iterdir() if p.is_file())
GOLD = DEMO / "gold"

ARTICLE_KEYS = {
    "title",
    "outlet",
    "author",
    "published",
    "published_basis",
    "text",
    "comments",
    "entities",
    "events",
    "claims",
}
EVENT_KEYS = {
    "type",
    "mode",
    "actors",
    "targets",
    "location",
    "date",
    "date_precision",
    "modality",
    "source",
    "evidence",
}
CLAIM_KEYS = {
    "subject",
    "value",
    "upper",
    "unit",
    "approximate",
    "attributed_to",
    "modality",
    "evidence",
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BASES = {"metadata", "text", "comments", "inferred", None}
BOILERPLATE = (
    "Home »",
    "Leave a Comment",
    "Adblock",
    "You may also like",
    "Follow us on Socials",
    "Post Comment",
    "Share this",
    ".png",
    ".jpg",
    "Go to top",
    "cookies",
)


def gold_of(page: Path) -> dict:
    return json.loads((GOLD / f"{page.name}.json").read_text(encoding="utf-8"))


def page_text(page: Path) -> str:
    data = page.read_bytes()
    return (gzip.decompress(data) if page.name.endswith(".gz") else data).decode("utf-8")


def test_corpus_has_the_shapes_the_web_serves() -> None:
    names = [p.name for p in PAGES]
    assert len(names) >= 15
    assert sum(".html" in n for n in names) >= 6
    assert any(n.endswith(".gz") for n in names)
    golds = [gold_of(p) for p in PAGES]
    assert any(len(g["articles"]) > 1 for g in golds)
    assert any(a["comments"] for g in golds for a in g["articles"])


def test_every_page_has_gold_and_every_gold_a_page() -> None:
    gold_names = {
        p.name[: -len(".json")] for p in GOLD.glob("*.json") if not p.name.startswith("_")
    }
    assert gold_names == {p.name for p in PAGES}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_gold_follows_the_contract(page: Path) -> None:
    gold = gold_of(page)
    assert set(gold) >= {"source", "articles"}
    assert gold["articles"]
    for art in gold["articles"]:
        assert set(art) >= ARTICLE_KEYS
        assert art["published"] is None or DATE.match(art["published"])
        assert art["published_basis"] in BASES
        assert (art["published"] is None) == (art["published_basis"] is None)
        for comment in art["comments"]:
            assert comment["posted"] is None or DAY.match(comment["posted"])
            assert comment["text"] and comment["text"] not in art["text"]
        for ent in art["entities"]:
            assert ent["type"] in ENTITY_TYPES
            for start, end in ent.get("mentions", []):
                assert art["text"][start:end] in [ent["name"], *ent["aliases"]]
        for event in art["events"]:
            assert set(event) >= EVENT_KEYS
            assert event["type"] in PLOVER_TYPES
            assert event["modality"] in MODALITIES
            assert event["actors"]
            assert event["date"] is None or DATE.match(event["date"])
            assert event["date_precision"] in (*DATE_PRECISIONS, None)
            assert (event["date"] is None) == (event["date_precision"] is None)
            assert event["evidence"] in art["text"]
        for claim in art["claims"]:
            assert set(claim) >= CLAIM_KEYS
            assert isinstance(claim["value"], int | float)
            assert claim["modality"] in MODALITIES
            assert claim["unit"]
            assert claim["evidence"] in art["text"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_gold_text_is_clean_and_comes_from_the_page(page: Path) -> None:
    raw = page_text(page)
    for art in gold_of(page)["articles"]:
        for needle in BOILERPLATE:
            assert needle not in art["text"]
        for paragraph in art["text"].split("\n\n"):
            if ".html" in page.name:
                paragraph = (
                    paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                )
            assert paragraph in raw


def test_story_and_duplicate_gold_name_real_articles() -> None:
    counts = {p.name: len(gold_of(p)["articles"]) for p in PAGES}
    stories = json.loads((GOLD / "_stories.json").read_text())
    seen = [tuple(ref) for refs in stories.values() for ref in refs]
    assert len(seen) == len(set(seen)) == sum(counts.values())
    for name, index in seen:
        assert index < counts[name]
    for pair in json.loads((GOLD / "_duplicates.json").read_text()):
        assert len(pair) == 2
        for name, index in pair:
            assert index < counts[name]
