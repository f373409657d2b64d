"""Bearer tokens of the application server: short-lived, revocable, stored only as a hash.

A token lives in the database, not in a server's memory, so any instance behind a load
balancer accepts what another issued, and a revocation takes effect on all of them at once.
The user's roles are read again on every request: a demotion needs no new login.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from console.domain.errors import AuthenticationFailed
from console.domain.workflow import Actor
from console.services.auth_service import actor_of
from console.store.engine import Database
from console.store.models import ApiToken, AppUser

# one shift and its hand-over: a workstation logs in again the next day
TOKEN_HOURS = 12


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _refused() -> AuthenticationFailed:
    return AuthenticationFailed("the login token is unknown, expired or revoked: log in again",
                                code="token_invalid")


class TokenService:
    def __init__(self, db: Database):
        self.db = db

    def issue(self, user: str, client: str = "", now: datetime | None = None) -> dict:
        now = now or datetime.now(UTC)
        token = secrets.token_urlsafe(32)
        expires = now + timedelta(hours=TOKEN_HOURS)
        with self.db.unit_of_work() as s:
            s.add(ApiToken(token_hash=_digest(token), user_name=user, client=(client or "")[:64],
                           created_at=now, expires_at=expires))
        return {"token": token, "expires_at": expires.isoformat(timespec="seconds")}

    def resolve(self, token: str | None, now: datetime | None = None) -> Actor:
        """The actor a token stands for, with the roles the user has now."""
        if not token or len(token) > 128:
            raise _refused()
        now = now or datetime.now(UTC)
        with self.db.read() as s:
            row = s.execute(
                select(ApiToken.expires_at, ApiToken.revoked_at, AppUser)
                .join(AppUser, AppUser.name == ApiToken.user_name)
                .where(ApiToken.token_hash == _digest(token))).first()
            if row is None or row.revoked_at is not None or row.expires_at <= now \
                    or not row.AppUser.active:
                raise _refused()
            return actor_of(row.AppUser)

    def revoke(self, token: str, now: datetime | None = None) -> bool:
        with self.db.unit_of_work() as s:
            done = s.execute(update(ApiToken).where(ApiToken.token_hash == _digest(token),
                                                    ApiToken.revoked_at.is_(None))
                             .values(revoked_at=now or datetime.now(UTC)))
            return bool(done.rowcount)

    def revoke_user(self, user: str, now: datetime | None = None) -> int:
        """Every live token of a user (a password change, a deactivation)."""
        with self.db.unit_of_work() as s:
            done = s.execute(update(ApiToken).where(ApiToken.user_name == user,
                                                    ApiToken.revoked_at.is_(None))
                             .values(revoked_at=now or datetime.now(UTC)))
            return done.rowcount
