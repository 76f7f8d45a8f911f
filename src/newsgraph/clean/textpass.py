"""The plain-text pass: classify every line, split stories, find heads and comments.

Order of work (each step records a LineDecision, so `newsgraph clean FILE` can show it):
  1. lines      - non-empty lines, mojibake repaired (encoding.py)
  2. score      - P(boilerplate) per line from the logistic line model (model.py)
  3. split      - separator lines (a lone ".", "* * *", "---") cut the page into stories
  4. comments   - per story, a timestamped comment section is cut off (comments.py)
  5. head       - headline, byline, outlet and date lines before the first prose (headers.py)
  6. sequence   - trailing chrome after the last prose line and repeats of the headline go
  7. verdict    - a story with too little prose is no article; a page with none is discarded
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from newsgraph.clean import headers
from newsgraph.clean.comments import find_comment_section
from newsgraph.clean.dates import epoch_file_date
from newsgraph.clean.encoding import repair_mojibake
from newsgraph.clean.features import Line, is_prose, lexicon_category, page_features, word_count
from newsgraph.clean.lexicon import default_lexicon
from newsgraph.clean.model import default_model
from newsgraph.model import Comment, LineDecision

Action = Literal["keep", "drop", "split", "title", "comment", "meta"]  # LineDecision.action

# A line is dropped when P(boilerplate) reaches this: the model's own decision boundary.
# On the fixtures' gold pages every paragraph of prose scores at most 0.32; short
# sub-headings ("Conclusion", "1. Design:") can score up to ~0.6 and are kept by the
# sequence pass (_rescue_subheadings), not by this threshold.
DROP_THRESHOLD = 0.5
# After the last line of prose, a line without a sentence ending is trailing chrome from
# this lower probability: "Related Posts" or "Military Forum Latest Posts" score ~0.3-0.5
# alone, and on the fixture pages nothing but a short closing sentence (kept, see
# _sequence) follows the article's last paragraph.
TAIL_THRESHOLD = 0.25
# A story needs this many words of prose to be an article; shorter pieces are fragments
# (a caption, a teaser). The shortest real brief in the fixtures has 29 words.
MIN_ARTICLE_WORDS = 25
# A page that names a login wall or a missing page and has less prose than this is that,
# not an article that happens to mention one.
WALL_MAX_WORDS = 80
# An index page: at least this many headline-like lines and no prose at all.
INDEX_MIN_HEADINGS = 5
# A heading the model dropped may still be the headline when it scored below this:
# headlines at the top of a page score 0.5-0.9 (short, capitalised, at the edge), chrome
# lines without a lexicon hit score higher.
HEADLINE_RESCUE_P = 0.9
# A dropped line between two prose paragraphs is kept as a sentence from this many words on
# ("The army denied it." has four); shorter ones are usually labels or captions.
SHORT_SENTENCE_MIN_WORDS = 4
# Shape features that make a line chrome whatever follows it.
SHAPE_FEATURES = ("crumb", "tag_list", "file_name", "date_only", "counter", "url")
BULLET_RE = re.compile(r"^\s*[-–—•*·]\s+\S")
SEPARATOR_RE = re.compile(r"^\s*(?:[.·•*#~=_\-–—]\s*){1,12}$")


@dataclass(frozen=True)
class PassMode:
    """How sure the pass must be, and which steps run, for one kind of input text."""

    threshold: float = DROP_THRESHOLD
    split: bool = True  # cut at separator lines into several stories
    need_prose: bool = True  # a story without a line of prose is no article
    tail: bool = True  # drop headings/low scorers after the last prose line
    needs_evidence: bool = False  # drop only with a lexicon, shape or site-repeat hit
    pick_title: bool = True  # choose a headline from the head block


PLAIN_TEXT = PassMode()
# On an HTML extractor's output: it has already chosen the main content, so what it left
# is mostly body (lists, tour dates, captions in the article). Lines go only on evidence
# that names them (lexicon, shape, repetition across the site), at a higher threshold;
# the headline comes from the page's metadata.
EXTRACTED = PassMode(threshold=0.7, split=False, need_prose=False, tail=False,
                     needs_evidence=True, pick_title=False)  # fmt: skip
# A whole HTML page as text (html2txt, when no main content was found): full cleaning,
# but one story, the headline again from metadata.
WHOLE_PAGE = PassMode(split=False, pick_title=False)


@dataclass
class Story:
    """One article found by the text pass, before it becomes an Article."""

    paragraphs: list[str]
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_basis: str | None = None
    comments: list[Comment] = field(default_factory=list)


@dataclass
class TextResult:
    """Stories, the per-line trace, and the reason when there is no article."""

    stories: list[Story] = field(default_factory=list)
    trace: list[LineDecision] = field(default_factory=list)
    no_article: str | None = None


@dataclass
class _Scored:
    line: Line
    p: float
    feats: dict[str, float]
    action: Action = "keep"
    reason: str = "body text"


def split_lines(text: str) -> list[Line]:
    """Non-empty lines (whitespace-only lines count as empty), mojibake repaired."""
    out: list[Line] = []
    blank = True
    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        out.append(Line(repair_mojibake(stripped), len(out), blank_before=blank))
        blank = False
    return out


def score_lines(lines: list[Line], site_lines: Counter[str] | None) -> list[_Scored]:
    """Every line with its feature vector and P(boilerplate)."""
    model = default_model()
    feats = page_features(lines, site_lines)
    return [_Scored(ln, model.probability(f), f) for ln, f in zip(lines, feats, strict=True)]


# What each feature means to a user reading `newsgraph clean FILE`.
READABLE = {
    "crumb": "navigation trail",
    "tag_list": "tag list",
    "file_name": "file name",
    "date_only": "date line",
    "counter": "counter",
    "url": "bare URL",
    "site_repeat": "repeated on other pages of the site",
    "page_repeat": "repeated on this page",
    "edge": "short line at the page edge",
    "rel_pos": "near the end of the page",
}


def _drop_reason(item: _Scored) -> str:
    """The most telling evidence: a shape, then a lexicon category, then the model's
    strongest feature."""
    shape = next((f for f in (*SHAPE_FEATURES, "site_repeat") if item.feats[f]), None)
    category = lexicon_category(item.line)
    if shape:
        what = READABLE[shape]
    elif category:
        what = category.replace("_", " ")
    else:
        strongest = default_model().strongest(item.feats)
        what = READABLE.get(strongest, strongest.replace("_", " "))
    return f"boilerplate: {what}"


def _pieces(scored: list[_Scored], split: bool) -> list[list[_Scored]]:
    """Cut the page at separator lines (marked 'split')."""
    pieces: list[list[_Scored]] = [[]]
    for item in scored:
        if split and SEPARATOR_RE.match(item.line.text):
            item.action, item.reason = "split", "story separator"
            pieces.append([])
        else:
            pieces[-1].append(item)
    return [p for p in pieces if p]


def _prose(item: _Scored) -> bool:
    return item.action == "keep" and is_prose(item.feats, item.line.size)


def _mark(item: _Scored, action: Action, reason: str) -> None:
    item.action, item.reason = action, reason


# Which printed date wins when a story shows several kinds (metadata is set in page.py).
BASIS_RANK = {"text": 3, "inferred": 2, "comments": 1, None: 0}


def _set_date(story: Story, date: str | None, basis: str) -> None:
    """Keep the date with the best basis: text beats an image's upload time beats comments."""
    if date and BASIS_RANK[basis] > BASIS_RANK[story.published_basis]:
        story.published, story.published_basis = date, basis


def _has_evidence(item: _Scored) -> bool:
    """A named reason to call a line chrome: lexicon, shape or repetition across the site."""
    feats = item.feats
    named = feats["lex_exact"] or feats["lex_prefix"] or feats["lex_contains"]
    return bool(named or feats["site_repeat"] or any(feats[f] for f in SHAPE_FEATURES))


def _first_pass(piece: list[_Scored], mode: PassMode, story: Story) -> None:
    """Drop what the model calls boilerplate; read outlet, byline and epoch-file dates."""
    for item in piece:
        text = item.line.text
        if outlet := headers.outlet_line(text):
            story.outlet = outlet
            _mark(item, "meta", f"outlet: {outlet}")
        elif epoch := epoch_file_date(text):
            _set_date(story, epoch, "inferred")
            _mark(item, "drop", f"image file name (uploaded {epoch})")
        elif item.feats["counter"]:  # "0 Comments", "5 min read": a counter, never prose
            _mark(item, "drop", "boilerplate: counter")
        elif _boilerplate(item, mode):
            _mark(item, "drop", _drop_reason(item))


def _boilerplate(item: _Scored, mode: PassMode) -> bool:
    """What the line model calls boilerplate, with the evidence the mode asks for."""
    return item.p >= mode.threshold and (_has_evidence(item) or not mode.needs_evidence)


def _head(piece: list[_Scored], story: Story, mode: PassMode) -> int:
    """Read the head block (before the first prose line); returns the first prose position."""
    body = next((k for k, it in enumerate(piece) if _prose(it)), len(piece))
    body = _past_standfirst(piece, body)
    for item in piece[:body]:
        if item.action not in ("keep", "drop"):
            continue
        is_byline, author, posted = headers.byline(item.line.text)
        if is_byline:
            story.author = story.author or author
            story.outlet = story.outlet or headers.byline_outlet(item.line.text)
            _set_date(story, posted, "text")
            _mark(item, "meta", f"byline{': ' + author if author else ' (no name)'}")
        elif date := headers.date_line(item.line.text):
            _set_date(story, date, "text")
            _mark(item, "meta", f"date line: {date}")
    if mode.pick_title:
        _pick_title(piece[:body], story)
    return body


# A line this long under a headline, right above the byline, is a standfirst.
STANDFIRST_MIN_WORDS = 15
HEADLINE_MIN_WORDS = 5  # shorter: a label above the headline ("ANALYSIS", "LIVE")
# How many unpunctuated lines (a long headline, a standfirst) may sit above a byline or date.
MAX_STANDFIRST_LINES = 2
SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)]*\s*$")


def _past_standfirst(piece: list[_Scored], body: int) -> int:
    """The first prose position once a long headline and a standfirst that read like prose,
    but end with no full stop, are counted in the head when a byline or date line follows
    them ("Niger's break with Washington may open the door wider to Moscow" / a standfirst /
    "By our Sahel correspondent" / "16 March 2024 · 7 min read")."""
    for k in range(body, min(body + MAX_STANDFIRST_LINES + 1, len(piece))):
        text = piece[k].line.text.strip()
        if _byline_or_date(text):
            end = k
            while end < len(piece) and _byline_or_date(piece[end].line.text):
                end += 1
            return next((j for j in range(end, len(piece)) if _prose(piece[j])), len(piece))
        if SENTENCE_END_RE.search(text) and not _question_headline(text):
            return body
    return body


def _question_headline(text: str) -> bool:
    """A headline put as a question ("Can Yoon Suk Yeol survive the night he sent troops to
    parliament?"): it ends like a sentence but stands in the head."""
    text = text.strip()
    return text.endswith("?") and len(text.split()) <= headers.HEADLINE_MAX_WORDS


def _byline_or_date(text: str) -> bool:
    return headers.byline(text)[0] or bool(headers.date_line(text))


def _title_candidates(head: list[_Scored]) -> list[int]:
    """Heading lines of the head that may be the headline, even if the model dropped them
    (a headline at the top of a page looks like chrome to it); lexicon and shape hits
    (tags, file names, counters, trails) never are."""
    return [
        k
        for k, it in enumerate(head)
        if it.action in ("keep", "drop")
        and (headers.is_heading(it.line) or _question_headline(it.line.text))
        and not lexicon_category(it.line)
        and not any(it.feats[f] for f in SHAPE_FEATURES if f != "tag_list" or not _mixed_case(it))
        and not it.reason.startswith("image file")
    ]


def _mixed_case(item: _Scored) -> bool:
    """A line the tag-list shape flags whose comma-parted items do not share their case:
    "Nigeria charges 76 protesters, among them children, with treason" is a headline (tags
    share theirs: "Georgia, European Union, Protests")."""
    items = [i.strip() for i in item.line.text.split(",") if i.strip()]
    return len({i[0].isupper() for i in items if i[0].isalpha()}) > 1


def _forum_section(head: list[_Scored], cands: list[int]) -> None:
    """On a forum page the heading right under its chrome ("What's new") and right above
    the first post is the board's name ("Korea & Russia Affairs"), not a headline."""
    for k in cands:
        above = head[k - 1] if k > 0 else None
        if above and lexicon_category(above.line) == "forum_chrome" and k == len(head) - 1:
            _mark(head[k], "drop", "forum section name")


def _bare_author(head: list[_Scored], cands: list[int], story: Story) -> None:
    """A name alone between the headline and a date line is the byline without "By"."""
    for k in cands:
        below_meta = k + 1 < len(head) and head[k + 1].action == "meta"
        name = headers.person_name(head[k].line.text)
        if below_meta and name and len(name.split()) >= 2 and k - 1 in cands:
            story.author = story.author or name
            _mark(head[k], "meta", f"byline: {name}")


def _pick_title(head: list[_Scored], story: Story) -> None:
    """Choose the headline among the head's headings; drop page chrome above it.

    In order: the heading a breadcrumb ends with; the heading right above a byline or
    date line; else the longest heading the model did not call chrome outright
    (section names and site names are shorter than headlines).
    """
    crumb = next((t for it in head if (t := headers.crumb_title(it.line))), None)
    for it in head:
        if it.action == "keep" and headers.crumb_title(it.line):
            _mark(it, "drop", "boilerplate: navigation trail")
    cands = _title_candidates(head)
    _forum_section(head, cands)
    _bare_author(head, cands, story)
    cands = [
        k for k in cands if head[k].action != "meta" and head[k].reason != "forum section name"
    ]
    pick = next((k for k in cands if crumb and headers.same_title(head[k].line.text, crumb)), None)
    if pick is None:
        pick = next(
            (
                k
                for k in cands
                if k + 1 < len(head)
                and head[k + 1].action == "meta"
                and " | " not in head[k].line.text  # "WORLD | AMERICAS": a section trail
            ),
            None,
        )
        if pick is not None and pick - 1 in cands and _standfirst_below(head[pick - 1], head[pick]):
            pick -= 1  # the headline, then a standfirst above the byline
    plausible = [
        k for k in cands if head[k].p < HEADLINE_RESCUE_P and not _label(head[k].line.text)
    ]
    if pick is None and plausible:
        pick = max(plausible, key=lambda k: (head[k].line.size, k))
    if pick is None:
        story.title = crumb
        return
    story.title = head[pick].line.text.strip()
    _mark(head[pick], "title", "headline")
    _drop_standfirst(head, pick)
    for k in range(pick):  # headings, and a ticker ("LIVE | LATEST: ... • ..."), all chrome
        if head[k].action == "keep":
            _mark(head[k], "drop", "page header above the headline")


def _drop_standfirst(head: list[_Scored], title: int) -> None:
    """Drop what stands between the headline and the byline or date line under it: a
    standfirst, which sums up facts the body tells again (annotators code them from the body)."""
    meta = next((k for k in range(title + 1, len(head)) if head[k].action == "meta"), None)
    for k in range(title + 1, meta or title + 1):  # nothing when no byline or date follows
        if head[k].action == "keep":
            _mark(head[k], "drop", "standfirst")


def _standfirst_below(headline: _Scored, below: _Scored) -> bool:
    """Whether the line under a headline is its standfirst: as long as a standfirst runs
    ("President says Manila acted on Interpol request and will respect ..."), under a line
    long enough to be a headline itself (not a label such as "ANALYSIS")."""
    return headline.line.size >= HEADLINE_MIN_WORDS and below.line.size >= STANDFIRST_MIN_WORDS


def _label(text: str) -> bool:
    """A bracketed label such as "(Wire service)" or "[Updated]": never a headline."""
    text = text.strip()
    return text[:1] in "([" and text[-1:] in ")]"


def _rescue_subheadings(piece: list[_Scored], body: int) -> None:
    """Keep a heading the model dropped when prose follows it inside the article.

    Sub-headings ("Key Points", "Why the Plan Matters") look like chrome line by line;
    what tells them apart is that body text follows. Lines with named evidence (lexicon,
    shape, repetition across the site; see _has_evidence) are never rescued.
    """
    flows = False  # does body text follow (directly, or through further headings)?
    for k in range(len(piece) - 1, body - 1, -1):
        item = piece[k]
        rescuable = item.action == "drop" and item.reason.startswith("boilerplate")
        rescuable = rescuable and not _has_evidence(item)
        if flows and rescuable and headers.is_heading(item.line):
            _mark(item, "keep", "sub-heading (body text follows)")
        if _prose(item):
            flows = True
        elif item.action == "keep" and headers.is_heading(item.line):
            pass  # a kept heading passes the flow on to the heading above it
        else:
            flows = False


def _rescue_short_sentences(piece: list[_Scored], body: int) -> None:
    """Keep a short sentence the model dropped when article prose stands on both sides.

    "The army denied the allegation." between two paragraphs is part of the story; chrome
    inside an article body carries named evidence (lexicon, shape, site repeat) and stays out.
    """
    prose = [k for k in range(body, len(piece)) if _prose(piece[k])]
    if len(prose) < 2:
        return
    for k in range(prose[0] + 1, prose[-1]):
        item = piece[k]
        text = item.line.text
        if (
            item.action == "drop"
            and item.reason.startswith("boilerplate")
            and not _has_evidence(item)
            and item.feats["terminal"]
            and text[:1].isupper()
            and len(text.split()) >= SHORT_SENTENCE_MIN_WORDS
        ):
            _mark(item, "keep", "short sentence inside the article")


def _sequence(piece: list[_Scored], story: Story, body: int, mode: PassMode) -> None:
    """Rescue sub-headings and short sentences; drop repeats of the headline and trailing chrome."""
    _rescue_subheadings(piece, body)
    _rescue_short_sentences(piece, body)
    _drop_listed_links(piece, body)
    for item in piece[body:]:
        if (
            item.action == "keep"
            and story.title
            and headers.same_title(item.line.text, story.title)
        ):
            _mark(item, "drop", "repeats the headline")
    if not mode.tail:
        return
    last = max((k for k, it in enumerate(piece) if _prose(it)), default=-1)
    for item in piece[last + 1 :]:
        sentence = item.feats["terminal"] and not _has_evidence(item)  # a short last sentence
        if (
            item.action == "keep"
            and not sentence
            and (item.p >= TAIL_THRESHOLD or headers.is_heading(item.line))
        ):
            _mark(item, "drop", f"trails the article ({_drop_reason(item)})")
        elif item.action == "keep" and headers.date_line(item.line.text):
            _mark(item, "drop", "date line after the article")


def _drop_listed_links(piece: list[_Scored], body: int) -> None:
    """The bulleted headlines under a "Related:" or "Read more" heading go with it, also one
    that ends like a sentence ("- EU gas imports: who replaced Russia?")."""
    in_list = False
    for item in piece[body:]:
        if lexicon_category(item.line) == "related":
            in_list = True
        elif in_list and BULLET_RE.match(item.line.text):
            _mark(item, "drop", "headline listed under a related-links heading")
        else:
            in_list = False


def _story(piece: list[_Scored], mode: PassMode, outlet: str | None) -> Story | None:
    """One piece of the page made into a story, or None when it holds no article.

    With mode.need_prose False (text an HTML extractor already chose as the main content)
    a piece without a line of prose, such as a calendar or a list, is still an article.
    """
    story = Story(paragraphs=[], outlet=outlet)
    lines = [it.line for it in piece]
    prose = [k for k, it in enumerate(piece) if is_prose(it.feats, it.line.size)]
    # the first prose line that is no boilerplate: an ad-blocker notice reads as prose, and a
    # byline under the headline ("Outlet · 17 March 2025") must not then start the comments
    body = next((k for k in prose if not _boilerplate(piece[k], mode)), prose[0] if prose else None)
    if body is None and not mode.need_prose:
        body = 0
    if body is None:
        for it in piece:
            if it.action == "keep":
                _mark(it, "drop", "no prose in this part of the page")
        return None
    section = find_comment_section(lines, body + 1)
    article = piece[: section.start] if section else piece
    if section:
        for k, (action, reason) in section.roles.items():
            _mark(piece[k], action, reason)
        story.comments = section.comments
    _first_pass(article, mode, story)
    start = _head(article, story, mode)
    _sequence(article, story, start, mode)
    lead = next((it for it in article if _prose(it)), None)  # the first kept paragraph
    _set_date(story, headers.first_paragraph_date(lead.line.text) if lead else None, "text")
    dated = sorted(c.posted for c in story.comments if c.posted)
    _set_date(story, dated[0] if dated else None, "comments")
    story.paragraphs = [it.line.text.strip() for it in article if it.action == "keep"]
    return story


def _masthead(first: _Scored) -> str | None:
    """The outlet named by the page's first line, when that line was chrome above the
    headline (not a lexicon phrase, a headline or prose); a copyright line, source line
    or byline naming the outlet wins over it."""
    chrome = first.action == "drop" or first.reason.startswith("date line")
    if not chrome or lexicon_category(first.line):
        return None
    name = headers.masthead(first.line.text)
    if name:
        reason = f"{first.reason}; " if first.action == "meta" else ""
        _mark(first, "meta", f"{reason}outlet (masthead): {name}")
    return name


def _wall_reason(scored: list[_Scored]) -> str | None:
    """Why a page is a login wall or a 'not found' page, if a short line says so."""
    lexicon = default_lexicon()
    for it in scored:
        if it.line.size <= 20 and (cat := lexicon.no_article_reason(it.line.norm)):
            what = (
                "a login or subscription wall" if cat == "login_wall" else "a 'page not found' page"
            )
            return f"no article: {what} ({it.line.text.strip()[:60]!r})"
    return None


def _no_article_reason(scored: list[_Scored], words: int) -> str:
    if wall := _wall_reason(scored):
        return wall
    headings = sum(
        1 for it in scored if headers.is_heading(it.line) and not lexicon_category(it.line)
    )
    if not scored:
        return "no article: the page is empty"
    if words == 0 and headings >= INDEX_MIN_HEADINGS:
        return f"no article: an index or link list ({headings} headline lines, no paragraph)"
    return f"no article: only {words} words of prose among {len(scored)} lines"


def clean_text(
    text: str,
    site_lines: Counter[str] | None = None,
    *,
    mode: PassMode = PLAIN_TEXT,
    outlet: str | None = None,
) -> TextResult:
    """Run the line pass over one page's text (PLAIN_TEXT, or EXTRACTED for HTML output)."""
    scored = score_lines(split_lines(text), site_lines)
    result = TextResult()
    found = [_story(piece, mode, outlet) for piece in _pieces(scored, mode.split)]
    stories = [s for s in found if s is not None]
    page_outlet = next((s.outlet for s in stories if s.outlet), outlet)
    if page_outlet is None and mode.pick_title and stories:
        page_outlet = _masthead(scored[0])
    words = 0
    for story in stories:
        story.outlet = story.outlet or page_outlet
        n = sum(word_count(p) for p in story.paragraphs)
        words += n
        if n >= MIN_ARTICLE_WORDS:
            result.stories.append(story)
    if not result.stories or (words < WALL_MAX_WORDS and _wall_reason(scored)):
        result.stories, result.no_article = [], _no_article_reason(scored, words)
    result.trace = [
        LineDecision(it.line.text, it.action, it.reason, round(it.p, 3)) for it in scored
    ]
    return result
