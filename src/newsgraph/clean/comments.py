"""Reader comments on plain-text pages: find the comment section and cut it into comments.

A comment section shows itself by timestamps that recur after the article body
("July 4, 2024 AT 16:21", "September 3, 2025 at 4:12 pm", "3 days ago"), often with a
counter heading ("3 Comments"), user names and "Reply" links. Each timestamp either heads
its comment (the common layout, and the one where the first stamp sits right after the
article) or closes it (when comment text comes first under the heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from newsgraph.clean.dates import META_DATE_RE, has_time, is_date_line, parse_date
from newsgraph.clean.features import COUNT_RE, TERMINAL_RE, Line, lexicon_category
from newsgraph.clean.headers import byline
from newsgraph.model import Comment

# Stamps that carry their author: "jmreyes says:", "Kat on March 3, 2025 at 4:12 pm".
AUTHOR_STAMP_RE = re.compile(
    r"^(?P<author>[^\s].{0,40}?)\s+(?:says|said|wrote|commented)\s*:?\s*(?P<rest>.*)$"
    r"|^(?P<author2>[^\s].{0,40}?)\s+on\s+(?P<rest2>.+\d{4}.*)$",
    re.IGNORECASE,
)
# "Posted by Tom_B on 11/01/2024", "Comment by Lena K | March 3, 2025 at 4:12 pm"
POSTED_BY_STAMP_RE = re.compile(
    r"^(?:posted|written|submitted|comment|reply)\s+by\s+(?P<author>\S.{0,40}?)"
    r"\s*(?:\bon\b|\bat\b|[|,·•]|\s[-–—])\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# "Caspian_watcher · 2 hours ago", "Lena K | March 3, 2025": a user name, a separator, a time.
AUTHOR_SEPARATOR_STAMP_RE = re.compile(r"^(?P<author>\S.{0,40}?)\s+[·•|]\s+(?P<rest>\S.*)$")
COMMENT_HEADING_RE = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|discussion)"
    r"(?:\s*\(\d+\))?$",
    re.IGNORECASE,
)
# A user name line: a few words, no sentence punctuation. Calibrated on the fixtures'
# handles ("jmreyes", "Kat Villanueva"); real names rarely exceed four words.
AUTHOR_MAX_WORDS = 4
# Chrome that lives inside comment threads; dropped from comment text.
COMMENT_CHROME = frozenset({"comment_form", "forum_chrome", "share", "navigation"})
# With no heading, this many stamps after the body are needed to call it a comment section;
# one stray "Updated at 4:10 pm" line must not turn the article's end into comments.
MIN_STAMPS_WITHOUT_HEADING = 2


@dataclass
class Stamp:
    """One comment timestamp line, with the author it names, if any."""

    index: int  # position in the story's line list
    posted: str | None
    author: str | None = None


@dataclass
class CommentSection:
    """Where the comments start in a story, the comments, and why each line went where."""

    start: int
    comments: list[Comment] = field(default_factory=list)
    # position in the story -> (LineDecision action, reason)
    roles: dict[int, tuple[Literal["drop", "meta", "comment"], str]] = field(default_factory=dict)


def _stamp(line: Line) -> Stamp | None:
    text = line.text.strip()
    posted_by = POSTED_BY_STAMP_RE.match(text)
    if posted_by and is_date_line(posted_by.group("rest")):
        return Stamp(line.index, parse_date(posted_by.group("rest")), posted_by.group("author"))
    if META_DATE_RE.match(text):
        return None  # "Updated: ..." belongs to the article
    if is_date_line(text) and has_time(text):
        return Stamp(line.index, parse_date(text))
    separated = AUTHOR_SEPARATOR_STAMP_RE.match(text)
    if separated and len(separated.group("author").split()) <= AUTHOR_MAX_WORDS:
        rest = separated.group("rest")
        if is_date_line(rest):
            return Stamp(line.index, parse_date(rest), separated.group("author").strip())
    match = AUTHOR_STAMP_RE.match(text)
    if match:
        author = (match.group("author") or match.group("author2") or "").strip()
        rest = match.group("rest") if match.group("author") else match.group("rest2")
        if len(author.split()) <= AUTHOR_MAX_WORDS and (not rest or is_date_line(rest)):
            return Stamp(line.index, parse_date(rest or ""), author)
    return None


def _is_author_line(line: Line) -> bool:
    """A user name: a few words, no sentence ending (an initial like "Rasa M." is fine)."""
    n = len(line.words)
    text = re.sub(r"(?:^|\s)[A-Z]\.$", "", line.text.strip())  # "Rasa M." -> "Rasa"
    if not 0 < n <= AUTHOR_MAX_WORDS or TERMINAL_RE.search(text) or lexicon_category(line):
        return False
    return not is_date_line(text) and not COUNT_RE.match(line.norm)


def _is_chrome(line: Line) -> bool:
    return lexicon_category(line) in COMMENT_CHROME or bool(COUNT_RE.match(line.norm))


def find_comment_section(lines: list[Line], body_end_hint: int) -> CommentSection | None:
    """The comment section of one story's lines, or None when it has none.

    `body_end_hint` is the position of the first line at which comments may start (after
    the story's first body paragraph), so a dated line in the head block is never a stamp.
    """
    pos = {line.index: k for k, line in enumerate(lines)}
    stamps = [
        s
        for k in range(body_end_hint, len(lines))
        if (s := _stamp(lines[k])) and not byline(lines[k - 1].text)[0]
    ]  # "By Elena Park" / "Thursday, 10 April 2025, 08:15 KST": the article's own date line
    heading = next(
        (k for k in range(body_end_hint, len(lines)) if COMMENT_HEADING_RE.match(lines[k].norm)),
        None,
    )
    if not stamps or (heading is None and len(stamps) < MIN_STAMPS_WITHOUT_HEADING):
        return None
    first = pos[stamps[0].index]
    if heading is not None and heading > first:
        heading = None
    trailing = heading is not None and _text_before(lines, heading + 1, first)
    if trailing:
        return _cut_trailing(lines, heading, [pos[s.index] for s in stamps], stamps)
    return _cut_heading(lines, heading, [pos[s.index] for s in stamps], stamps)


def _text_before(lines: list[Line], start: int, stop: int) -> bool:
    """True when comment prose (not a user name or chrome) sits before the first stamp."""
    between = [ln for ln in lines[start:stop] if not _is_chrome(ln)]
    return len(between) > 1 or any(not _is_author_line(ln) for ln in between)


def _cut_heading(
    lines: list[Line], heading: int | None, at: list[int], stamps: list[Stamp]
) -> CommentSection:
    """Layout where each stamp (with an optional user-name line above it) opens a comment."""
    starts: list[tuple[int, int]] = []  # (first line of the comment, its stamp line)
    for k, stamp in zip(at, stamps, strict=True):
        floor = starts[-1][1] + 1 if starts else 0  # the previous comment's first text line
        has_text_before = any(not _is_chrome(ln) for ln in lines[floor : k - 1])
        named = stamp.author is None and k > 0 and _is_author_line(lines[k - 1])
        starts.append((k - 1, k) if named and (not starts or has_text_before) else (k, k))
    begin = heading if heading is not None else starts[0][0]
    section = CommentSection(start=begin)
    if heading is not None:
        section.roles[heading] = ("drop", "comment section heading")
    for n, (open_at, stamp_at) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        stamp = stamps[n]
        author = stamp.author
        if open_at < stamp_at:
            author = lines[open_at].text.strip()
            section.roles[open_at] = ("meta", "comment author")
        section.roles[stamp_at] = ("meta", f"comment timestamp {stamp.posted or '(no date)'}")
        body = _comment_body(lines, stamp_at + 1, stop, section)
        if body:
            section.comments.append(Comment(text=body, posted=stamp.posted, author=author))
    return section


def _cut_trailing(
    lines: list[Line], heading: int, at: list[int], stamps: list[Stamp]
) -> CommentSection:
    """Layout where each comment's text comes first and its stamp closes it."""
    section = CommentSection(start=heading)
    section.roles[heading] = ("drop", "comment section heading")
    begin = heading + 1
    for k, stamp in zip(at, stamps, strict=True):
        section.roles[k] = ("meta", f"comment timestamp {stamp.posted or '(no date)'}")
        body = _comment_body(lines, begin, k, section)
        if body:
            section.comments.append(Comment(text=body, posted=stamp.posted, author=stamp.author))
        begin = k + 1
    _comment_body(lines, begin, len(lines), section, keep=False)
    return section


def _comment_body(
    lines: list[Line], start: int, stop: int, section: CommentSection, keep: bool = True
) -> str:
    """The text of one comment from lines[start:stop], marking chrome lines as dropped."""
    kept = []
    for k in range(start, stop):
        if _is_chrome(lines[k]) or not keep:
            section.roles[k] = (
                "drop",
                f"comment chrome ({lexicon_category(lines[k]) or 'counter'})",
            )
            continue
        section.roles[k] = ("comment", "reader comment")
        kept.append(lines[k].text.strip())
    return "\n".join(kept)
