"""A story's head: headline, byline, outlet and printed dates.

On a plain-text page the head is what comes before the first paragraph of prose: page
chrome, maybe a breadcrumb whose last crumb is the headline, the headline (often printed
twice), a byline ("By Marta Kalnina", or a lone "by" whose name was a link), a date line
("Published: April 14, 2025", "Posted on September 3, 2025 by Rosa Dizon").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsgraph.clean.dates import META_DATE_RE, dateline_date, is_date_line, parse_date
from newsgraph.clean.features import CRUMB_RE, TERMINAL_RE, Line

BYLINE_RE = re.compile(
    r"^(?:by|written by|posted by|words by|author|authors|reporting by)\b\s*:?\s*(?P<name>.*)$",
    re.IGNORECASE,
)
# A byline naming a desk or a role, not a person: "By NordPost foreign desk", "By staff".
DESK_RE = re.compile(
    r"\b(?:desk|correspondent|staff|reporters?|editors?|newsroom|bureau|team)\b", re.IGNORECASE
)
POSTED_BY_RE = re.compile(
    r"^(?:posted|published)?\s*(?:on)?\s*(?P<date>.+?)\s+by\s+(?P<name>[^|,]+)$", re.IGNORECASE
)
# "© 2025 Nordic Wire. All rights reserved." / "Copyright 2025 Nordic Wire" / "Source: X"
OUTLET_RE = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[^.|,]+?)"
    r"(?:\.|,|\||\s+all rights reserved|$)|^source\s*:\s*(?P<name2>[^.|,]{2,60})$",
    re.IGNORECASE,
)
# Where a byline says its reporters filed from: "By Min-ji Kwon in Seoul".
BYLINE_PLACE_RE = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
NAME_TOKEN_RE = re.compile(r"^[A-Z][\w'’.-]*$|^(?:and|de|van|von|da|del|la|bin|al)$")
# A headline has at most this many words; longer unpunctuated lines are prose fragments.
HEADLINE_MAX_WORDS = 25
# Two headings are the same headline at this rapidfuzz ratio (case-folded); a headline
# printed twice with its case changed scores 100, distinct sub-headings of the fixtures
# at most 44.
SAME_TITLE_RATIO = 90
# An outlet name on a page's first line has two to this many words; one word ("Opinion",
# "World") is a section label more often than a masthead.
MASTHEAD_MAX_WORDS = 5
MASTHEAD_MAX_CAPS_WORDS = 3
CRUMB_SPLIT_RE = re.compile(r"\s*[»›→]\s*|\s[/|>]\s")


@dataclass
class Head:
    """What the head block of one story says about it."""

    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None


def person_name(text: str) -> str | None:
    """The name in a byline remainder ("Marta Kalnina", "Ana Ruiz and Li Wei"), or None."""
    text = re.split(r"\s*[|,•·]\s*|\s+[-–—]\s+", text.strip())[0].strip(" .:")
    text = BYLINE_PLACE_RE.sub("", text)  # "Rosa Quispe and Julian Vargas in Lima"
    tokens = text.split()
    if not 1 <= len(tokens) <= 6 or not all(NAME_TOKEN_RE.match(t) for t in tokens):
        return None
    return text


def byline(text: str) -> tuple[bool, str | None, str | None]:
    """(is a byline, author, date) for one line."""
    text = text.strip()
    match = POSTED_BY_RE.match(text)
    if match and is_date_line(match.group("date")):
        return True, person_name(match.group("name")), parse_date(match.group("date"))
    match = BYLINE_RE.match(text)
    if not match:
        return False, None, None
    rest = match.group("name")
    name = person_name(rest) if rest else None
    desk = bool(rest) and DESK_RE.search(rest) is not None  # "By our Sahel correspondent"
    return (name is not None or not rest or desk), name, None


def byline_outlet(text: str) -> str | None:
    """The outlet a byline names after its author: "By Mei Lin | Metals Weekly"."""
    match = BYLINE_RE.match(text.strip())
    parts = re.split(r"\s*\|\s*|\s+[-–—]\s+|,\s*(?:for\s+)?", match.group("name")) if match else []
    if len(parts) < 2:
        return None
    outlet = parts[-1].strip(" .")
    return outlet if person_name(outlet) and outlet != parts[0].strip() else None


def outlet_line(text: str) -> str | None:
    """The outlet a copyright or source line names."""
    match = OUTLET_RE.match(text.strip())
    if not match:
        return None
    name = (match.group("name") or match.group("name2") or "").strip(" .-")
    has_letters = any(ch.isalpha() for ch in name)
    return name if has_letters and 1 <= len(name.split()) <= 6 else None


def masthead(text: str) -> str | None:
    """The outlet a page's first line names ("The Evening Ledger", "HARBOUR TIMES | June 20,
    2024 | World" -> "Harbour Times", "Northbound News — Asia" -> "Northbound News")."""
    first = re.split(r"\s+[|—–-]\s+", text.strip())[0].strip()
    tokens = first.split()
    if not 2 <= len(tokens) <= MASTHEAD_MAX_WORDS or not all(t[:1].isupper() for t in tokens):
        return None
    if first.isupper():  # "HARBOUR TIMES"; four or more capitalised words are a tag line
        return first.title() if len(tokens) <= MASTHEAD_MAX_CAPS_WORDS else None
    return first


def is_heading(line: Line) -> bool:
    """A short line without sentence punctuation: a headline or sub-heading."""
    text = line.text.strip()
    n = line.size
    return 0 < n <= HEADLINE_MAX_WORDS and not TERMINAL_RE.search(text) and not is_date_line(text)


def crumb_title(line: Line) -> str | None:
    """The last crumb of a breadcrumb trail, when it is long enough to be a headline."""
    if not CRUMB_RE.search(line.text):
        return None
    last = CRUMB_SPLIT_RE.split(line.text.strip())[-1].strip()
    return last if len(last.split()) >= 3 else None


def same_title(a: str, b: str) -> bool:
    """True when two lines print the same headline (case and spacing aside)."""
    return fuzz.ratio(a.casefold(), b.casefold()) >= SAME_TITLE_RATIO


def date_line(text: str) -> str | None:
    """The date a head line states ("Published: April 14, 2025", "3 March 2025"), also as
    one part of a masthead line ("HARBOUR TIMES | Thursday, June 20, 2024 | World", "The
    Lakes Monitor · Monday 17 March 2025 · Updated 21:10")."""
    for part in re.split(r"\s+[|·•]\s+", text.strip()):
        if META_DATE_RE.match(part) or is_date_line(part):
            return parse_date(part)
    return None


def first_paragraph_date(text: str) -> str | None:
    """A wire dateline's date at the start of the first paragraph."""
    return dateline_date(text)
