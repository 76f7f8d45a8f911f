"""Every gold fixture page, cleaned end to end, matches its gold exactly.

train_* pages are the ones the line model was fitted on; heldout_* pages were written
afterwards in the same shapes and never used for fitting, so they stand for unseen pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
GOLD_PAGES = sorted(p.name.replace(".gold.json", ".txt") for p in FIXTURES.glob("*.gold.json"))
FIELDS = ("title", "author", "outlet", "published", "published_basis", "language")


@pytest.mark.parametrize("name", GOLD_PAGES)
def test_gold_page_matches(name: str, clean_fixture, load_gold) -> None:
    gold = load_gold(name)["articles"]
    got = clean_fixture(name).articles
    assert len(got) == len(gold), [a.title for a in got]
    for art, want in zip(got, gold, strict=True):
        assert art.text == "\n\n".join(want["paragraphs"])
        for field in FIELDS:
            assert getattr(art, field) == want[field], field
        assert [(c.posted, c.author, c.text) for c in art.comments] == [
            (c["posted"], c.get("author"), c["text"]) for c in want["comments"]
        ]
