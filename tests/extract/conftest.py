"""One Extractor (and one spaCy pipeline) for the whole extract test module."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.extract import Extractor
from newsgraph.model import Article

PUBLISHED = "2025-07-16"  # a Wednesday


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def run(extractor: Extractor) -> Callable[..., Article]:
    """Extract one article written inline: run("text", published=...)."""

    def _run(text: str, published: str | None = PUBLISHED, **fields) -> Article:
        article = Article(source="test", index=0, text=text, published=published, **fields)
        return extractor.extract(article)

    return _run
