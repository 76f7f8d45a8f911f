"""The public API: `__all__` is sorted and complete, and every name in it resolves."""

from __future__ import annotations

import newsgraph


def test_all_is_sorted_and_resolves() -> None:
    assert newsgraph.__all__ == sorted(newsgraph.__all__)
    for name in newsgraph.__all__:
        assert getattr(newsgraph, name) is not None


def test_public_names_are_all_listed() -> None:
    public = {n for n in dir(newsgraph) if not n.startswith("_")}
    modules = {
        "api",
        "errors",
        "model",
        "extract",
        "store",
        "ingest",
        "clean",
        "resolve",
        "pipeline",
        "serve",
        "render",
        "evaluate",
        "bench",
        "cli",
    }
    assert public - modules - {"annotations"} <= set(newsgraph.__all__)


def test_extract_is_both_the_stage_and_the_function() -> None:
    from newsgraph.extract import Extractor

    assert callable(newsgraph.extract)
    assert Extractor is newsgraph.extract.Extractor
