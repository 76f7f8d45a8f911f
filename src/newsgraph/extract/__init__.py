"""The extract stage: entities, PLOVER events, claims, modality, attribution and dates.

from newsgraph.extract import Extractor
Extractor().extract(article)  # fills article.entities / .events / .claims / .notes
"""

import sys
import types
from typing import Any

from newsgraph.extract.dates import resolve_date
from newsgraph.extract.extractor import Extractor
from newsgraph.extract.nlp import load_nlp

__all__ = ["Extractor", "load_nlp", "resolve_date"]


class _CallableStage(types.ModuleType):
    """Lets `newsgraph.extract(page)` be the one-page function while this stays the stage package."""

    def __call__(self, page: str | bytes, *, source: str | None = None) -> dict[str, Any]:
        from newsgraph.api import extract

        return extract(page, source=source)


sys.modules[__name__].__class__ = _CallableStage
