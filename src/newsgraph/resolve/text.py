"""Small text helpers shared by the resolve steps (tokens, shingles, hashed terms)."""

from __future__ import annotations

import hashlib
import re

# spaCy's list, not scikit-learn's: importing sklearn for a word list cost ~3 s per process.
from spacy.lang.en.stop_words import STOP_WORDS as SPACY_STOP_WORDS

WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)

# Reporting chrome that says nothing about a story's topic.
EXTRA_STOP_WORDS = frozenset(
    {"said", "says", "told", "according", "reported", "reuters", "ap", "afp", "mr", "ms",
     "year", "years", "week", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "new", "like", "just", "including", "also", "would", "could"}
)  # fmt: skip
STOP_WORDS = frozenset(SPACY_STOP_WORDS) | EXTRA_STOP_WORDS


def words(text: str) -> list[str]:
    """Casefolded word tokens (letters and digits), apostrophes kept inside words."""
    return [w.replace("’", "'") for w in WORD_RE.findall(text.casefold())]


def content_words(text: str) -> list[str]:
    """Words that carry topic: no stop words, no bare numbers, at least two letters."""
    return [w for w in words(text) if len(w) > 1 and w not in STOP_WORDS and not w.isdigit()]


def stable_hash64(text: str) -> int:
    """A signed 64-bit hash that is the same on every run (Python's hash() of str is salted)."""
    return int.from_bytes(
        hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True
    )


def singular(word: str) -> str:
    """A crude singular for matching subjects and units ("shells" ~ "shell")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
