"""Repair text that was decoded with the wrong codec somewhere upstream (mixed encodings).

A page stitched from UTF-8 and Windows-1252 parts, or UTF-8 read as Latin-1, shows
"Ã©" for "é" and "â€™" for "’". Browsers avoid this by sniffing per document; for a str
that is already wrong we undo it line by line. No installed library does this (ftfy is
not a dependency), so it is hand-written and deliberately narrow: a line is re-decoded
only when it carries a mojibake marker and the round trip succeeds and removes them.
"""

from __future__ import annotations

import re

# Lead bytes of UTF-8 sequences as they look after a cp1252/latin-1 decode.
MOJIBAKE_RE = re.compile(
    "[ÃÂâÅÐÑ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def _markers(text: str) -> int:
    return len(MOJIBAKE_RE.findall(text))


def repair_mojibake(line: str) -> str:
    """The line re-decoded as UTF-8 when it was mis-decoded as cp1252 or Latin-1."""
    before = _markers(line)
    if not before:
        return line
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = line.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if _markers(fixed) < before:
            return fixed
    return line
