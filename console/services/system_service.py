"""Outside systems (the 12345 hotline, public apps) that speak Open311 to the center: their
API keys, their rate limit and their webhook settings.

A key is random, shown once, and stored only as its SHA-256: a stolen database does not hand
out keys. Every administrative act needs an active admin and is in the security log. The rate
limit is one atomic UPDATE on ``api_rate`` per request, so every server instance of a center
counts against the same window.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import case, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from console.domain.errors import AuthenticationFailed, InvalidInput, NotFound, PermissionDenied
from console.domain.text_input import clean_text
from console.domain.workflow import Actor
from console.services import security_log
from console.services.auth_service import admin_session
from console.store.engine import Database
from console.store.models import ApiRate, ApiSystem, AppUser, WebhookEvent

SYSTEM_SOURCES = ("public", "system")
DEFAULT_RATE = 60
MAX_RATE = 100_000
_NAME = re.compile(r"[a-z][a-z0-9_-]{1,31}")
_KEY_PREFIX = "o311_"


@dataclass(frozen=True)
class System:
    """What a request of an outside system acts as (a detached copy of its row)."""

    name: str
    title: str
    source: str
    rate_per_minute: int

    @property
    def actor(self) -> Actor:
        """The one thing Open311 lets a system do is register a report of its source, and
        ``check_register`` lets public/system reports in only with the acceptor role: so the
        actor holds that role and no district (a city-level case, sent down by the city
        center like any hotline case). No endpoint hands it any other action."""
        return Actor(self.name, frozenset({"acceptor"}), client=f"open311:{self.name}")


class RateLimited(PermissionDenied):
    """More requests in this minute than the system's limit (HTTP 429 with Retry-After)."""

    def __init__(self, system: str, limit: int, retry_after: int):
        super().__init__(f"{system} made more than {limit} requests this minute; retry in "
                         f"{retry_after} s", code="rate_limited", system=system, limit=limit,
                         retry_after=retry_after)
        self.retry_after = retry_after


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _new_key() -> str:
    return _KEY_PREFIX + secrets.token_urlsafe(32)


def _new_secret() -> str:
    return secrets.token_hex(32)


def _check_url(url: str) -> str:
    from urllib.parse import urlsplit

    text = (url or "").strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or len(text) > 512 \
            or any(c.isspace() or ord(c) < 32 for c in text):
        raise InvalidInput(f"not an http(s) URL for a webhook: {text[:80]!r}",
                           code="invalid_webhook_url", url=text[:512])
    return text


def _check_rate(rate: int | None) -> int | None:
    if rate is not None and not 1 <= int(rate) <= MAX_RATE:
        raise InvalidInput(f"the rate is 1 to {MAX_RATE} requests a minute, not {rate}",
                           code="invalid_rate", rate=rate, max=MAX_RATE)
    return None if rate is None else int(rate)


def parse_since(value: str) -> datetime:
    """An ISO date or date and time; without a zone it is UTC."""
    try:
        at = datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput(f"--since must be an ISO date and time, got {value!r}",
                           code="invalid_datetime", field="since", value=str(value)) from None
    return at if at.tzinfo else at.replace(tzinfo=UTC)


class SystemService:
    def __init__(self, db: Database, clock: Callable[[], datetime] | None = None):
        self.db = db
        #: the time of a request's rate count (tests set it: no test waits for a minute)
        self.clock = clock or (lambda: datetime.now(UTC))

    # --- administration (an active admin, logged in the security log) -------------------

    def add(self, actor: Actor, name: str, *, title: str = "", source: str = "public",
            rate: int | None = None, webhook: str | None = None,
            now: datetime | None = None) -> dict:
        """A new system; the answer holds its API key and webhook secret, shown this once."""
        now = now or datetime.now(UTC)
        if not _NAME.fullmatch(name or ""):
            raise InvalidInput("a system name is 2 to 32 lower-case letters, digits, - or _, "
                               f"starting with a letter: {name!r}", code="invalid_system_name",
                               name=name)
        title = clean_text(title, "title", 64) or name
        if source not in SYSTEM_SOURCES:
            raise InvalidInput(f"a system reports as public or system, not {source!r}",
                               code="invalid_value", field="source", value=source,
                               allowed=list(SYSTEM_SOURCES))
        rate = _check_rate(rate) or DEFAULT_RATE
        url = _check_url(webhook) if webhook else None
        key, secret = _new_key(), _new_secret()
        with self._admin_write(actor, "system_add") as (s, admin):
            # the system acts under its name in the audit: never a user's name too
            taken = s.scalar(select(ApiSystem.name).where(ApiSystem.name == name)) or \
                s.scalar(select(AppUser.name).where(AppUser.name == name))
            if taken:
                raise InvalidInput(f"{name!r} is taken (a system or a user)",
                                   code="system_exists", name=name)
            s.execute(insert(ApiSystem), [{
                "name": name, "title": title, "key_hash": hash_key(key), "source": source,
                "rate_per_minute": rate, "active": True, "created_at": now,
                "webhook_url": url, "webhook_secret": secret, "delivered_seq": 0,
                "webhook_attempts": 0}])
            s.execute(insert(ApiRate), [{"system": name, "window_start": now, "count": 0}])
            security_log.add(s, admin, "system_added", case_ref=name,
                             message=f"outside system {name} added ({source}, {rate}/min)")
            doc = self._json(s, s.get(ApiSystem, name))
        return {**doc, "api_key": key, "webhook_secret": secret}

    def list(self, actor: Actor) -> list[dict]:
        with self._admin_write(actor, "system_list") as (s, _admin):
            return [self._json(s, row) for row in
                    s.scalars(select(ApiSystem).order_by(ApiSystem.name)).all()]

    def new_key(self, actor: Actor, name: str) -> dict:
        """A new key; the old one stops working at once."""
        key = _new_key()
        with self._admin_write(actor, "system_key") as (s, admin):
            row = self._get(s, name)
            row.key_hash = hash_key(key)
            security_log.add(s, admin, "system_key", case_ref=name,
                             message=f"new API key for {name}")
            doc = self._json(s, row)
        return {**doc, "api_key": key}

    def set(self, actor: Actor, name: str, *, rate: int | None = None,
            webhook: str | None = None, no_webhook: bool = False, active: bool | None = None,
            new_secret: bool = False) -> dict:
        if webhook and no_webhook:
            raise InvalidInput("give --webhook URL or --no-webhook, not both",
                               code="webhook_twice")
        rate = _check_rate(rate)
        url = _check_url(webhook) if webhook else None
        secret = _new_secret() if new_secret else None
        with self._admin_write(actor, "system_set") as (s, admin):
            row = self._get(s, name)
            changes = []
            if rate is not None:
                row.rate_per_minute = rate
                changes.append(f"rate {rate}/min")
            if url is not None:
                if row.webhook_url is None:
                    # a new receiver gets what happens from now on (replay for older changes)
                    row.delivered_seq = self._last_seq(s, name)
                row.webhook_url = url
                row.webhook_attempts, row.webhook_next_at, row.webhook_last_error = 0, None, None
                changes.append(f"webhook {url}")
            if no_webhook:
                row.webhook_url = None
                changes.append("no webhook")
            if active is not None:
                row.active = bool(active)
                changes.append("active" if active else "inactive")
            if secret:
                row.webhook_secret = secret
                changes.append("new webhook secret")
            security_log.add(s, admin, "system_set", case_ref=name,
                             message=f"{name}: {', '.join(changes) or 'nothing changed'}")
            doc = self._json(s, row)
        return {**doc, "webhook_secret": secret} if secret else doc

    def replay(self, actor: Actor, name: str, since: str | datetime) -> dict:
        """Webhook redelivery from a time: the cursor moves back to the last change before
        it, so every change at or after ``since`` is sent again, in order."""
        at = since if isinstance(since, datetime) else parse_since(since)
        with self._admin_write(actor, "system_replay") as (s, admin):
            row = self._get(s, name)
            before = s.scalar(select(func.max(WebhookEvent.seq))
                              .where(WebhookEvent.system == name, WebhookEvent.at < at))
            row.delivered_seq = before or 0
            row.webhook_attempts, row.webhook_next_at, row.webhook_last_error = 0, None, None
            security_log.add(s, admin, "system_replay", case_ref=name,
                             message=f"webhook replay for {name} from {at.isoformat()}")
            doc = self._json(s, row)
        return {**doc, "since": at.astimezone(UTC).isoformat(timespec="seconds")}

    # --- requests of the systems ----------------------------------------------------------

    def authenticate(self, key: str | None) -> System:
        """The system a key belongs to; a missing, unknown, replaced or inactive key is
        refused alike (the answer does not say which systems exist)."""
        if not key:
            raise AuthenticationFailed("an api_key is required", code="api_key_missing")
        with self.db.read() as s:
            row = s.scalar(select(ApiSystem).where(ApiSystem.key_hash == hash_key(key)))
            if row is None:
                raise AuthenticationFailed("the api_key is not valid", code="api_key_invalid")
            if not row.active:
                raise AuthenticationFailed(f"system {row.name} is deactivated",
                                           code="system_inactive", system=row.name)
            return System(row.name, row.title, row.source, row.rate_per_minute)

    def count_request(self, system: System, now: datetime | None = None) -> int:
        """Count one request in the system's current minute (a fixed window), or refuse it
        with ``RateLimited``. One atomic UPDATE: two instances cannot both take the last
        slot. Returns the requests left in this minute."""
        now = now or self.clock()
        minute = now.replace(second=0, microsecond=0)
        limit = system.rate_per_minute
        counted = (update(ApiRate)
                   .where(ApiRate.system == system.name,
                          (ApiRate.window_start != minute) | (ApiRate.count < limit))
                   # a new minute starts over at 1, the same minute counts on
                   .values(count=case((ApiRate.window_start == minute, ApiRate.count + 1),
                                      else_=1),
                           window_start=minute)
                   .returning(ApiRate.count))
        with self.db.unit_of_work() as s:
            used = s.scalar(counted)
            if used is None and s.get(ApiRate, system.name) is None:
                try:  # a system from before its rate row existed: make it, then count
                    with s.begin_nested():
                        s.execute(insert(ApiRate), [{"system": system.name,
                                                     "window_start": minute, "count": 0}])
                except IntegrityError:
                    pass
                used = s.scalar(counted)
        if used is None:
            retry = 60 - now.second if now.second or now.microsecond else 60
            raise RateLimited(system.name, limit, max(1, retry))
        return limit - used

    # --- helpers ---------------------------------------------------------------------------

    def _admin_write(self, actor: Actor, action: str):
        return admin_session(self.db, actor, action)

    @staticmethod
    def _get(s, name: str) -> ApiSystem:
        row = s.get(ApiSystem, name, with_for_update=True)
        if row is None:
            raise NotFound(f"unknown system {name!r}", code="system_not_found", system=name)
        return row

    @staticmethod
    def _last_seq(s, name: str) -> int:
        return s.scalar(select(func.max(WebhookEvent.seq))
                        .where(WebhookEvent.system == name)) or 0

    def _json(self, s, row: ApiSystem) -> dict:
        last = self._last_seq(s, row.name)
        return {"name": row.name, "title": row.title, "source": row.source,
                "rate_per_minute": row.rate_per_minute, "active": bool(row.active),
                "created_at": _iso(row.created_at), "webhook_url": row.webhook_url,
                "delivered_seq": row.delivered_seq, "last_seq": last,
                "pending": (s.scalar(select(func.count()).select_from(WebhookEvent).where(
                    WebhookEvent.system == row.name, WebhookEvent.seq > row.delivered_seq))
                    if row.webhook_url else 0),
                "webhook_attempts": row.webhook_attempts,
                "webhook_next_at": _iso(row.webhook_next_at),
                "webhook_last_error": row.webhook_last_error}


def _iso(at: datetime | None) -> str | None:
    return at.astimezone(UTC).isoformat(timespec="seconds") if at else None

