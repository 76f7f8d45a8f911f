"""create_app(): the FastAPI application serving the JSON API and the web UI from one KB file."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.serve import api, ui
from newsgraph.serve.cache import QueryCache
from newsgraph.serve.errors import install_error_handlers
from newsgraph.serve.graphindex import GraphIndexHolder
from newsgraph.serve.ingest import open_kb
from newsgraph.store import Store, queries

log = logging.getLogger("newsgraph.serve")

# Scripts and styles only from this server: escaped text is the first defence against
# untrusted article text, this is the second.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
HEADERS = (
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "same-origin"),
)
DESCRIPTION = """\
Read the newsgraph knowledge base: articles, entities, events (PLOVER), stories, claims,
the actor graph and timelines. Every list takes `limit` and `offset` and answers
`{"total": n, "items": [...]}`; every error answers `{"error": {"status": n, "message": "..."}}`.
Reads are open; `POST /api/v1/ingest` needs the operator's token (`Authorization: Bearer ...`).
"""


def create_app(db_path: str, *, token: str | None = None) -> FastAPI:
    """The whole server for one knowledge base; `token` enables POST /api/v1/ingest."""
    app = FastAPI(
        title="newsgraph",
        version="1",
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=_lifespan,
    )
    state = app.state
    state.db_path = str(db_path)
    state.store = Store(db_path)
    state.cache = QueryCache(str(db_path))
    state.graph_index = GraphIndexHolder(state.store, str(db_path))
    state.token = token or None
    state.kb = None
    state.open_kb = open_kb  # tests replace it with a fake
    state.ingest_lock = threading.Lock()
    app.include_router(api.router)
    app.include_router(ui.router)
    app.mount("/static", StaticFiles(directory=str(ui.HERE / "static")), name="static")
    install_error_handlers(app, ui.error_page)
    app.add_middleware(SecurityHeaders)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    threading.Thread(target=_warm, args=(app,), name="newsgraph-warm", daemon=True).start()
    yield


def _warm(app: FastAPI) -> None:
    """Load the graph index and the home page's aggregates before the first visitor asks."""
    state = app.state
    try:
        state.graph_index.get()
        state.cache.get(("graph", None, None, 1), lambda: state.graph_index.get().graph())
        state.cache.get(("stats",), lambda: queries.stats(state.store))
    except Exception:  # a cold cache is slower, never wrong: log and serve anyway
        log.exception("warming the caches failed")
    finally:
        state.store.close()  # this thread's connection


class SecurityHeaders:
    """Pure ASGI middleware (no per-request task overhead) adding the security headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS:
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
