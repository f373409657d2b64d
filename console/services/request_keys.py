"""Exactly-once for clients that retry: a phone that sent a report and lost the answer sends
it again with the same Idempotency-Key. The key is written in the transaction of the report
or action itself, so either both committed or neither; a retry gets the first answer."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from console.domain.errors import InvalidInput
from console.domain.workflow import Actor
from console.store.engine import Database
from console.store.models import RequestKey


@dataclass(frozen=True)
class Idempotency:
    key: str          # the client's key (a UUID the phone made when the user pressed send)
    fingerprint: str  # a hash of what was asked, so a reused key with other content is refused


_KEY = re.compile(r"[A-Za-z0-9._:-]{8,128}")


def from_header(key: str | None, content: str) -> Idempotency | None:
    """The ``Idempotency-Key`` header of a request and a fingerprint of what it asks
    (``content``: the body as the server parsed it, with the operation's name)."""
    if key is None:
        return None
    if not _KEY.fullmatch(key):
        raise InvalidInput("Idempotency-Key: 8 to 128 letters, digits or . _ : -",
                           code="invalid_idempotency_key")
    return Idempotency(key, hashlib.sha256(content.encode("utf-8")).hexdigest())


def _stored_key(actor: Actor, idem: Idempotency) -> str:
    return f"{actor.name}:{idem.key}"  # keys are per user: one user cannot replay another's


def replayed(db: Database, actor: Actor, idem: Idempotency | None) -> dict | None:
    """The answer of the first request with this key, or None if there was none."""
    if idem is None:
        return None
    with db.read() as s:
        row = s.scalar(select(RequestKey).where(RequestKey.key == _stored_key(actor, idem)))
    if row is None:
        return None
    if row.request_hash != idem.fingerprint:
        raise InvalidInput("this Idempotency-Key was used for a different request",
                           code="idempotency_key_reused", key=idem.key)
    doc = json.loads(row.response)
    doc["replayed"] = True
    return doc


def remember(session: Session, actor: Actor, idem: Idempotency | None, doc: dict,
             at: datetime) -> None:
    if idem is None:
        return
    session.execute(insert(RequestKey), [{
        "key": _stored_key(actor, idem), "user_name": actor.name,
        "request_hash": idem.fingerprint,
        "response": json.dumps(doc, ensure_ascii=False, default=str), "at": at}])
