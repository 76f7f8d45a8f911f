"""Fixtures for resolve tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from resolve_helpers import KB


@pytest.fixture
def kb(tmp_path: Path) -> KB:
    return KB(tmp_path)
