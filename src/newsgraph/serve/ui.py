"""The web UI: server-rendered pages (Jinja2, autoescaped) over the same queries as the API.

Views are thin: they call `newsgraph.store.queries`, add what a page needs to be drawn
(highlight spans, pagination links) and render a template. Interactive parts (timeline,
graph, ingest, API docs) are small scripts in static/ that read the JSON API.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from newsgraph.errors import NotFound
from newsgraph.model import COOPERATIVE_TYPES, ENTITY_TYPES, PLOVER_TYPES
from newsgraph.serve import render
from newsgraph.serve.api import actor_graph, get_cache, get_store
from newsgraph.store import alias_key, queries

HERE = Path(__file__).parent
templates = Jinja2Templates(
    env=jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
)
templates.env.filters.update(
    highlight=render.highlight,
    snippet=render.snippet,
    figure=render.figure,
    tone=render.tone,
    entity_href=render.entity_href,
    excerpt=render.excerpt,
    safe_url=render.safe_url,
)
templates.env.globals.update(
    PLOVER_TYPES=PLOVER_TYPES, ENTITY_TYPES=ENTITY_TYPES, COOPERATIVE_TYPES=COOPERATIVE_TYPES
)

router = APIRouter(include_in_schema=False)
Text = Annotated[str | None, Query(max_length=500)]
Offset = Annotated[int, Query(ge=0)]


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    return page(request, "error.html", status, status_code=status, message=message)


def pager(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    """Links to the previous and next pages, keeping the other query parameters."""

    def at(new_offset: int) -> str:  # relative: never trust the Host header with a link
        url = request.url.include_query_params(offset=new_offset)
        return f"{url.path}?{url.query}"

    return {
        "total": total,
        "first": offset + 1 if total else 0,
        "last": min(total, offset + limit),
        "prev": at(max(0, offset - limit)) if offset else None,
        "next": at(offset + limit) if offset + limit < total else None,
    }


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


@router.get("/")
def home(request: Request) -> HTMLResponse:
    store, cache = get_store(request), get_cache(request)
    return page(  # aggregates over the whole KB: cached until the database changes
        request,
        "home.html",
        stats=cache.get(("stats",), lambda: queries.stats(store)),
        stories=cache.get(("home-stories",), lambda: queries.stories(store, limit=6)["items"]),
        events=cache.get(
            ("home-events",), lambda: queries.events(store, order="mentions", limit=8)["items"]
        ),
        claims=cache.get(
            ("home-claims",), lambda: queries.claims(store, contested=True, limit=4)["items"]
        ),
    )


@router.get("/search")
def search(
    request: Request,
    q: Text = None,
    since: Text = None,
    until: Text = None,
    outlet: Text = None,
    actor: Text = None,
    type: Text = None,
    offset: Offset = 0,
) -> HTMLResponse:
    store, cache = get_store(request), get_cache(request)
    filters = {
        "since": _blank(since),
        "until": _blank(until),
        "outlet": _blank(outlet),
        "actor": _blank(actor),
        "event_type": _blank(type),
    }
    results, entities = None, []
    if q and q.strip():
        results = dict(
            cache.get(
                ("search-page", q, offset, *sorted(filters.items())),
                lambda: queries.search(store, q, **filters, limit=20, offset=offset),
            )
        )
        results["pager"] = pager(request, results["total"], 20, offset)
        if not offset:
            entities = cache.get(
                ("search-entities", q), lambda: queries.entities(store, q=q, limit=6)["items"]
            )
    return page(
        request, "search.html", q=q or "", filters=filters, results=results, entities=entities
    )


@router.get("/stories/{story_id}")
def story(request: Request, story_id: int) -> HTMLResponse:
    data = queries.story(get_store(request), story_id)
    return page(request, "story.html", story=data)


@router.get("/events/{event_id}")
def event(request: Request, event_id: int) -> HTMLResponse:
    data = queries.event(get_store(request), event_id)
    for m in data["mentions"]:
        text = m.pop("article_text") or ""
        m["context"] = render.excerpt(text, *m["span"], context=240)
        m["html"] = render.highlight(text, [render.Span(*m["span"], "evidence")])
    return page(request, "event.html", event=data)


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str) -> HTMLResponse:
    data = queries.article(get_store(request), article_id)
    marks, links = render.article_spans(data)
    return page(
        request,
        "article.html",
        article=data,
        body=render.highlight(data["text"], marks, links),
        entities=render.unique_entities(data["mentions"]),
    )


@router.get("/entities/{entity_id:path}")
def entity(request: Request, entity_id: str) -> Response:
    store = get_store(request)
    try:  # a busy actor's page reads thousands of rows: cached until the database changes
        data = get_cache(request).get(
            ("entity-page", entity_id), lambda: queries.entity(store, entity_id)
        )
    except NotFound:
        canonical = _entity_by_alias(request, entity_id)
        if canonical:
            return RedirectResponse(render.entity_href(canonical), status_code=302)
        data = _actor_profile(request, entity_id)
    return page(
        request, "entity.html", entity=data, histogram=render.month_histogram(data["events"])
    )


def _entity_by_alias(request: Request, name: str) -> str | None:
    row = (
        get_store(request)
        .conn.execute(
            "SELECT coalesce(e.merged_into, e.id) FROM entity_aliases al JOIN entities e"
            " ON e.id = al.entity_id WHERE al.alias_key = ? LIMIT 1",
            (alias_key(name),),
        )
        .fetchone()
    )
    return row[0] if row else None


def _actor_profile(request: Request, name: str) -> dict[str, Any]:
    """A coded actor with events but no extracted entity (e.g. from the actor dictionary)."""
    store = get_store(request)
    evs = queries.events(store, actor=name, limit=200)["items"]
    if not evs:
        raise NotFound(f"no entity {name!r}")
    return {
        "id": name,
        "name": name,
        "type": "ACTOR",
        "aliases": [],
        "events": evs,
        "articles": [],
        "n_mentions": 0,
        "partners": queries._partners(store, queries.entity_names(store, name)),
    }


@router.get("/timeline")
def timeline(
    request: Request,
    actor: Text = None,
    type: Text = None,
    since: Text = None,
    until: Text = None,
    story: int | None = None,
) -> HTMLResponse:
    filters = {
        "actor": _blank(actor),
        "type_": _blank(type),
        "since": _blank(since),
        "until": _blank(until),
        "story": story,
    }
    store = get_store(request)
    data = get_cache(request).get(
        ("timeline-page", *sorted(filters.items())),
        lambda: queries.timeline(store, **filters, limit=100),
    )
    api = {"type" if k == "type_" else k: v for k, v in filters.items() if v}
    return page(
        request,
        "timeline.html",
        filters=filters,
        timeline=data,
        api_src="/api/v1/timeline?" + urlencode({"limit": 500, **api}),
    )


@router.get("/graph")
def graph(
    request: Request,
    since: Text = None,
    until: Text = None,
    min_weight: Annotated[int, Query(ge=1)] = 1,
) -> HTMLResponse:
    since, until = _blank(since), _blank(until)
    data = actor_graph(request, since, until, min_weight)
    return page(
        request,
        "graph.html",
        since=since or "",
        until=until or "",
        min_weight=min_weight,
        graph=data,
    )


@router.get("/claims")
def claims(
    request: Request, q: Text = None, contested: bool = False, offset: Offset = 0
) -> HTMLResponse:
    data = queries.claims(
        get_store(request), q=_blank(q), contested=contested, limit=20, offset=offset
    )
    return page(
        request,
        "claims.html",
        q=q or "",
        contested=contested,
        claims=data,
        pages=pager(request, data["total"], 20, offset),
    )


@router.get("/ingest")
def ingest(request: Request) -> HTMLResponse:
    return page(request, "ingest.html", enabled=bool(request.app.state.token))


@router.get("/docs")
def docs(request: Request) -> HTMLResponse:
    return page(request, "docs.html")
