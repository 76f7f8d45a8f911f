"""Fetching pages by URL: httpx with a timeout, a size cap and an honest user agent."""

from __future__ import annotations

import httpx

from newsgraph.errors import InputError
from newsgraph.model import RawPage

FETCH_TIMEOUT_S = 20.0
USER_AGENT = "newsgraph/0.1 (+https://github.com/newsgraph)"


def fetch_url(url: str, *, client: httpx.Client | None = None) -> RawPage:
    """GET one page; any network or HTTP failure is an InputError naming the URL."""
    from newsgraph.ingest.readers import MAX_PAGE_BYTES, read_bytes

    own = client is None
    client = client or httpx.Client(
        timeout=FETCH_TIMEOUT_S, follow_redirects=True, headers={"User-Agent": USER_AGENT}
    )
    try:
        response = client.get(url)
    except httpx.HTTPError as err:
        raise InputError(url, f"fetch failed ({type(err).__name__})") from None
    finally:
        if own:
            client.close()
    if response.status_code >= 400:
        raise InputError(url, f"HTTP {response.status_code}")
    if len(response.content) > MAX_PAGE_BYTES:
        raise InputError(url, "page too large")
    ctype = response.headers.get("content-type", "")
    return read_bytes(
        url, response.content, hint=".html" if "html" in ctype else "", url=str(response.url)
    )
