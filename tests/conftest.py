"""Shared fixtures: small pages written by us, and one extractor per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

WIRE_STORY = """Moscow and Pyongyang sign defence pact

PYONGYANG, June 19, 2024 — Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday, pledging mutual assistance if either country is attacked.

The agreement was signed after hours of talks at the Kumsusan guest house, according to the Korean Central News Agency.

South Korea's foreign ministry said it was deeply concerned by the pact and summoned the Russian ambassador in Seoul.
"""

SECOND_STORY = """Seoul estimates thousands of troops sent

SEOUL, October 18, 2024 — South Korea's National Intelligence Service said North Korea had sent about 1,500 special forces soldiers to Russia, and that the total could reach 12,000.

The agency said the troops travelled by Russian navy ships from Chongjin to Vladivostok last week.
"""


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from newsgraph.api import shared_extractor

    return shared_extractor()


@pytest.fixture
def pages_dir(tmp_path: Path) -> Path:
    """A folder with two good pages and two bad ones."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "treaty.txt").write_text(WIRE_STORY)
    (folder / "troops.txt").write_text(SECOND_STORY)
    (folder / "empty.txt").write_text("")
    (folder / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    return folder
