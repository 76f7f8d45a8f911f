"""Resolve a date expression against the publication date, in the direction the tense says.

Handled here, before dateparser is ever asked: absolute dates as written ("June 19, 2024",
"June 2024", "2023", "the first half of 2025"), relative ones ("yesterday", "last month",
"since last November", "this week", "three days ago", "in two weeks", "earlier this year")
and weekdays ("on Tuesday": the past one for past tense, the coming one for future tense —
dateparser would pick the past one, and misses "since last November" entirely). Week
expressions resolve to their month (precision never claims more than the text says).
Anything relative with no publication date resolves to None: a date is never invented.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

Resolved = tuple[str | None, str | None]
Relative = tuple[date, str, str]  # the date, its precision, the granularity of the shift
_RANK = {"year": 0, "month": 1, "day": 2}
NONE: Resolved = (None, None)
# Longest text resolve_date will look at; date phrases are short, longer input is not a date.
MAX_DATE_TEXT = 80
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS |= {"sept": 9}
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS |= {name.lower(): i for i, name in enumerate(calendar.day_abbr)}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "a couple of": 2, "a few": 3, "several": 3}  # fmt: skip
_LEADING = re.compile(
    r"^(?:on|in|since|by|until|till|from|during|at|as of|before|after|of|for|through|"
    r"throughout|starting|beginning|around|about|the|early|earlier|late|later|mid|middle of|"
    r"end of|the end of|beginning of|start of|first half of|second half of|half of|"
    r"first|second|third|fourth|quarter of|the start of)[\s-]+"
)
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH_RE})\.?,?\s+(\d{{4}})\b")
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?,?\s+(?:of\s+)?(\d{{4}})\b")
_MONTH_DAY = re.compile(
    rf"^(?:(last|next|this|past|coming)\s+)?({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORD}$"
)
_DAY_MONTH = re.compile(rf"^(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH_RE})$")
_MONTH_ONLY = re.compile(rf"^(?:(last|next|this|past|coming|previous)\s+)?({_MONTH_RE})$")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_DECADE = re.compile(r"\b\d{3}0'?s\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAY = re.compile(
    rf"^(?:(last|next|this|coming|past|previous)\s+)?({_WEEKDAY_RE})\.?(?:\s+(?:morning|afternoon|evening|night))?$"
)
_UNIT_SHIFT = re.compile(
    r"^(this|last|next|past|previous|coming|current)\s+(week|weekend|month|year|decade)$"
)
_AGO = re.compile(r"^(\d+|[a-z]+(?: [a-z]+)?)\s+(day|week|month|year)s?\s+(ago|earlier|before)$")
_IN = re.compile(
    r"^(?:in|within)\s+(\d+|[a-z]+(?: [a-z]+)?)\s+(day|week|month|year)s?(?:'? time)?$"
)
_SEASON = re.compile(
    r"^(?:(last|next|this|coming|past)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(\d{4}))?$"
)
_TODAY = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
          "earlier today": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
          "the day before yesterday": -2, "the day after tomorrow": 2, "now": None}  # fmt: skip


def parse_published(published: str | None) -> tuple[date, str] | None:
    """The publication date as (date, precision); None when absent or malformed."""
    if not published:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published.strip()[:10])
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        return date(
            int(year), int(month or 1), int(day or 1)
        ), "day" if day else "month" if month else "year"
    except ValueError:
        return None


def _fmt(day: date, precision: str, anchor_precision: str = "day") -> Resolved:
    """ISO text for `day` at the coarser of its own precision and the anchor's."""
    order = ("year", "month", "day")
    precision = min(precision, anchor_precision, key=order.index)
    text = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]
    return text, precision


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _normalise(text: str, *, strip_leading: bool = True) -> str:
    text = text.casefold().replace("\u2011", "-").replace("\u2013", "-")
    text = re.sub(r"[\s\u00a0]+", " ", text).strip(" .,;:()[]\"'")
    for _ in range(4 if strip_leading else 0):
        stripped = _LEADING.sub("", text)
        if stripped == text:
            break
        text = stripped
    return text.strip()


def _absolute(text: str) -> Resolved | None:
    """Dates that carry their own year."""
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        match = pattern.search(text)
        if match:
            day_s, month_s, year_s = (
                (match.group(1), match.group(2), match.group(3))
                if order == "dmy"
                else (match.group(2), match.group(1), match.group(3))
            )
            found = _safe_date(int(year_s), _MONTHS[month_s], int(day_s))
            return _fmt(found, "day") if found else NONE
    if match := _ISO.search(text):
        found = _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return _fmt(found, "day") if found else NONE
    if match := _NUMERIC.search(text):  # US order, as most English-language outlets write it
        found = _safe_date(int(match.group(3)), int(match.group(1)), int(match.group(2)))
        return _fmt(found, "day") if found else NONE
    if match := _MONTH_YEAR.search(text):
        return _fmt(date(int(match.group(2)), _MONTHS[match.group(1)], 1), "month")
    if match := _YEAR.search(text):
        return _fmt(date(int(match.group(1)), 1, 1), "year")
    return None


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


def _shift(anchor: date, amount: int, unit: str) -> Relative:
    """`anchor` moved by `amount` units, with the precision that unit supports."""
    if unit == "day":
        return anchor + timedelta(days=amount), "day", "day"
    if unit in ("week", "weekend"):
        return anchor + timedelta(weeks=amount), "month", "day"
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + amount
        return date(months // 12, months % 12 + 1, 1), "month", "month"
    if unit == "decade":
        return date(anchor.year + 10 * amount, 1, 1), "year", "year"
    return date(anchor.year + amount, 1, 1), "year", "year"


def _direction(modifier: str | None, tense: str) -> int:
    """-1 (the past one), +1 (the coming one) or 0 (the nearest) for a modifier and tense."""
    if modifier in ("last", "past", "previous"):
        return -1
    if modifier in ("next", "coming"):
        return 1
    if modifier == "this":
        return 0
    return {"future": 1, "past": -1}.get(tense, 0)


def _weekday(anchor: date, modifier: str | None, weekday: int, tense: str) -> date:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    direction = _direction(modifier, tense)
    if modifier in ("last", "past", "previous"):
        return anchor - timedelta(days=back or 7)
    if modifier in ("next", "coming"):
        return anchor + timedelta(days=ahead or 7)
    if direction < 0:
        return anchor - timedelta(days=back)
    if direction > 0:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back) if back <= ahead else anchor + timedelta(days=ahead)


def _month_year(anchor: date, modifier: str | None, month: int, tense: str) -> int:
    """The year of the month named, relative to the anchor."""
    direction = _direction(modifier, tense)
    if modifier in ("last", "past", "previous"):
        return anchor.year if month < anchor.month else anchor.year - 1
    if modifier in ("next", "coming"):
        return anchor.year if month > anchor.month else anchor.year + 1
    if direction < 0:
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction > 0:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year


def _relative(text: str, anchor: date, tense: str) -> Relative | None:
    """Expressions that need the publication date."""
    if text in _TODAY:
        offset = _TODAY[text]
        return None if offset is None else (anchor + timedelta(days=offset), "day", "day")
    if match := _UNIT_SHIFT.match(text):
        amount = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(
            match.group(1), 0
        )
        return _shift(anchor, amount, match.group(2))
    if match := _AGO.match(text):
        count = _count(match.group(1))
        return None if count is None else _shift(anchor, -count, match.group(2))
    if tense == "future" and (match := _IN.match(text)):  # "in 24 years" in the past is a span
        count = _count(match.group(1))
        return None if count is None else _shift(anchor, count, match.group(2))
    if match := _WEEKDAY.match(text):
        return _weekday(anchor, match.group(1), _WEEKDAYS[match.group(2)], tense), "day", "day"
    if match := _MONTH_ONLY.match(text):
        month = _MONTHS[match.group(2)]
        return date(_month_year(anchor, match.group(1), month, tense), month, 1), "month", "month"
    if match := _MONTH_DAY.match(text) or _DAY_MONTH.match(text):
        groups = match.groups()
        modifier, month_s, day_s = groups if len(groups) == 3 else (None, groups[1], groups[0])
        month = _MONTHS[month_s]
        year = _month_year(anchor, modifier, month, tense)
        found = _safe_date(year, month, int(day_s))
        return (found, "day", "month") if found else None
    if match := _SEASON.match(text):
        if match.group(3):
            return date(int(match.group(3)), 1, 1), "year", "year"
        month = _SEASONS[match.group(2)]
        return date(_month_year(anchor, match.group(1), month, tense), 1, 1), "year", "month"
    return None


@lru_cache(maxsize=4096)
def resolve_date(text: str, published: str | None, *, tense: str = "past") -> Resolved:
    """(ISO date, precision) for a date expression; (None, None) when it cannot be resolved.

    `published` is the article's date (YYYY-MM-DD, YYYY-MM or YYYY) that relative dates are
    resolved against; `tense` ("past", "future" or "present") says which way an expression
    without its own direction points ("on Tuesday", "in March").
    """
    if not text or len(text) > MAX_DATE_TEXT:
        return NONE
    bare = _normalise(text, strip_leading=False)
    norm = _normalise(text)
    if not norm or bare in ("may", "march") or _DECADE.search(norm):  # verbs and decades
        return NONE
    anchor = parse_published(published)
    if anchor is not None:
        relative = _relative(bare, anchor[0], tense) or _relative(norm, anchor[0], tense)
        if relative is not None:
            day, precision, granularity = relative
            if _RANK[granularity] > _RANK[anchor[1]]:  # "yesterday" against a bare "2025"
                return _fmt(anchor[0], anchor[1])
            return _fmt(day, precision, anchor[1])
    absolute = _absolute(norm)
    if absolute is not None:
        return absolute
    return _dateparser_fallback(norm, anchor, tense)


def _dateparser_fallback(text: str, anchor: tuple[date, str] | None, tense: str) -> Resolved:
    """dateparser for what the rules above do not cover, only when the text names a date part."""
    if anchor is None or not re.search(rf"\b(?:{_MONTH_RE}|{_WEEKDAY_RE})\b", text):
        return NONE
    from datetime import datetime

    from dateparser.date import DateDataParser

    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(anchor[0].year, anchor[0].month, anchor[0].day),
            "PREFER_DATES_FROM": "future" if tense == "future" else "past",
            "STRICT_PARSING": False,
        },
    )
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return NONE
    period = {"time": "day", "day": "day", "week": "month", "month": "month", "year": "year"}.get(
        data.period or "day", "day"
    )
    return _fmt(data.date_obj.date(), period, anchor[1])
