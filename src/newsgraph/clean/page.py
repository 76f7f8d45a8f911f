"""clean_page: one RawPage in, a CleanedPage (articles, discards, per-line trace) out.

html page -> html.extract_html: trafilatura precision mode, else default mode, else
             html2txt (text, comments, metadata); htmldate for the date; comment dates
             and authors from the comment elements (html.comment_meta)
          -> textpass.clean_text over that text (mode EXTRACTED: no split, evidence only)
text page -> textpass.clean_text over the page (stories split at separators)
then      -> metadata merged (metadata > text > inferred > comments), language detected
"""

from __future__ import annotations

import re
from collections import Counter

import py3langid

from newsgraph.clean.comments import COMMENT_HEADING_RE, find_comment_section
from newsgraph.clean.features import COUNT_RE, Line, lexicon_category, word_count
from newsgraph.clean.headers import same_title
from newsgraph.clean.html import (
    HtmlExtract,
    comment_meta,
    extract_html,
    html_to_text,
    publication_date,
)
from newsgraph.clean.textpass import (
    EXTRACTED,
    MIN_ARTICLE_WORDS,
    WHOLE_PAGE,
    Story,
    TextResult,
    clean_text,
    split_lines,
)
from newsgraph.model import Article, CleanedPage, Comment, Discard, LineDecision, RawPage

# Language is only guessed from at least this many characters; shorter texts stay "en"
# with a note, since py3langid is unreliable on a line or two.
MIN_LANGID_CHARS = 40
HTML_SNIFF_RE = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<\?xml)", re.IGNORECASE)
TAG_RE = re.compile(r"<(?:[a-zA-Z][\w:-]*|/[a-zA-Z][\w:-]*|!--)[^>]*>")


def looks_like_html(text: str) -> bool:
    """True for markup handed in as text (a scraper that saved HTML as .txt)."""
    return bool(HTML_SNIFF_RE.match(text[:500]))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text."""
    if len(text) < MIN_LANGID_CHARS:
        return None
    lang, _score = py3langid.classify(text)
    return lang


def _html_comments(text: str) -> list[Comment]:
    """trafilatura's comment text cut into comments: by timestamps when it has them."""
    lines = split_lines(text)
    if not lines:
        return []
    section = find_comment_section(lines, 0)
    if section and section.comments:
        return section.comments
    return [Comment(text=line.text) for line in lines if not _comment_chrome(line)]


def _comment_chrome(line: Line) -> bool:
    """Headings and notices trafilatura keeps in a comment section ("Comments (0)")."""
    text = line.text.strip()
    return bool(
        lexicon_category(line) or COMMENT_HEADING_RE.match(text) or COUNT_RE.match(line.norm)
    )


def _article_words(result: TextResult) -> int:
    return sum(word_count(p) for s in result.stories for p in s.paragraphs)


def _from_html(page: RawPage, site_lines: Counter[str] | None) -> TextResult:
    """trafilatura precision mode, else default mode, else html2txt: the first whose text
    still holds an article after the line pass (precision mode returns nothing or a
    teaser on a few pages; where both modes find the article, its text is the cleaner)."""
    tries = (
        lambda: extract_html(page.text, page.url, precision=True),
        lambda: extract_html(page.text, page.url, precision=False),
        lambda: html_to_text(page.text),
    )
    meta: HtmlExtract | None = None
    best: tuple[TextResult, str] | None = None
    for attempt in tries:
        ext = attempt()
        meta = meta or ext  # metadata comes from trafilatura's first reading of the page
        mode = WHOLE_PAGE if ext.whole_page else EXTRACTED
        result = clean_text(ext.text, site_lines, mode=mode)
        if best is None or _article_words(result) > _article_words(best[0]):
            best = (result, ext.method)
            meta.comments = meta.comments or ext.comments
        if _article_words(best[0]) >= MIN_ARTICLE_WORDS:
            break
    assert best is not None and meta is not None
    result, method = best
    result.trace.insert(0, LineDecision(f"[{method}]", "meta", "main text extraction"))
    meta.date = publication_date(page.text, page.url)
    for story in result.stories[:1]:
        _merge_html_meta(story, meta, result, page.text)
    return result


def _merge_html_meta(story: Story, ext: HtmlExtract, result: TextResult, html: str) -> None:
    """Page metadata wins over what the text pass read from the text."""
    if ext.title:  # the EXTRACTED pass picks no headline of its own: metadata names it
        story.title = ext.title
        if story.paragraphs and same_title(story.paragraphs[0], ext.title):
            _drop_trace(result.trace, story.paragraphs.pop(0), "repeats the headline")
    story.author = ext.author or story.author
    story.outlet = ext.sitename or story.outlet
    if ext.date:
        story.published, story.published_basis = ext.date, "metadata"
    comments = comment_meta(html, _html_comments(ext.comments))
    story.comments = comments or story.comments
    if not story.published and (dated := sorted(c.posted for c in comments if c.posted)):
        story.published, story.published_basis = dated[0], "comments"


def _drop_trace(trace: list[LineDecision], line: str, reason: str) -> None:
    for d in trace:
        if d.action == "keep" and d.line == line:
            d.action, d.reason = "drop", reason
            return


def _article(page: RawPage, index: int, story: Story) -> Article:
    text = "\n\n".join(story.paragraphs)
    article = Article(
        source=page.source,
        index=index,
        text=text,
        title=story.title,
        outlet=story.outlet,
        author=story.author,
        published=story.published,
        published_basis=story.published_basis if story.published else None,
        url=page.url,
        comments=story.comments,
    )
    lang = detect_language(text)
    if lang is None:
        article.notes.append("language not detected (too little text); assumed en")
    else:
        article.language = lang
    if article.language != "en":
        article.notes.append(f"language {article.language}: not English (stored and flagged)")
    return article


def clean_page(page: RawPage, *, site_lines: Counter[str] | None = None) -> CleanedPage:
    """Clean one page: its articles (text, metadata, comments), discards and line trace.

    `site_lines` counts normalized lines (clean.normalize_line) seen on other pages of the
    same site; a line repeated across a site is evidence of boilerplate.
    """
    has_markup = bool(TAG_RE.search(page.text))  # "html" without a tag is text mislabelled
    if (page.kind == "html" and has_markup) or looks_like_html(page.text):
        result = _from_html(page, site_lines)
    else:
        result = clean_text(page.text, site_lines)
    cleaned = CleanedPage(source=page.source, trace=result.trace)
    cleaned.articles = [_article(page, i, s) for i, s in enumerate(result.stories)]
    if not cleaned.articles:
        reason = result.no_article or "no article: nothing left after cleaning"
        cleaned.discards.append(Discard("clean", reason, page.source))
    return cleaned
