"""What a case owes the outside system it came from: one outbox row per audited event,
written in the event's own transaction, so a change is never committed without its message
(and never announced without being committed). Delivery is the webhook service's job."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from console.services.changes import order_writes
from console.store.models import CaseFile, WebhookEvent


def enqueue(session: Session, row: CaseFile, event_seq: int, action: str, to_state,
            at: datetime) -> None:
    if not row.origin_system:
        return
    order_writes(session)  # outbox seq order = commit order, as in the change feed
    body = {"deadline": row.deadline.isoformat() if row.deadline else None,
            "close_type": row.close_type}
    session.execute(insert(WebhookEvent), [{
        "system": row.origin_system, "case_id": row.id, "case_code": row.code,
        "event_seq": event_seq, "action": action, "state": str(to_state), "at": at,
        "body": json.dumps(body, ensure_ascii=False)}])
