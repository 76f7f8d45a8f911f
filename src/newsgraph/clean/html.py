"""HTML pages: trafilatura for the main text, metadata and comments; htmldate for the date.

trafilatura runs in precision mode (favor_precision) because our own line pass follows it;
page.py falls back to its default mode, then to html2txt (all visible text, for broken
markup trafilatura cannot read), when a mode's text holds no article after the line pass.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
import trafilatura
from htmldate import find_date
from lxml.etree import ParserError

from newsgraph.clean.dates import DATE_RE, parse_date
from newsgraph.model import Comment

# XPath for comment containers: the class or id names a comment (WordPress, Disqus
# fallbacks, most CMS themes). trafilatura keeps the comment text but drops its meta.
COMMENT_XPATH = "//*[contains(@class, 'comment') or contains(@id, 'comment')]"
AUTHOR_XPATH = (
    ".//*[contains(@class, 'author') or contains(@class, 'name') or self::cite] | .//strong | .//b"
)
# How much of a comment's text is used to find its element in the page.
COMMENT_PROBE_CHARS = 40
# Elements of comment sections examined per page; beyond this (huge threads) comments keep no
# date rather than make cleaning quadratic in the thread's size.
MAX_COMMENT_ELEMENTS = 2000


@dataclass
class HtmlExtract:
    """What trafilatura and htmldate read from one HTML page."""

    text: str = ""
    comments: str = ""
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    date: str | None = None
    method: str = "trafilatura"
    whole_page: bool = False  # text is the whole page, not a chosen main content


def _extract(html: str, url: str | None, precision: bool) -> object | None:
    return trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=precision,
        include_comments=True,
        include_tables=True,
        with_metadata=True,
    )


def extract_html(html: str, url: str | None = None, *, precision: bool = True) -> HtmlExtract:
    """Main text, comments and metadata of an HTML page by one trafilatura mode.

    The date comes from publication_date(), once per page, which also uses the page URL.
    """
    doc = _extract(html, url, precision)
    out = HtmlExtract(method=f"trafilatura ({'precision' if precision else 'default'} mode)")
    if doc is not None:
        out.text, out.comments = doc.text or "", doc.comments or ""
        out.title, out.author, out.sitename = doc.title, doc.author, doc.sitename
    return out


def html_to_text(html: str) -> HtmlExtract:
    """All visible text of a page (trafilatura's html2txt), for pages its extractor cannot
    read; the line pass then does the whole cleaning."""
    text = trafilatura.html2txt(html) or ""
    return HtmlExtract(text=text, method="html2txt (no main text found)", whole_page=True)


def publication_date(html: str, url: str | None = None) -> str | None:
    """The original publication date from the page's metadata and markup (htmldate)."""
    try:
        return find_date(html, url=url, original_date=True, extensive_search=True)
    except (ValueError, TypeError):  # htmldate raises on some malformed inputs
        return None


def _container(element: lxml.html.HtmlElement, others: list[str]) -> lxml.html.HtmlElement | None:
    """The nearest ancestor of a comment's text that also holds its date but no other comment."""
    node: lxml.html.HtmlElement | None = element
    while node is not None:
        text = node.text_content()
        if any(o in text for o in others):
            return None
        if DATE_RE.search(text):
            return node
        node = node.getparent()
    return None


def _author(node: lxml.html.HtmlElement, comment: str) -> str | None:
    for el in node.xpath(AUTHOR_XPATH):
        name = " ".join(el.text_content().split())
        if name and name not in comment and len(name.split()) <= 4:
            return name
    return None


def _comment_elements(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Every element inside the page's comment-named sections (each once, in order)."""
    seen: dict[int, lxml.html.HtmlElement] = {}
    for root in tree.xpath(COMMENT_XPATH):
        for el in root.iter():
            if isinstance(el.tag, str):
                seen.setdefault(id(el), el)
            if len(seen) >= MAX_COMMENT_ELEMENTS:
                return list(seen.values())
    return list(seen.values())


def comment_meta(html: str, comments: list[Comment]) -> list[Comment]:
    """The comments with the date and author each one's element shows in the page.

    Hand-written because trafilatura returns comment text only; a comment is matched to
    the smallest comment-named element holding its first words, then to the nearest
    ancestor that also holds a date and no other comment.
    """
    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return comments
    elements = _comment_elements(tree)
    texts = [" ".join(e.text_content().split()) for e in elements]
    probes = [" ".join(c.text.split())[:COMMENT_PROBE_CHARS] for c in comments]
    for k, comment in enumerate(comments):
        holding = [(len(t), n) for n, t in enumerate(texts) if probes[k] in t]
        if not holding or comment.posted:
            continue
        inner = elements[min(holding)[1]]
        node = _container(inner, [p for j, p in enumerate(probes) if j != k])
        if node is not None:
            stamp = DATE_RE.search(node.text_content())
            comment.posted = parse_date(stamp.group(0)) if stamp else None
            comment.author = comment.author or _author(node, comment.text)
    return comments
