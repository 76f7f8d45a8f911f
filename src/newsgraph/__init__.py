"""newsgraph: scraped news pages in, a sourced and deduplicated knowledge base out.

    import newsgraph
    kb = newsgraph.open("kb.sqlite")
    kb.ingest(["pages/"])
    newsgraph.extract("<html>...</html>")  # one page, the JSON contract as a dict

Heavy parts (spaCy, the pipeline) load on first use, so `import newsgraph` stays fast.
`newsgraph.extract` is both the extract stage's package and, being a callable module, the
one-page function (see extract/__init__.py).
"""

from __future__ import annotations

from typing import Any as _Any

from newsgraph.errors import InputError, NewsgraphError, NotFound, StoreError
from newsgraph.model import Article, Claim, Comment, Entity, Event, RawPage

__all__ = [
    "Article",
    "Claim",
    "Comment",
    "Entity",
    "Event",
    "InputError",
    "KnowledgeBase",
    "NewsgraphError",
    "NotFound",
    "RawPage",
    "StoreError",
    "extract",
    "open",
]

__version__ = "0.1.0"

_LAZY = {"KnowledgeBase": "newsgraph.api", "open": "newsgraph.api", "extract": "newsgraph.extract"}


def __getattr__(name: str) -> _Any:
    if name in _LAZY:
        import importlib

        module = importlib.import_module(_LAZY[name])
        return module if name == "extract" else getattr(module, name)
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
