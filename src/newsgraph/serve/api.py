"""The JSON API under /api/v1: thin wrappers over `newsgraph.store.queries`.

Every list answers `{"total": n, "items": [...]}` with `limit`/`offset` paging; errors answer
`{"error": {"status": n, "message": "..."}}` (see serve/errors.py). Reads are open; ingest
needs the operator's token.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from newsgraph.model import PLOVER_TYPES
from newsgraph.serve import ingest as ingest_mod
from newsgraph.serve.cache import QueryCache
from newsgraph.store import Store, queries
from newsgraph.store.queries import MAX_LIMIT
from newsgraph.store.schema import SCHEMA_VERSION

router = APIRouter(prefix="/api/v1", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]
Since = Annotated[
    str | None,
    Query(
        description="from this date (YYYY, YYYY-MM or YYYY-MM-DD)",
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
    ),
]
Until = Annotated[
    str | None,
    Query(description="up to this date, inclusive", pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
]
Actor = Annotated[str | None, Query(description="an entity name or any of its aliases")]
EventType = Annotated[
    str | None,
    Query(
        alias="type",
        description="PLOVER event type",
        json_schema_extra={"enum": list(PLOVER_TYPES)},
    ),
]


class Page(BaseModel):
    """A page of a list: how many match in all, and this page's items."""

    total: int
    items: list[dict[str, Any]]


class ErrorDetail(BaseModel):
    status: int
    message: str


class Error(BaseModel):
    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": Error, "description": "not found"},
    422: {"model": Error, "description": "invalid parameters"},
}
LIST = {200: {"model": Page, "description": "one page of results"}, 422: ERRORS[422]}


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_cache(request: Request) -> QueryCache:
    cache: QueryCache = request.app.state.cache
    return cache


StoreDep = Annotated[Store, Depends(get_store)]
CacheDep = Annotated[QueryCache, Depends(get_cache)]


def actor_graph(
    request: Request, since: str | None, until: str | None, min_weight: int = 1
) -> dict[str, Any]:
    """queries.graph's answer, from the in-memory pair index and the cache."""
    state = request.app.state
    return state.cache.get(  # type: ignore[no-any-return]
        ("graph", since, until, min_weight),
        lambda: state.graph_index.get().graph(since, until, min_weight),
    )


def encode(data: Any) -> bytes:
    """JSON as Starlette's JSONResponse writes it."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def cached_json(cache: QueryCache, key: tuple[Any, ...], compute: Callable[[], Any]) -> Response:
    """A response whose encoded body is cached: a hit costs no query and no JSON encoding."""
    body = cache.get(("json", *key), lambda: encode(compute()))
    return Response(body, media_type="application/json")


def _type(value: str | None) -> str | None:
    return value.upper() if value else None


@router.get("/health", summary="Liveness and schema version")
def health(store: StoreDep) -> JSONResponse:
    articles = store.scalar("SELECT count(*) FROM articles")
    return JSONResponse({"status": "ok", "schema": SCHEMA_VERSION, "articles": articles})


@router.get("/stats", summary="Counts of everything in the knowledge base")
def stats(store: StoreDep, cache: CacheDep) -> Response:
    return cached_json(cache, ("stats",), lambda: queries.stats(store))


@router.get("/search", summary="Full-text search over articles, with filters", responses=LIST)
def search(
    store: StoreDep,
    cache: CacheDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="words, all required")],
    since: Since = None,
    until: Until = None,
    outlet: Annotated[str | None, Query(description="outlet name")] = None,
    actor: Actor = None,
    event_type: EventType = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Response:
    params = {
        "since": since,
        "until": until,
        "outlet": outlet,
        "actor": actor,
        "event_type": _type(event_type),
        "limit": limit,
        "offset": offset,
    }
    key = ("search", q, *sorted(params.items()))
    return cached_json(cache, key, lambda: queries.search(store, q, **params))


@router.get("/articles", summary="Articles, newest first", responses=LIST)
def articles(
    store: StoreDep,
    since: Since = None,
    until: Until = None,
    outlet: str | None = None,
    actor: Actor = None,
    event_type: EventType = None,
    story: int | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    return JSONResponse(
        queries.articles(
            store,
            since=since,
            until=until,
            outlet=outlet,
            actor=actor,
            event_type=_type(event_type),
            story=story,
            limit=limit,
            offset=offset,
        )
    )


@router.get(
    "/articles/{article_id}",
    summary="One article: text, comments, entities, events, claims",
    responses=ERRORS,
)
def article(store: StoreDep, article_id: Annotated[str, Path(max_length=200)]) -> JSONResponse:
    return JSONResponse(queries.article(store, article_id))


@router.get("/entities", summary="Canonical entities with their aliases", responses=LIST)
def entities(
    store: StoreDep,
    q: Annotated[str | None, Query(description="part of a name or alias")] = None,
    entity_type: Annotated[
        str | None, Query(alias="type", description="PERSON, ORG, GPE, ...")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    return JSONResponse(queries.entities(store, q=q, type_=entity_type, limit=limit, offset=offset))


@router.get(
    "/entities/{entity_id}", summary="One entity: aliases, events, partners", responses=ERRORS
)
def entity(store: StoreDep, entity_id: Annotated[str, Path(max_length=300)]) -> JSONResponse:
    return JSONResponse(queries.entity(store, entity_id))


@router.get(
    "/events",
    summary="Coreferenced events with mentions, sources, modality, evidence",
    responses=LIST,
)
def events(
    store: StoreDep,
    actor: Actor = None,
    event_type: EventType = None,
    since: Since = None,
    until: Until = None,
    story: int | None = None,
    order: Annotated[str, Query(pattern="^(date|mentions)$")] = "date",
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    return JSONResponse(
        queries.events(
            store,
            actor=actor,
            type_=_type(event_type),
            since=since,
            until=until,
            story=story,
            order=order,
            limit=limit,
            offset=offset,
        )
    )


@router.get("/events/{event_id}", summary="One event with every report", responses=ERRORS)
def event(store: StoreDep, event_id: int) -> JSONResponse:
    return JSONResponse(queries.event(store, event_id))


@router.get("/stories", summary="Stories, biggest first", responses=LIST)
def stories(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    return JSONResponse(queries.stories(store, limit=limit, offset=offset))


@router.get(
    "/stories/{story_id}",
    summary="One story: articles, outlets, timeline, contested claims",
    responses=ERRORS,
)
def story(store: StoreDep, story_id: int) -> JSONResponse:
    return JSONResponse(queries.story(store, story_id))


@router.get("/timeline", summary="Dated events in date order", responses=LIST)
def timeline(
    store: StoreDep,
    cache: CacheDep,
    actor: Actor = None,
    story: int | None = None,
    since: Since = None,
    until: Until = None,
    event_type: EventType = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 200,
    offset: Offset = 0,
) -> Response:
    params = {
        "actor": actor,
        "story": story,
        "since": since,
        "until": until,
        "type_": _type(event_type),
        "limit": limit,
        "offset": offset,
    }
    key = ("timeline", *sorted(params.items()))
    return cached_json(cache, key, lambda: queries.timeline(store, **params))


@router.get("/graph", summary="Actor network: nodes and cooperative/conflictual edges")
def graph(
    request: Request,
    since: Since = None,
    until: Until = None,
    min_weight: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    return cached_json(
        request.app.state.cache,
        ("graph", since, until, min_weight),
        lambda: actor_graph(request, since, until, min_weight),
    )


@router.get(
    "/claims", summary="Claim groups: corroborated and contradicting figures", responses=LIST
)
def claims(
    store: StoreDep,
    contested: Annotated[bool, Query(description="only groups whose figures disagree")] = False,
    story: int | None = None,
    q: Annotated[str | None, Query(description="part of the claim's subject")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    return JSONResponse(
        queries.claims(store, contested=contested, story=story, q=q, limit=limit, offset=offset)
    )


@router.post(
    "/ingest",
    summary="Add pages: multipart `files` and/or a `text` field (needs the API token)",
    openapi_extra=ingest_mod.OPENAPI_BODY,
    responses={
        401: {"model": Error, "description": "missing or wrong token"},
        403: {"model": Error, "description": "ingest disabled (no token configured)"},
        413: {"model": Error, "description": "upload too large"},
    },
)
async def ingest(request: Request) -> JSONResponse:
    report = await ingest_mod.handle(request)
    return JSONResponse(report)
