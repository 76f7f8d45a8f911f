"""Readers for every input shape newsgraph accepts.

.txt .text          plain text pages (scraper output)
.html .htm          HTML pages
.gz                 gzip of either
.warc .warc.gz      web archives (one RawPage per HTML response)
.xml .rss .atom     feeds (one RawPage per item with content)
http(s)://...       fetched with httpx
"""

from __future__ import annotations

import glob
import gzip
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.ingest.decode import DecodeError, decode_bytes
from newsgraph.model import RawPage, content_hash

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES
MAX_PAGE_BYTES = 50_000_000  # bigger than any news page; protects memory from a stray dump

_HTML_SNIFF = re.compile(r"<\s*(!doctype\s+html|html|head|body|article|div|p)\b", re.I)


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files, directories (recursively, known suffixes only), globs and URLs, in a stable order."""
    for raw in paths:
        if raw.startswith(("http://", "https://")):
            yield raw
            continue
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield raw  # reported later as "no such file"
        for match in matches:
            if os.path.isdir(match):
                yield from _walk(Path(match))
            else:
                yield match


def _walk(root: Path) -> Iterator[str]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and _is_known(path):
            yield str(path)


def _is_known(path: Path) -> bool:
    return _inner_suffix(path) in KNOWN_SUFFIXES


def read_inputs(paths: Iterable[str]) -> Iterator[RawPage | InputError]:
    """Every page behind the given paths; a bad input yields its InputError and the run goes on."""
    for source in expand_paths(paths):
        try:
            yield from read_one(source)
        except InputError as err:
            yield err


def read_one(source: str) -> Iterator[RawPage]:
    """The pages in one file or URL (several for WARC and feeds)."""
    if source.startswith(("http://", "https://")):
        from newsgraph.ingest.fetch import fetch_url

        yield fetch_url(source)
        return
    path = Path(source)
    if not path.exists():
        raise InputError(source, "no such file")
    if not path.is_file():
        raise InputError(source, "not a regular file")
    if _inner_suffix(path) in WARC_SUFFIXES:
        from newsgraph.ingest.warc import read_warc

        yield from read_warc(path)
        return
    data = _read_file_bytes(path)
    inner = _inner_suffix(path)
    if inner in FEED_SUFFIXES:
        from newsgraph.ingest.feeds import read_feed

        yield from read_feed(source, data)
        return
    yield read_bytes(source, data, hint=inner)


def _inner_suffix(path: Path) -> str:
    """The suffix that says what the content is: `.html` for `page.html.gz`."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _read_file_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise InputError(str(path), "empty file")
    if size > MAX_PAGE_BYTES:
        raise InputError(
            str(path),
            f"file too large ({size // 1_000_000} MB; limit {MAX_PAGE_BYTES // 1_000_000} MB)",
        )
    data = path.read_bytes()
    if path.suffix.lower() == ".gz" or data[:2] == b"\x1f\x8b":
        data = _gunzip(str(path), data)
    return data


def _gunzip(source: str, data: bytes) -> bytes:
    try:
        out = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(source, f"broken gzip ({_first_line(err)})") from None
    if not out.strip():
        raise InputError(source, "empty file (after gunzip)")
    return out


def _first_line(err: BaseException) -> str:
    text = str(err).strip() or type(err).__name__
    return text.splitlines()[0]


def read_bytes(source: str, data: bytes, *, hint: str = "", url: str | None = None) -> RawPage:
    """One page from its bytes: decode, decide text or HTML, fingerprint."""
    if not data.strip():
        raise InputError(source, "empty file")
    try:
        text = decode_bytes(data)
    except DecodeError as err:
        raise InputError(source, str(err)) from None
    if not text.strip():
        raise InputError(source, "empty file")
    kind = _kind_of(text, hint)
    return RawPage(source=source, text=text, kind=kind, content_hash=content_hash(data), url=url)


def _kind_of(text: str, hint: str) -> str:
    if hint in HTML_SUFFIXES:
        return "html"
    if hint in TEXT_SUFFIXES:
        return "text"
    return "html" if _HTML_SNIFF.search(text[:2000]) else "text"
