"""Bytes to text, the way a browser would: BOM, declared charset, UTF-8, then detection."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

# A page with more than this share of control characters (other than whitespace) is binary.
# Calibrated on our fixtures: text pages sit below 0.1%, PDFs and images above 10%.
BINARY_CONTROL_SHARE = 0.05

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)""", re.I)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def looks_binary(data: bytes) -> bool:
    """True for images, PDFs, archives: NUL bytes or many control characters."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > BINARY_CONTROL_SHARE * max(len(sample), 1)


def decode_bytes(data: bytes) -> str:
    """Decode page bytes: BOM first, then a declared <meta charset>, then UTF-8, then detection."""
    if looks_binary(data):
        raise DecodeError("binary content, not a text or HTML page")
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace").lstrip("\ufeff")
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # pages often lie about their charset; fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _detect_and_decode(data)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _detect_and_decode(data: bytes) -> str:
    """Mixed or legacy encodings: let charset-normalizer pick, else keep UTF-8 with replacements."""
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best)
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") > len(text) * BINARY_CONTROL_SHARE:
        raise DecodeError("undecodable bytes: no text encoding fits")
    return text
