"""Who logged in, who failed to, and which actions were refused — in its own transaction,
because the refused action's transaction is rolled back and must leave nothing behind."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from console.store.engine import Database
from console.store.models import SecurityEvent

log = logging.getLogger(__name__)


def record(db: Database, user: str, kind: str, *, action: str | None = None,
           case_ref: str | None = None, message: str = "") -> None:
    try:
        with db.unit_of_work() as s:
            s.add(SecurityEvent(at=datetime.now(UTC), user_name=(user or "?")[:64], kind=kind,
                                action=action, case_ref=(case_ref or None) and str(case_ref)[:36],
                                message=message[:2000]))
    except Exception:  # the log must never turn a clear refusal into a crash
        log.exception("could not record a security event for %s", user)
