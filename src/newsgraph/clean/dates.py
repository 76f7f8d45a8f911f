"""Dates on plain-text pages: date-only lines, comment timestamps, datelines, "Updated ...".

Regexes find where a date is written (dateparser's `search_dates` reads the verb "may"
and bare numbers as dates, see FACTS.md); dateparser then reads what was found, always
with languages=['en'] and all three parts required, so nothing is guessed from today.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import dateparser

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?,?\s+)?"
# Month D, YYYY | D Month YYYY | YYYY-MM-DD | DD/MM/YYYY (or MM/DD) | YYYY/MM/DD
DATE_PATTERN = (
    rf"{_WEEKDAY}(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}/\d{1,2}/\d{1,2})"
)
DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)
TIME_PATTERN = r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4}\b)?"
RELATIVE_RE = re.compile(
    r"\b(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago\b"
    r"|\b(?:just now|yesterday|today)\b"
    r"|(?<![\w.,])\d{1,3}\s?(?:h|hrs?|m|mins?|d|w|wk|mo|y|yr)\b(?:\s+ago\b)?",  # "narva_local · 3h"
    re.IGNORECASE,
)
# Words that may surround a date on a line that is "only a date": "Posted on", "at", "|".
_DATE_FILLER_RE = re.compile(
    r"\b(?:posted|published|updated|last updated|modified|date|on|at|am|pm|a\.m\.|p\.m\.|"
    r"edited|utc|gmt|est|edt|pst|pdt|cet|cest|bst|ist|msk|kst|jst)\b|[|,:·•\-–—()@]",
    re.IGNORECASE,
)
_TIME_RE = re.compile(TIME_PATTERN)
# Lines that say when the article was published or changed: "Updated: March 3, 2025".
META_DATE_RE = re.compile(
    r"^\s*(?:published|posted|updated|last updated|first published|date|dated)\b",
    re.IGNORECASE,
)
# A wire-style dateline opening the first paragraph: "MOSCOW, March 3, 2025 (Reuters) -",
# "VOSTOCHNY COSMODROME, Russia, Sept. 13, 2023 —".
DATELINE_RE = re.compile(
    rf"^[A-Z][A-Za-z .'-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'-]{{1,30}})?,\s*(?P<date>{DATE_PATTERN})"
    r"[^.]{0,40}?\s[-–—]",
    re.IGNORECASE,
)
# Image names that are upload timestamps in epoch milliseconds or seconds: "1737113711357.png".
EPOCH_FILE_RE = re.compile(r"^(?P<epoch>\d{10}|\d{13})\.(?:png|jpe?g|gif|webp)$", re.IGNORECASE)
EARLIEST_PLAUSIBLE_YEAR = 1995  # before this, a 10/13-digit number is not a web upload time

_PARSE_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}


def parse_date(text: str) -> str | None:
    """YYYY-MM-DD for one written date ("July 4, 2024 AT 16:21"), else None."""
    match = DATE_RE.search(text)
    if not match:
        return None
    found = match.group(0)
    try:
        parsed = dateparser.parse(found, languages=["en"], settings=_PARSE_SETTINGS)
    except (ValueError, OverflowError):  # dateparser raises on impossible dates like 31/02
        return None
    return parsed.strftime("%Y-%m-%d") if parsed else None


def is_date_line(line: str) -> bool:
    """True when the line holds a date or timestamp and nothing else but filler words."""
    if len(line) > 80:
        return False
    has_date = bool(DATE_RE.search(line)) or bool(RELATIVE_RE.search(line))
    if not has_date:
        return False
    rest = DATE_RE.sub(" ", line)
    rest = RELATIVE_RE.sub(" ", rest)
    rest = _TIME_RE.sub(" ", rest)
    rest = _DATE_FILLER_RE.sub(" ", rest)
    return not rest.strip()


def has_time(line: str) -> bool:
    """True when a line carries a clock time or a relative age: the mark of a comment stamp."""
    return bool(_TIME_RE.search(line)) or bool(RELATIVE_RE.search(line))


def dateline_date(paragraph: str) -> str | None:
    """The date of a wire dateline that opens a paragraph, if it has one."""
    match = DATELINE_RE.match(paragraph[:160])
    return parse_date(match.group("date")) if match else None


def epoch_file_date(line: str) -> str | None:
    """The day an image named by its epoch upload time was uploaded, if plausible."""
    match = EPOCH_FILE_RE.match(line.strip())
    if not match:
        return None
    value = int(match.group("epoch"))
    seconds = value / 1000 if len(match.group("epoch")) == 13 else value
    when = datetime.fromtimestamp(seconds, tz=UTC)
    latest = datetime.now(tz=UTC) + timedelta(days=2)
    if when.year < EARLIEST_PLAUSIBLE_YEAR or when > latest:
        return None
    return when.strftime("%Y-%m-%d")
