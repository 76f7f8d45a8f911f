"""RSS and Atom feeds: each item with body content becomes a page; its metadata travels along."""

from __future__ import annotations

import html
from collections.abc import Iterator

import feedparser

from newsgraph.errors import InputError
from newsgraph.model import RawPage, content_hash


def read_feed(source: str, data: bytes) -> Iterator[RawPage]:
    """Items of a feed as small HTML pages (title, date, author in meta tags the cleaner reads)."""
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise InputError(source, "not a readable RSS/Atom feed")
    site = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries):
        body = _entry_body(entry)
        if not body.strip():
            continue
        page = _as_html(entry, body, site)
        url = entry.get("link") or f"{source}#item{index}"
        yield RawPage(source=url, text=page, kind="html", content_hash=content_hash(page), url=url)


def _entry_body(entry: feedparser.FeedParserDict) -> str:
    if entry.get("content"):
        return "\n".join(part.get("value", "") for part in entry.content)
    return entry.get("summary", "")


def _as_html(entry: feedparser.FeedParserDict, body: str, site: str | None) -> str:
    """Wrap an item so the HTML cleaner finds title, author, date and outlet where it looks."""
    meta = {
        "og:title": entry.get("title"),
        "author": entry.get("author"),
        "article:published_time": entry.get("published") or entry.get("updated"),
        "og:site_name": site,
    }
    tags = "".join(
        f'<meta property="{key}" content="{html.escape(str(value), quote=True)}">'
        for key, value in meta.items()
        if value
    )
    title = html.escape(entry.get("title", ""))
    return f"<html><head>{tags}<title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
