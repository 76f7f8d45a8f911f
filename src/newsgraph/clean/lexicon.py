"""The boilerplate lexicon (data/boilerplate.yaml): phrases that are evidence of page chrome.

A hit is one feature of the line model, never a verdict on its own; see features.py.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

# Characters stripped from both ends of a line before lexicon lookup and site counting:
# bullets, arrows, separators and quotes that decorate chrome without changing it.
_EDGE_CHARS = " \t.:;,!?-–—|•·*#>»«›‹/\\()[]{}\"'“”‘’_=+~"
_SPACE_RE = re.compile(r"\s+")
# Separators between chrome words on one line: "Like · Reply", "Share | Tweet | Email".
_PARTS_RE = re.compile(r"\s*[·•|/]\s*")

# A "contains" phrase only counts in a line of at most this many words: in a long
# paragraph a phrase like "privacy policy" is news, not chrome. Every chrome line of the
# fixtures and seeds has fewer than 25 words.
LEXICON_MAX_WORDS = 30


def normalize_line(line: str) -> str:
    """The key under which a line is looked up and counted across a site's pages.

    Case-folded, NFKC, typographic apostrophes made plain, whitespace collapsed and
    decoration stripped from both ends. The pipeline must build `site_lines` with this.
    """
    text = unicodedata.normalize("NFKC", line).replace("’", "'").replace("‘", "'")
    text = _SPACE_RE.sub(" ", text.casefold())
    return text.strip(_EDGE_CHARS)


@dataclass
class Lexicon:
    """Phrases by category and match kind, as loaded from YAML."""

    exact: dict[str, str] = field(default_factory=dict)  # phrase -> category
    contains: list[tuple[str, str]] = field(default_factory=list)
    prefix: list[tuple[str, str]] = field(default_factory=list)
    no_article: dict[str, list[str]] = field(default_factory=dict)

    def match(self, norm: str, n_words: int) -> tuple[str, str] | None:
        """(kind, category) of the first hit for a normalized line, or None."""
        if norm in self.exact:
            return "exact", self.exact[norm]
        parts = [p.strip(_EDGE_CHARS) for p in _PARTS_RE.split(norm)]
        if len(parts) > 1 and all(p in self.exact for p in parts if p):
            return "exact", self.exact[next(p for p in parts if p)]  # "Like · Reply"
        if n_words > LEXICON_MAX_WORDS:
            return None
        for phrase, category in self.prefix:
            if norm.startswith(phrase):
                return "prefix", category
        for phrase, category in self.contains:
            if phrase in norm:
                return "contains", category
        return None

    def no_article_reason(self, norm: str) -> str | None:
        """The no-article category ('login_wall', 'not_found') a short line signals, if any."""
        for category, phrases in self.no_article.items():
            if any(norm == p or (len(p) > 4 and p in norm) for p in phrases):
                return category
        return None


def _phrases(values: object) -> list[str]:
    """Whole-line phrases, normalized like the lines they are compared with."""
    return [normalize_line(str(v)) or str(v).casefold() for v in values or []]


def _fragments(values: object) -> list[str]:
    """In-line phrases: case-folded and space-collapsed, but their punctuation kept
    ("/ reuters" must not match every line that names Reuters)."""
    return [_SPACE_RE.sub(" ", str(v).casefold()) for v in values or []]


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read a boilerplate lexicon; the packaged one when no path is given."""
    if path is None:
        text = resources.files("newsgraph").joinpath("data", "boilerplate.yaml").read_text("utf-8")
    else:
        text = path.read_text("utf-8")
    raw = yaml.safe_load(text) or {}
    lex = Lexicon()
    for category, kinds in raw.items():
        if category == "no_article":
            lex.no_article = {k: [p.casefold() for p in v] for k, v in kinds.items()}
            continue
        for phrase in _phrases(kinds.get("exact")):
            lex.exact.setdefault(phrase, category)
        # prefixes keep their trailing colon or space: "tags:" must not match "tagsmith"
        lex.prefix += [(str(p).casefold(), category) for p in kinds.get("prefix") or []]
        lex.contains += [(p, category) for p in _fragments(kinds.get("contains"))]
    return lex


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once."""
    return load_lexicon()
