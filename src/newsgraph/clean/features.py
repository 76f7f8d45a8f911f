"""Per-line features for the boilerplate classifier.

Each non-empty line of a page becomes a fixed vector of named features (FEATURE_NAMES):
shape (length, punctuation, capitalisation), lexicon hits, structural shapes (breadcrumb,
tag list, file name, date-only, counters), position on the page and repetition within the
page and across the site. model.py turns the vector into a boilerplate probability.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from newsgraph.clean.dates import is_date_line
from newsgraph.clean.lexicon import Lexicon, default_lexicon, normalize_line

FEATURE_NAMES = (
    "lex_exact",  # the whole line is a lexicon phrase ("Back", "Leave a Comment")
    "lex_prefix",  # starts with a lexicon prefix ("Tags:", "Photo:")
    "lex_contains",  # holds a lexicon phrase and is short ("... uses Akismet to reduce spam")
    "crumb",  # breadcrumb / link-trail shape: "Home » World » Asia"
    "tag_list",  # "#a #b", "A, B, C, D" with no sentence, or several ALL-CAPS words
    "file_name",  # an image or document file name: "1737113711357.png"
    "date_only",  # nothing but a date or timestamp
    "counter",  # "0 Comments", "12 Responses", "5 min read", "1.2K views"
    "url",  # a bare URL or e-mail address
    "words",  # log-scaled word count, 0 (one word) .. 1 (50+ words)
    "short",  # three words or fewer
    "terminal",  # ends like a sentence (. ! ? … or a closing quote after one)
    "cap_ratio",  # share of words that start with a capital
    "stop_ratio",  # share of English function words (sentences ~0.4, chrome ~0)
    "edge",  # within EDGE_LINES lines of the top or bottom of the page
    "rel_pos",  # relative position on the page, 0 top .. 1 bottom
    "page_repeat",  # the same line occurs elsewhere on this page
    "site_repeat",  # seen on other pages of the same site (site_lines), log-scaled
    "prev_body",  # the line before reads like body prose (sub-headings sit between prose)
    "next_body",  # the line after reads like body prose (a heading introduces it)
)

# Lines this close to the top or bottom of a page carry the `edge` feature. Chrome sits in
# the first/last few lines of every seed shape (breadcrumbs, footers, comment forms).
EDGE_LINES = 3
# A line seen on this many other pages of the site saturates `site_repeat` at 1.0; a
# footer repeated on every page of a 20-page crawl is as sure as it gets.
SITE_SATURATION = 20
WORDS_SATURATION = 50
# "Reads like body prose": at least this many words and a sentence ending, or this many
# words and a normal share of function words. Chrome lines of the fixtures stay under both.
PROSE_MIN_WORDS = 10
PROSE_MIN_STOP_RATIO = 0.25

# A trail: one » › → separator, or two / | > separators with spaces around them (so URLs
# and dates such as 2019/11/18 are not trails).
CRUMB_RE = re.compile(r"\S\s*[»›→]\s*\S|\S\s[/|>]\s\S.*\s[/|>]\s\S")
HASHTAG_RE = re.compile(r"(?:^|\s)#\w+")
FILE_RE = re.compile(
    r"^\S+\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|pdf|mp4|mp3|docx?)$", re.IGNORECASE
)
COUNT_RE = re.compile(
    r"^\d+(?:[.,]\d+)?\s*[km]?\s+(?:comments?|responses?|replies|reply|views?|shares?|likes?|"
    r"reactions?|min(?:ute)?s?\s+read)$",
    re.IGNORECASE,
)
URL_RE = re.compile(r"^(?:https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.IGNORECASE)
TERMINAL_RE = re.compile(r"[.!?…。！？][\"'”’)\]」』]*$")
# Han, kana and Hangul: scripts written without spaces, where a "word" is ~2 characters.
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
CJK_CHARS_PER_WORD = 2
WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# English function words: their share tells a sentence (~0.4) from a label or a name (~0).
STOPWORDS = frozenset((
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or",
    "but", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "this",
    "these", "those", "it", "its", "as", "not", "will", "would", "can", "could", "may", "might",
    "should", "their", "his", "her", "they", "he", "she", "we", "which", "who", "than", "into",
    "about", "after", "over", "also", "more", "said",
))  # fmt: skip


def word_count(text: str) -> int:
    """Words in a text, counting unspaced CJK script at CJK_CHARS_PER_WORD characters a word."""
    cjk = len(CJK_RE.findall(text))
    rest = WORD_RE.findall(CJK_RE.sub(" ", text)) if cjk else WORD_RE.findall(text)
    return len(rest) + cjk // CJK_CHARS_PER_WORD


@dataclass
class Line:
    """One non-empty line of a page and where it sits."""

    text: str
    index: int  # position among the page's non-empty lines
    norm: str = ""
    words: list[str] = field(default_factory=list)
    blank_before: bool = True
    size: int = 0  # word_count(text): len(words) except in CJK script

    def __post_init__(self) -> None:
        self.norm = self.norm or normalize_line(self.text)
        self.words = self.words or WORD_RE.findall(self.text)
        self.size = self.size or word_count(self.text)


def _is_tag_list(line: Line) -> bool:
    text = line.text
    if len(HASHTAG_RE.findall(text)) >= 2:
        return True
    items = [i.strip() for i in re.split(r"[,;|]", text) if i.strip()]
    if len(items) >= 3 and all(len(i.split()) <= 4 for i in items) and not TERMINAL_RE.search(text):
        return True
    caps = [w for w in line.words if len(w) > 1 and w.isupper()]
    return len(caps) >= 3 and len(caps) == len(line.words)


def shape_features(line: Line, lexicon: Lexicon) -> dict[str, float]:
    """The features that depend on the line alone."""
    n = line.size
    hit = lexicon.match(line.norm, n)
    kind = hit[0] if hit else ""
    caps = sum(1 for w in line.words if w[:1].isupper())
    stops = sum(1 for w in line.words if w.casefold() in STOPWORDS)
    text = line.text.strip()
    return {
        "lex_exact": float(kind == "exact"),
        "lex_prefix": float(kind == "prefix"),
        "lex_contains": float(kind == "contains"),
        "crumb": float(bool(CRUMB_RE.search(text)) and n <= 25 and not TERMINAL_RE.search(text)),
        "tag_list": float(_is_tag_list(line)),
        "file_name": float(bool(FILE_RE.match(text))),
        "date_only": float(is_date_line(text)),
        "counter": float(bool(COUNT_RE.match(line.norm))),
        "url": float(bool(URL_RE.match(text))),
        "words": min(1.0, math.log1p(max(0, n - 1)) / math.log(WORDS_SATURATION)),
        "short": float(n <= 3),
        "terminal": float(bool(TERMINAL_RE.search(text))),
        "cap_ratio": caps / n if n else 0.0,
        "stop_ratio": stops / n if n else 0.0,
    }


def is_prose(feats: dict[str, float], n_words: int) -> bool:
    """True for a line that reads like a sentence of body text."""
    if n_words < PROSE_MIN_WORDS or feats["lex_contains"] or feats["lex_prefix"]:
        return False
    return bool(feats["terminal"]) or feats["stop_ratio"] >= PROSE_MIN_STOP_RATIO


def page_features(
    lines: list[Line], site_lines: Counter[str] | None = None
) -> list[dict[str, float]]:
    """Feature dicts for every line of one page, in order."""
    lexicon = default_lexicon()
    counts = Counter(line.norm for line in lines)
    total = len(lines)
    out = []
    for line in lines:
        feats = shape_features(line, lexicon)
        from_edge = min(line.index, total - 1 - line.index)
        feats["edge"] = float(from_edge < EDGE_LINES)
        feats["rel_pos"] = line.index / (total - 1) if total > 1 else 0.0
        feats["page_repeat"] = float(counts[line.norm] > 1 and len(line.words) > 0)
        seen = site_lines.get(line.norm, 0) if site_lines else 0
        feats["site_repeat"] = min(1.0, math.log1p(seen) / math.log1p(SITE_SATURATION))
        out.append(feats)
    prose = [is_prose(f, line.size) for f, line in zip(out, lines, strict=True)]
    for i, feats in enumerate(out):
        feats["prev_body"] = float(i > 0 and prose[i - 1])
        feats["next_body"] = float(i + 1 < total and prose[i + 1])
    return out


def lexicon_category(line: Line) -> str | None:
    """The lexicon category a line hits, for the reason shown to users."""
    hit = default_lexicon().match(line.norm, len(line.words))
    return hit[1] if hit else None
