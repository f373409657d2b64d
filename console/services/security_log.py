"""Who logged in, who failed to, which actions were refused, and what admins did.

``record`` writes in its own transaction, because a refused action's transaction is rolled back
and must leave nothing behind. ``add`` writes inside the caller's transaction: an administrative
act (user added, password set, unlock, first admin) and its log row commit together or not at
all. ``user_name`` is the actor (the acting admin), the target goes into ``case_ref`` and the
message.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from console.store.engine import Database
from console.store.models import SecurityEvent

log = logging.getLogger(__name__)


def _clean(text: str) -> str:
    return text.replace("\x00", "\\x00")  # PostgreSQL text cannot hold NUL


def _event(user: str, kind: str, action: str | None, case_ref: str | None, message: str) -> SecurityEvent:
    return SecurityEvent(at=datetime.now(UTC), user_name=_clean(user or "?")[:64], kind=kind,
                         action=action, case_ref=(case_ref or None) and _clean(str(case_ref))[:36],
                         message=_clean(message)[:2000])


def record(db: Database, user: str, kind: str, *, action: str | None = None,
           case_ref: str | None = None, message: str = "") -> None:
    try:
        with db.unit_of_work() as s:
            s.add(_event(user, kind, action, case_ref, message))
    except Exception:  # the log must never turn a clear refusal into a crash
        log.exception("could not record a security event for %s", user)


def add(session: Session, user: str, kind: str, *, action: str | None = None,
        case_ref: str | None = None, message: str = "") -> None:
    """The event in ``session``'s transaction (it fails with it)."""
    session.add(_event(user, kind, action, case_ref, message))
