"""Safe HTML for untrusted article text: split the raw text at offsets, escape each piece.

Highlights (<mark>) and entity links (<a>) are placed by character offsets into the raw text;
no markup from the text itself ever survives, because every piece is escaped on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from newsgraph.model import COOPERATIVE_TYPES

SNIPPET_OPEN, SNIPPET_CLOSE = "[[", "]]"  # the markers queries.search puts around hits


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    css: str = ""
    href: str | None = None
    title: str | None = None
    anchor: str | None = None


def _non_overlapping(spans: list[Span], length: int) -> list[Span]:
    """Valid spans in order; a span overlapping an earlier one is dropped."""
    kept: list[Span] = []
    last_end = 0
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if 0 <= s.start < s.end <= length and s.start >= last_end:
            kept.append(s)
            last_end = s.end
    return kept


def _open_tag(span: Span, tag: str) -> str:
    attrs = f' class="{escape(span.css)}"' if span.css else ""
    if span.href:
        attrs += f' href="{escape(span.href)}"'
    if span.title:
        attrs += f' title="{escape(span.title)}"'
    if span.anchor:
        attrs += f' id="{escape(span.anchor)}"'
    return f"<{tag}{attrs}>"


def _links(text: str, offset: int, links: list[Span]) -> str:
    """Escape text[offset:offset+len] with the entity links that fall in it (clipped)."""
    out, pos, end = [], offset, offset + len(text)
    for link in links:
        start, stop = max(link.start, offset), min(link.end, end)
        if start >= stop:
            continue
        out.append(str(escape(text[pos - offset : start - offset])))
        out.append(
            _open_tag(link, "a") + str(escape(text[start - offset : stop - offset])) + "</a>"
        )
        pos = stop
    out.append(str(escape(text[pos - offset :])))
    return "".join(out)


def highlight(text: str, marks: Sequence[Span] = (), links: Sequence[Span] = ()) -> Markup:
    """The text as HTML with <mark> spans (evidence, claims) and <a> spans (entity mentions)."""
    marks = _non_overlapping(list(marks), len(text))
    links = _non_overlapping(list(links), len(text))
    out, pos = [], 0
    for m in marks:
        out.append(_links(text[pos : m.start], pos, links))
        out.append(_open_tag(m, "mark") + _links(text[m.start : m.end], m.start, links) + "</mark>")
        pos = m.end
    out.append(_links(text[pos:], pos, links))
    return Markup("".join(out))


def snippet(text: str | None) -> Markup:
    """An FTS snippet with its [[hit]] markers turned into <mark>, everything else escaped."""
    if not text:
        return Markup("")
    out = []
    for i, piece in enumerate(text.split(SNIPPET_OPEN)):
        if i == 0:
            out.append(str(escape(piece)))
            continue
        hit, _, rest = piece.partition(SNIPPET_CLOSE)
        out.append(f"<mark>{escape(hit)}</mark>{escape(rest)}")
    return Markup("".join(out))


def excerpt(text: str, start: int, end: int, context: int = 160) -> Markup:
    """The evidence span in its paragraph (at most `context` characters each side), marked."""
    para_lo = text.rfind("\n\n", 0, start)
    para_hi = text.find("\n\n", end)
    lo = max(start - context, para_lo + 2 if para_lo >= 0 else 0)
    hi = min(end + context, para_hi if para_hi >= 0 else len(text))
    while lo > 0 and lo > para_lo + 2 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and hi < para_hi and not text[hi].isspace():
        hi += 1
    body = highlight(text[lo:hi], [Span(start - lo, end - lo, "evidence")])
    cut_before = lo > 0 and not text[:lo].endswith("\n\n")
    cut_after = hi < len(text) and not text[hi:].startswith("\n\n")
    return Markup(("… " if cut_before else "") + body + (" …" if cut_after else ""))


def entity_href(name_or_id: str) -> str:
    return "/entities/" + quote(name_or_id, safe="")


def tone(event_type: str | None) -> str:
    return "coop" if event_type in COOPERATIVE_TYPES else "conf"


def figure(claim: dict[str, Any]) -> str:
    """A claim's number as people write it: '~1,000,000 shells', '3–5 %'."""
    value = _num(claim.get("value"))
    if claim.get("upper") is not None:
        value += "–" + _num(claim["upper"])
    prefix = "~" if claim.get("approximate") else ""
    currency = claim.get("currency") or ""
    unit = claim.get("unit") or ""
    return f"{prefix}{currency}{value}" + (f" {unit}" if unit else "")


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return (
        f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    )


def article_spans(article: dict[str, Any]) -> tuple[list[Span], list[Span]]:
    """Marks (event evidence, claims) and entity links for an article page."""
    marks = [
        Span(
            ev["span"][0],
            ev["span"][1],
            f"evidence {tone(ev['type'])}",
            title=f"{ev['type']} · {ev['modality']}",
            anchor=f"ev-{ev['id']}",
        )
        for ev in article.get("events", [])
    ]
    marks += [
        Span(
            c["span"][0], c["span"][1], "claim", title=f"claim: {figure(c)}", anchor=f"cl-{c['id']}"
        )
        for c in article.get("claims", [])
    ]
    links = [
        Span(
            m["start"],
            m["end"],
            "ent",
            href=entity_href(m["entity_id"]),
            title=f"{m['name']} ({m['type']})",
        )
        for m in article.get("mentions", [])
    ]
    return marks, links


def month_histogram(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events per month, split cooperative/conflictual, for an entity's activity chart."""
    months: dict[str, dict[str, Any]] = {}
    for ev in events:
        date = ev.get("date") or ev.get("first_reported")
        if not date:
            continue
        bucket = months.setdefault(date[:7], {"month": date[:7], "coop": 0, "conf": 0})
        bucket[tone(ev["type"])] += 1
    rows = sorted(months.values(), key=lambda b: b["month"])
    peak = max((b["coop"] + b["conf"] for b in rows), default=1)
    for b in rows:
        b["coop_pct"] = round(100 * b["coop"] / peak)
        b["conf_pct"] = round(100 * b["conf"] / peak)
    return rows


def unique_entities(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each entity mentioned once, with how often, most mentioned first."""
    seen: dict[str, dict[str, Any]] = {}
    for m in mentions:
        entry = seen.setdefault(m["entity_id"], {**m, "count": 0})
        entry["count"] += 1
    return sorted(seen.values(), key=lambda e: (-e["count"], e["name"]))


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links: a stored `javascript:` URL stays plain text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
