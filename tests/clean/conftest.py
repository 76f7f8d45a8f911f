"""Shared fixtures for the clean stage's tests: fixture pages and their gold."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsgraph.clean import clean_page
from newsgraph.model import CleanedPage, RawPage, content_hash

CLEAN_FIXTURES = Path(__file__).parent / "fixtures"


def _make_page(
    text: str, kind: str = "text", source: str = "inline.txt", url: str | None = None
) -> RawPage:
    return RawPage(source=source, text=text, kind=kind, content_hash=content_hash(text), url=url)  # type: ignore[arg-type]


@pytest.fixture
def make_page() -> Callable[..., RawPage]:
    """Build a RawPage inline, as ingest would hand it over."""
    return _make_page


@pytest.fixture
def clean_text_page() -> Callable[..., CleanedPage]:
    """clean_page over inline plain text."""
    return lambda text, **kw: clean_page(_make_page(text), **kw)


@pytest.fixture
def clean_page_html() -> Callable[..., CleanedPage]:
    """clean_page over inline HTML."""
    return lambda html, **kw: clean_page(_make_page(html, "html", source="inline.html"), **kw)


@pytest.fixture
def clean_fixture() -> Callable[[str], CleanedPage]:
    """clean_page over one file of tests/clean/fixtures (HTML when it ends in .html)."""

    def run(name: str) -> CleanedPage:
        path = CLEAN_FIXTURES / name
        kind = "html" if path.suffix == ".html" else "text"
        return clean_page(_make_page(path.read_text("utf-8"), kind, source=name))

    return run


@pytest.fixture
def load_gold() -> Callable[[str], dict]:
    """The gold of a fixture page (name.gold.json beside name.txt)."""
    return lambda name: json.loads(
        (CLEAN_FIXTURES / name).with_suffix(".gold.json").read_text("utf-8")
    )
