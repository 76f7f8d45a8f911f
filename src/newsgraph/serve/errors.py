"""The one place where errors become HTTP responses.

API paths answer `{"error": {"status": n, "message": "..."}}` with the error's status code;
UI pages answer an HTML error page. A NewsgraphError carries its own `http_status`
(see newsgraph/errors.py); anything unexpected is a 500 with no traceback shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph.errors import AuthError, NewsgraphError

log = logging.getLogger("newsgraph.serve")

HtmlRenderer = Callable[[Request, int, str], Response]


class IngestDisabled(AuthError):
    """Ingest was asked for but the operator configured no API token."""

    http_status = 403


class PayloadTooLarge(NewsgraphError):
    """An upload bigger than the server accepts."""

    http_status = 413


class IngestUnavailable(NewsgraphError):
    """The pipeline could not be loaded in this process."""

    http_status = 503


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "message": message}}


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse(error_body(status, message), status_code=status)


def _is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json"


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI, render_html: HtmlRenderer) -> None:
    """Map every error to JSON (API) or an HTML page (UI), with the right status."""

    def respond(request: Request, status: int, message: str) -> Response:
        if _is_api(request):
            return error_response(status, message)
        return render_html(request, status, message)

    async def on_newsgraph(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, NewsgraphError)
        return respond(request, exc.http_status, str(exc))

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return respond(request, exc.status_code, message)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, 422, _validation_message(exc))

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return respond(request, 500, "internal error (see the server log)")

    app.add_exception_handler(NewsgraphError, on_newsgraph)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(Exception, on_unexpected)
