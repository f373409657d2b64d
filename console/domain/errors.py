"""Typed errors that cross every boundary (services, CLI, widgets).

Each carries a stable ``kind``: the `console --json` interface prints it as ``error``, and
scripts of other systems branch on it, so the kinds never change meaning.

Each also carries a ``code`` (a stable message key, e.g. ``missing_input``) and ``params`` (the
facts the message was made of, e.g. ``{"action": "reject", "missing": ["reason"]}``). The English
``message`` is for the command line and logs; the desktop UI words ``code`` + ``params`` in the
user's language (``console/widgets/error_text.py``) and never shows flags or ISO timestamps.
"""

from __future__ import annotations


class ConsoleError(Exception):
    kind = "error"

    def __init__(self, message: str, code: str | None = None, **details):
        super().__init__(message)
        self.message = message
        self.code = code or self.kind
        self.details = details

    @property
    def params(self) -> dict:
        return self.details

    def to_json(self) -> dict:
        doc = {k: v for k, v in self.details.items() if v is not None}  # as before: flat too
        doc.update({"error": self.kind, "code": self.code, "message": self.message,
                    "params": self.params})
        return doc


class InvalidInput(ConsoleError):
    kind = "invalid_input"


class NotFound(ConsoleError):
    kind = "not_found"


class PermissionDenied(ConsoleError):
    kind = "permission_denied"


class AuthenticationFailed(ConsoleError):
    kind = "authentication_failed"


class InvalidTransition(ConsoleError):
    kind = "invalid_transition"


class StaleCase(ConsoleError):
    """The case changed since the caller read it; nothing was applied."""

    kind = "stale"


class CatalogError(ConsoleError):
    """A reference-data file is malformed; the message names file, line and problem."""

    kind = "invalid_data"

    def __init__(self, path, line: int | None, problem: str):
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {problem}", code="invalid_data", file=str(path), line=line,
                         problem=problem)


class ConnectionLost(ConsoleError):
    kind = "connection_lost"


class DatabaseError(ConsoleError):
    """The database refused a write for a reason the services did not foresee (a constraint).
    The message names the table, never the SQL; nothing was written."""

    kind = "database_error"
