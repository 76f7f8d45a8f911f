"""POST /api/v1/ingest: uploads or pasted text through the real pipeline, behind a token.

The operator sets the token (`create_app(token=...)`, `NEWSGRAPH_TOKEN` for the CLI); a client
sends it as `Authorization: Bearer <token>`, `X-Newsgraph-Token`, or a `token` form field.
With no token configured, ingest is refused: reads stay open, writes never are by accident.
"""

from __future__ import annotations

import dataclasses
import hmac
import tempfile
from pathlib import Path
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from newsgraph.errors import AuthError, InputError
from newsgraph.serve.errors import IngestDisabled, IngestUnavailable, PayloadTooLarge

# Largest request body accepted, all files together: a big HTML page is ~2 MB, a WARC more.
MAX_UPLOAD_BYTES = 50 * 1024 * 1024

OPENAPI_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                        "text": {"type": "string", "description": "a pasted page (text or HTML)"},
                        "name": {"type": "string", "description": "a name for the pasted page"},
                        "token": {
                            "type": "string",
                            "description": "the API token (or use a header)",
                        },
                    },
                }
            },
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string"},
                        "name": {"type": "string"},
                    },
                    "required": ["text"],
                }
            },
        },
    },
}


def check_token(expected: str | None, given: str | None) -> None:
    if not expected:
        raise IngestDisabled(
            "ingest is disabled: the operator has configured no API token "
            "(start the server with NEWSGRAPH_TOKEN set)"
        )
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise AuthError("ingest needs the API token: send 'Authorization: Bearer <token>'")


def _header_token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-newsgraph-token")


async def _read_payload(
    request: Request,
) -> tuple[list[tuple[str, bytes]], str | None, str, str | None]:
    """(files, text, name, form token) from multipart, urlencoded or JSON bodies."""
    if int(request.headers.get("content-length") or 0) > MAX_UPLOAD_BYTES:
        raise PayloadTooLarge(f"upload over {MAX_UPLOAD_BYTES // 2**20} MB")
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("application/json"):
        try:
            body = await request.json()
        except ValueError:
            raise InputError("request", "body is not valid JSON") from None
        if not isinstance(body, dict):
            raise InputError("request", "JSON body must be an object with a 'text' field")
        return [], _str(body.get("text")), _str(body.get("name")) or "pasted.txt", None
    async with request.form(max_part_size=MAX_UPLOAD_BYTES) as form:  # closes the temp files
        files = [
            (f.filename or "upload", await f.read())
            for f in form.getlist("files")
            if isinstance(f, UploadFile)
        ]
        name = _str(form.get("name")) or "pasted.txt"
        return files, _str(form.get("text")), name, _str(form.get("token"))


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def open_kb(db_path: str) -> Any:
    try:
        import newsgraph.api
    except ImportError as err:
        raise IngestUnavailable(f"ingest is unavailable in this install ({err})") from None
    return newsgraph.api.open(db_path)


def _run(request: Request, files: list[tuple[str, bytes]], text: str | None, name: str) -> Any:
    state = request.app.state
    with state.ingest_lock:
        if state.kb is None:
            state.kb = state.open_kb(state.db_path)
        kb = state.kb
        if files:
            with tempfile.TemporaryDirectory(prefix="newsgraph-upload-") as tmp:
                paths = _write_uploads(Path(tmp), files)
                report = kb.ingest(paths)
        else:
            report = kb.ingest_text(text or "", Path(name).name or "pasted.txt")
    state.cache.bump()
    state.graph_index.bump()
    return report


def _write_uploads(folder: Path, files: list[tuple[str, bytes]]) -> list[str]:
    paths = []
    for i, (filename, data) in enumerate(files):
        safe = Path(filename.replace("\\", "/")).name or "upload"
        path = folder / f"{i:03d}-{safe}"
        path.write_bytes(data)
        paths.append(str(path))
    return paths


async def handle(request: Request) -> dict[str, Any]:
    expected = request.app.state.token
    header = _header_token(request)
    if not expected or header:
        check_token(expected, header)  # before reading a possibly large body
    files, text, name, form_token = await _read_payload(request)
    if not header:
        check_token(expected, form_token)
    if not files and not text:
        raise InputError("request", "nothing to ingest: send files or a 'text' field")
    if sum(len(data) for _, data in files) > MAX_UPLOAD_BYTES:
        raise PayloadTooLarge(f"upload over {MAX_UPLOAD_BYTES // 2**20} MB")
    report = await run_in_threadpool(_run, request, files, text, name)
    if hasattr(report, "to_json"):
        return dict(report.to_json())
    return dataclasses.asdict(report) if dataclasses.is_dataclass(report) else dict(report)
