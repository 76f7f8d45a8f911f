"""HTML pages: trafilatura for the main text, metadata and comments; htmldate for the date.

trafilatura runs in precision mode (favor_precision) because our own line pass follows it;
when that mode finds little or nothing on a page its default mode finds a real article on,
the default mode's text is used instead (RECALL_FALLBACK_RATIO). Broken markup that
trafilatura cannot read falls back to its plain html2txt, which the line pass then cleans.
"""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura
from htmldate import find_date

# Precision mode's text is replaced by default mode's when it has less than this share of
# its words. On the scrapinghub benchmark precision mode sometimes returns nothing or a
# single teaser paragraph where the default mode has the article.
RECALL_FALLBACK_RATIO = 0.5
# Below this many words trafilatura's text is not an article; html2txt is tried instead.
MIN_EXTRACT_WORDS = 25


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


def _extract(html: str, url: str | None, precision: bool) -> object | None:
    return trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=precision,
        include_comments=True,
        include_tables=True,
        with_metadata=True,
    )


def _words(text: str | None) -> int:
    return len((text or "").split())


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Main text, comments and metadata of an HTML page."""
    doc = _extract(html, url, precision=True)
    fallback = _extract(html, url, precision=False)
    method = "trafilatura (precision)"
    if fallback is not None and (
        doc is None or _words(doc.text) < RECALL_FALLBACK_RATIO * _words(fallback.text)
    ):
        doc, method = fallback, "trafilatura (default, precision mode found too little)"
    out = HtmlExtract(method=method)
    if doc is not None:
        out.text, out.comments = doc.text or "", doc.comments or ""
        out.title, out.author, out.sitename = doc.title, doc.author, doc.sitename
    if _words(out.text) < MIN_EXTRACT_WORDS:
        out.text = trafilatura.html2txt(html) or out.text
        out.method = "html2txt (trafilatura found no main text)"
    out.date = publication_date(html, url)
    return out


def publication_date(html: str, url: str | None = None) -> str | None:
    """The original publication date from the page's metadata and markup (htmldate)."""
    try:
        return find_date(html, url=url, original_date=True, extensive_search=True)
    except (ValueError, TypeError):  # htmldate raises on some malformed inputs
        return None
