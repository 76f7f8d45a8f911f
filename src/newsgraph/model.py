"""The plain data objects that flow between the pipeline's stages.

    ingest  -> RawPage
    clean   -> CleanedPage (Articles with comments and metadata, plus Discards)
    extract -> fills Article.entities / .events / .claims
    resolve -> links articles, entities, events and claims across the knowledge base
    store   -> persists all of it

Each stage takes these objects and adds its part; no stage needs another's internals.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

PageKind = Literal["text", "html"]

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "LAW", "OTHER")

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

# PLOVER categories whose events count as cooperative in the actor graph; the rest are conflictual.
COOPERATIVE_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"}
)

MODALITIES = ("asserted", "reported", "estimated", "speculated", "planned", "denied", "opinion")

DATE_PRECISIONS = ("day", "month", "year")


def stable_id(*parts: str, length: int = 16) -> str:
    """A short, deterministic id from its parts (same input, same id, on every machine)."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def content_hash(data: bytes | str) -> str:
    """The sha256 of a page's bytes: re-ingesting the same content adds nothing."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass
class RawPage:
    """One input page as read from disk, a URL, a WARC record or a feed item."""

    source: str  # the path or URL as the user gave it
    text: str  # decoded content (HTML markup kept for kind == "html")
    kind: PageKind
    content_hash: str
    url: str | None = None


@dataclass
class Discard:
    """Something a stage dropped, with why. Stored, counted and shown; never silently None."""

    stage: str
    reason: str
    source: str = ""


@dataclass
class LineDecision:
    """Why the cleaner kept, dropped or split on one line; shown by `newsgraph clean`."""

    line: str
    action: Literal["keep", "drop", "split", "title", "comment", "meta"]
    reason: str
    score: float = 0.0


@dataclass
class Comment:
    """A reader comment: kept apart from the article and never mined for facts."""

    text: str
    posted: str | None = None  # YYYY-MM-DD
    author: str | None = None


@dataclass
class Entity:
    """One canonical referent within an article, with every surface form and offset."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = stable_id("entity", self.type, self.name.casefold())


@dataclass
class Event:
    """One reported interaction, coded in PLOVER, with its evidence sentence."""

    type: str
    mode: str | None
    actors: list[str]
    targets: list[str]
    evidence: str
    span: tuple[int, int]
    location: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    modality: str = "asserted"
    source: str | None = None
    trigger: str | None = None  # the verb or noun lemma that coded it (used by event coreference)


@dataclass
class Claim:
    """A statement carrying a number, with its unit, subject, attribution and certainty."""

    subject: str
    value: float
    unit: str | None
    evidence: str
    span: tuple[int, int]
    upper: float | None = None
    approximate: bool = False
    attributed_to: str | None = None
    modality: str = "asserted"
    currency: str | None = None


@dataclass
class Article:
    """One story from a page: cleaned text, metadata, comments, and (after extract) its facts."""

    source: str
    index: int
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    published_basis: str | None = None  # metadata | text | comments | inferred
    language: str = "en"
    url: str | None = None
    comments: list[Comment] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # work skipped or capped, said out loud

    @property
    def id(self) -> str:
        return stable_id(self.source, str(self.index))


@dataclass
class CleanedPage:
    """What the clean stage made of one page."""

    source: str
    articles: list[Article] = field(default_factory=list)
    discards: list[Discard] = field(default_factory=list)
    trace: list[LineDecision] = field(default_factory=list)


def article_to_contract(article: Article) -> dict[str, Any]:
    """One article in the shape of spec/output-format.md."""
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "published": article.published,
        "published_basis": article.published_basis,
        "language": article.language,
        "text": article.text,
        "comments": [{"posted": c.posted, "text": c.text} for c in article.comments],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "mentions": [list(m) for m in e.mentions],
            }
            for e in article.entities
        ],
        "events": [
            {
                "type": ev.type,
                "mode": ev.mode,
                "actors": list(ev.actors),
                "targets": list(ev.targets),
                "location": ev.location,
                "date": ev.date,
                "date_precision": ev.date_precision,
                "date_text": ev.date_text,
                "modality": ev.modality,
                "source": ev.source,
                "evidence": ev.evidence,
                "span": list(ev.span),
            }
            for ev in article.events
        ],
        "claims": [
            {
                "subject": c.subject,
                "value": c.value,
                "upper": c.upper,
                "unit": c.unit,
                "approximate": c.approximate,
                "currency": c.currency,
                "attributed_to": c.attributed_to,
                "modality": c.modality,
                "evidence": c.evidence,
                "span": list(c.span),
            }
            for c in article.claims
        ],
        "notes": list(article.notes),
    }


def page_to_contract(source: str, articles: list[Article]) -> dict[str, Any]:
    """The whole `newsgraph extract --json` object for one input."""
    return {"source": source, "articles": [article_to_contract(a) for a in articles]}
