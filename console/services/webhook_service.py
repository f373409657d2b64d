"""Delivery of the webhook outbox: each state change of a system's cases, POSTed to its URL
in outbox order, one at a time per system, signed with the system's secret.

The cursor (``api_system.delivered_seq``) moves only when the receiver answers 2xx, so a
change is never skipped and never lost; a failure waits with exponential back-off and the
same change is sent again. Delivery is at least once: a receiver drops a repeat by the
``X-Console-Delivery`` header (the outbox seq).

One sender at a time per system, without holding a transaction across the HTTP call (on
SQLite that would stop every writer; on PostgreSQL it would pin a connection and a row lock
for as long as a slow receiver takes): a sender claims the system with a lease — one short
transaction that sets ``webhook_next_at`` to the lease's end, on a row taken with
``FOR UPDATE SKIP LOCKED`` on PostgreSQL (SQLite has one writer) — then POSTs, then moves the
cursor only if its lease still holds. An instance that dies mid-call loses the lease when it
runs out, and another one sends the change again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import exists, select, update

from console.services.open311_view import STATUS_NOTES, Open311View, status_of
from console.store.engine import Database
from console.store.models import ApiSystem, WebhookEvent

log = logging.getLogger("console.webhooks")

TIMEOUT_S = 10.0  # one POST; a receiver that takes longer has failed
LEASE = timedelta(seconds=60)  # longer than a POST can take
FIRST_RETRY_S = 5
MAX_RETRY_S = 600  # back-off doubles from 5 s up to 10 minutes, and stays there
BATCH = 100  # changes per system per round, so one busy system does not starve the others

#: (url, body, headers) → HTTP status; raises on a connection error or a timeout
Post = Callable[[str, bytes, dict], int]


def sign(secret: str, body: bytes) -> str:
    """The ``X-Console-Signature`` header's value: HMAC-SHA256 of the raw body."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def retry_delay(attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failure in a row."""
    return timedelta(seconds=min(FIRST_RETRY_S * 2 ** max(attempts - 1, 0), MAX_RETRY_S))


def http_post(url: str, body: bytes, headers: dict) -> int:
    import httpx

    return httpx.post(url, content=body, headers=headers, timeout=TIMEOUT_S,
                      follow_redirects=False).status_code


@dataclass(frozen=True)
class _Claim:
    system: str
    url: str
    secret: str
    cursor: int
    attempts: int
    lease: datetime
    event: WebhookEvent


class WebhookService:
    def __init__(self, db: Database, view: Open311View, post: Post | None = None):
        self.db, self.view = db, view
        self.post = post or http_post

    def due_systems(self, now: datetime) -> list[str]:
        """Active systems with a webhook, changes not yet delivered, and no back-off or
        other sender's lease running."""
        pending = exists().where(WebhookEvent.system == ApiSystem.name,
                                 WebhookEvent.seq > ApiSystem.delivered_seq)
        with self.db.read() as s:
            return list(s.scalars(select(ApiSystem.name).where(
                ApiSystem.webhook_url.is_not(None), ApiSystem.active.is_(True), pending,
                ApiSystem.webhook_next_at.is_(None) | (ApiSystem.webhook_next_at <= now))
                .order_by(ApiSystem.name)))

    def deliver_due(self, now: datetime | None = None) -> list[dict]:
        """One round: for each due system, its pending changes in order until one fails
        (or ``BATCH`` went). Returns what was sent, delivered or not. Tests call it with
        their own ``now``; the server's loop calls it every few seconds."""
        sent: list[dict] = []
        for system in self.due_systems(now or datetime.now(UTC)):
            for _ in range(BATCH):
                result = self._deliver_one(system, now or datetime.now(UTC))
                if result is None:
                    break
                sent.append(result)
                if not result["delivered"]:
                    break
        return sent

    # --- one change -----------------------------------------------------------------------

    def _deliver_one(self, system: str, now: datetime) -> dict | None:
        claim = self._claim(system, now)
        if claim is None:
            return None
        e = claim.event
        body = self.payload(system, e)
        headers = {"Content-Type": "application/json; charset=utf-8",
                   "User-Agent": "city-console-webhooks",
                   "X-Console-Delivery": str(e.seq), "X-Console-System": system,
                   "X-Console-Signature": sign(claim.secret, body)}
        status, error = None, None
        try:
            status = self.post(claim.url, body, headers)
            if not 200 <= status < 300:
                error = f"HTTP {status}"
        except Exception as exc:  # refused, timed out, bad TLS: all a failed attempt
            error = f"{type(exc).__name__}: {exc}"[:500]
        held = self._finish(claim, error, now)
        if error:
            log.info("webhook %s seq %s failed (%s)", system, e.seq, error)
        return {"system": system, "seq": e.seq, "case": e.case_code, "action": e.action,
                "state": e.state, "delivered": error is None and held, "status": status,
                "error": error, "lease_held": held}

    def _claim(self, system: str, now: datetime) -> _Claim | None:
        lease = now + LEASE
        with self.db.unit_of_work() as s:
            row = s.scalar(select(ApiSystem).where(
                ApiSystem.name == system, ApiSystem.webhook_url.is_not(None),
                ApiSystem.active.is_(True),
                ApiSystem.webhook_next_at.is_(None) | (ApiSystem.webhook_next_at <= now))
                .with_for_update(skip_locked=True))
            if row is None:
                return None  # another sender holds it, or its back-off runs
            event = s.scalar(select(WebhookEvent)
                             .where(WebhookEvent.system == system,
                                    WebhookEvent.seq > row.delivered_seq)
                             .order_by(WebhookEvent.seq).limit(1))
            if event is None:
                return None
            row.webhook_next_at = lease
            s.expunge(event)
            return _Claim(system, row.webhook_url, row.webhook_secret or "", row.delivered_seq,
                          row.webhook_attempts, lease, event)

    def _finish(self, claim: _Claim, error: str | None, now: datetime) -> bool:
        """Move the cursor (2xx) or schedule the retry, if the lease still holds: a replay or
        a new URL in between wins, and the change is simply sent again later."""
        if error is None:
            values = {"delivered_seq": claim.event.seq, "webhook_attempts": 0,
                      "webhook_next_at": None, "webhook_last_error": None}
        else:
            attempts = claim.attempts + 1
            values = {"webhook_attempts": attempts,
                      "webhook_next_at": now + retry_delay(attempts),
                      "webhook_last_error": f"seq {claim.event.seq}: {error}"}
        with self.db.unit_of_work() as s:
            done = s.execute(update(ApiSystem)
                             .where(ApiSystem.name == claim.system,
                                    ApiSystem.webhook_next_at == claim.lease,
                                    ApiSystem.delivered_seq == claim.cursor)
                             .values(**values))
            return done.rowcount == 1

    def payload(self, system: str, e: WebhookEvent) -> bytes:
        """The Open311 request fields of the case as the change left it, and the change."""
        request = self.view.case_request(e.case_id) or {"service_request_id": e.case_code}
        extra = json.loads(e.body or "{}")
        status = status_of(e.state)
        request.update({"status": status, "status_notes": STATUS_NOTES.get(e.state, e.state),
                        "updated_datetime": _iso(e.at),
                        "expected_datetime": _iso_text(extra.get("deadline"))
                        if status == "open" else None})
        doc = {"delivery": e.seq, "system": system,
               "event": {"seq": e.seq, "case_event_seq": e.event_seq, "action": e.action,
                         "state": e.state, "status": status, "at": _iso(e.at),
                         "close_type": extra.get("close_type")},
               "request": request}
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _iso(at: datetime | None) -> str | None:
    return at.astimezone(UTC).isoformat(timespec="seconds") if at else None


def _iso_text(value: str | None) -> str | None:
    return _iso(datetime.fromisoformat(value)) if value else None
