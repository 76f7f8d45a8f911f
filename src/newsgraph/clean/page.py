"""clean_page: one RawPage in, a CleanedPage (articles, discards, per-line trace) out.

    html page -> html.extract_html (trafilatura text, comments, metadata; htmldate date)
              -> textpass.clean_text over trafilatura's text (no story split)
    text page -> textpass.clean_text over the page (stories split at separators)
    then      -> metadata merged (metadata > text > inferred > comments), language detected
"""

from __future__ import annotations

import re
from collections import Counter

import py3langid

from newsgraph.clean.comments import find_comment_section
from newsgraph.clean.html import HtmlExtract, extract_html
from newsgraph.clean.textpass import Story, TextResult, clean_text, split_lines
from newsgraph.model import Article, CleanedPage, Comment, Discard, LineDecision, RawPage

# On trafilatura's output the line model must be surer before dropping: trafilatura has
# already removed most chrome, so what is left is mostly body. Calibrated on our HTML
# fixtures (chrome it leaves, such as share prompts, still scores above 0.8).
HTML_DROP_THRESHOLD = 0.7
# Language is only guessed from at least this many characters; shorter texts stay "en"
# with a note, since py3langid is unreliable on a line or two.
MIN_LANGID_CHARS = 40
HTML_SNIFF_RE = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<\?xml)", re.IGNORECASE)


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
    return [Comment(text=line.text) for line in lines]


def _from_html(page: RawPage, site_lines: Counter[str] | None) -> tuple[TextResult, HtmlExtract]:
    ext = extract_html(page.text, page.url)
    result = clean_text(ext.text, site_lines, threshold=HTML_DROP_THRESHOLD, split=False)
    result.trace.insert(0, LineDecision(f"[{ext.method}]", "meta", "main text extraction"))
    for story in result.stories[:1]:
        _merge_html_meta(story, ext, result)
    return result, ext


def _merge_html_meta(story: Story, ext: HtmlExtract, result: TextResult) -> None:
    """Page metadata wins over what the text pass read from the text."""
    if ext.title:
        if story.title and story.title != ext.title:
            story.paragraphs.insert(0, story.title)  # a heading, not the page's headline
            _retitle(result.trace, story.title)
        story.title = ext.title
        if story.paragraphs and _same(story.paragraphs[0], ext.title):
            _drop_trace(result.trace, story.paragraphs.pop(0), "repeats the headline")
    story.author = ext.author or story.author
    story.outlet = ext.sitename or story.outlet
    if ext.date:
        story.published, story.published_basis = ext.date, "metadata"
    comments = _html_comments(ext.comments)
    story.comments = comments or story.comments
    if not story.published and (dated := sorted(c.posted for c in comments if c.posted)):
        story.published, story.published_basis = dated[0], "comments"


def _same(a: str, b: str) -> bool:
    from newsgraph.clean.headers import same_title

    return same_title(a, b)


def _retitle(trace: list[LineDecision], line: str) -> None:
    for d in trace:
        if d.action == "title" and d.line == line:
            d.action, d.reason = "keep", "heading (the page's metadata names another headline)"


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
        article.notes.append(f"language {article.language}: English-only extraction skipped")
    return article


def clean_page(page: RawPage, *, site_lines: Counter[str] | None = None) -> CleanedPage:
    """Clean one page: its articles (text, metadata, comments), discards and line trace.

    `site_lines` counts normalized lines (clean.normalize_line) seen on other pages of the
    same site; a line repeated across a site is evidence of boilerplate.
    """
    if page.kind == "html" or looks_like_html(page.text):
        result, _ = _from_html(page, site_lines)
    else:
        result = clean_text(page.text, site_lines)
    cleaned = CleanedPage(source=page.source, trace=result.trace)
    cleaned.articles = [_article(page, i, s) for i, s in enumerate(result.stories)]
    if not cleaned.articles:
        reason = result.no_article or "no article: nothing left after cleaning"
        cleaned.discards.append(Discard("clean", reason, page.source))
    return cleaned
