"""One catalogue of the errors newsgraph reports to users.

Every user-facing failure is a NewsgraphError with a one-line message; the CLI maps
them to exit codes and the HTTP API to status codes (see serve/errors.py), so no
traceback ever reaches a user.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose. `str(err)` is one line for a user."""

    exit_code = 1
    http_status = 500


class InputError(NewsgraphError):
    """A file or page that cannot be read or parsed (binary, empty, broken gzip, bad bytes)."""

    exit_code = 1
    http_status = 400

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class StoreError(NewsgraphError):
    """The knowledge base cannot be opened or written (wrong file, newer schema, locked)."""

    exit_code = 2
    http_status = 500


class NotFound(NewsgraphError):
    """A requested article, entity, event or story id does not exist."""

    exit_code = 3
    http_status = 404


class AuthError(NewsgraphError):
    """A write was attempted without the operator's API token."""

    exit_code = 4
    http_status = 401
