"""WARC archives (as written by crawlers and wget --warc-file): one RawPage per HTML response."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph.errors import InputError
from newsgraph.model import RawPage

_PAGE_TYPES = ("text/html", "application/xhtml", "text/plain")


def read_warc(path: Path) -> Iterator[RawPage]:
    """Every successful text/HTML response record; other records are skipped."""
    from newsgraph.ingest.readers import read_bytes

    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                ctype = record.http_headers.get_header("Content-Type") or ""
                if status != "200" or not ctype.startswith(_PAGE_TYPES):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or str(path)
                data = record.content_stream().read()
                try:
                    yield read_bytes(
                        url, data, hint=".html" if "html" in ctype else ".txt", url=url
                    )
                except InputError:
                    continue  # an empty or binary record inside a good archive is not a file error
    except (ArchiveLoadFailed, OSError, EOFError) as err:
        raise InputError(
            str(path), f"not a readable WARC archive ({str(err).splitlines()[0]})"
        ) from None
