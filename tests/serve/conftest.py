"""Fixtures: a hand-written knowledge base and the app over it (through the ASGI test client)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    # starlette 1.x warns once, at import, that it prefers httpx2 to httpx; not ours to fix.
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

from kbfixture import build_kb

from newsgraph.serve import create_app

TOKEN = "s3cret-test-token"


@pytest.fixture(scope="session")
def kb(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("serve") / "kb.sqlite"
    ids = build_kb(path)
    return {"path": path, **ids}


@pytest.fixture(scope="session")
def client(kb: dict[str, Any]) -> Iterator[TestClient]:
    with TestClient(create_app(str(kb["path"]), token=TOKEN)) as c:
        yield c


@pytest.fixture
def fresh_kb(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "kb.sqlite"
    return {"path": path, **build_kb(path)}
