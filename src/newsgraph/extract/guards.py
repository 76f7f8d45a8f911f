"""Limits that keep bad input from crashing or stalling extraction, each said in a note.

Non-English articles are skipped; very long texts are cut; shouted (all-caps) paragraphs
are re-cased for NER with the same length so offsets still point into the article text;
sentences longer than MAX_SENTENCE_TOKENS and number-dense table rows are not mined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Characters of one article that are parsed; beyond this the text is cut, with a note.
# 100k characters is ~15k words, longer than any news story; the parser is linear but a
# single huge page should not hold up a batch.
MAX_ARTICLE_CHARS = 100_000
# Sentences longer than this (tokens) are not mined for events and claims: they are almost
# always run-together lists, tables or boilerplate, and walking them costs time for noise.
MAX_SENTENCE_TOKENS = 150
# A sentence with more number phrases than this is a flattened table: no claims from it.
MAX_NUMBERS_PER_SENTENCE = 8
# A paragraph whose letters are upper-case beyond this share (and has enough of them) is re-cased.
CAPS_SHARE = 0.8
MIN_CAPS_LETTERS = 20
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_SENT_START = re.compile(r"(^|[.!?]\s+|\n)([a-z])")


def caps_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


class Recaser:
    """Lower-cases shouted paragraphs and restores the capitals of known names."""

    def __init__(self, proper_forms: Iterable[str]) -> None:
        self.proper: dict[str, str] = {}
        for form in proper_forms:
            for word in _WORD.findall(form):
                if (word[:1].isupper() and not word.isupper()) or (
                    word.isupper() and len(word) > 1
                ):
                    self.proper.setdefault(word.lower(), word)

    def recase(self, text: str) -> tuple[str, int]:
        """The text with shouted paragraphs re-cased (same length), and how many were."""
        parts = re.split(r"(\n\n)", text)
        count = 0
        for i, part in enumerate(parts):
            letters = sum(c.isalpha() for c in part)
            if letters >= MIN_CAPS_LETTERS and caps_share(part) > CAPS_SHARE:
                parts[i] = self._recase_one(part)
                count += 1
        return "".join(parts), count

    def _recase_one(self, text: str) -> str:
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        restored = _WORD.sub(lambda m: self._proper(m.group(0)), lowered)
        return _SENT_START.sub(lambda m: m.group(1) + m.group(2).upper(), restored)

    def _proper(self, word: str) -> str:
        form = self.proper.get(word)
        return form if form is not None and len(form) == len(word) else word
