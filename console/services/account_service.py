"""A user's own account: changing one's password (no Qt here).

Administrators set anybody's password with ``AuthService.set_password`` (``console user
passwd --as ADMIN``); this is the self-service path of the desktop's "Change my password": the
old password must be given, the new one must differ. The old password is checked through the
login throttle of (user, client), so a wrong one counts as a failed login: this path is no way
around the lock. Both outcomes land in the security log.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from console.domain.errors import AuthenticationFailed, InvalidInput
from console.services import security_log
from console.services.auth_service import (
    LOCAL_CLIENT,
    AuthService,
    attempt_failed,
    attempt_succeeded,
    hash_password,
    reserve_attempt,
    verify_password,
)
from console.services.changes import record_change
from console.store.engine import Database
from console.store.models import AppUser


class AccountService:
    def __init__(self, db: Database):
        self.db = db

    def change_own_password(self, name: str, old_password: str, new_password: str,
                            client: str = LOCAL_CLIENT) -> None:
        """Set ``name``'s password to ``new_password`` if ``old_password`` is theirs.

        Raises ``AuthenticationFailed`` (``wrong_password``) for a wrong old password,
        ``login_refused`` with ``until`` while the (user, client) pair is locked, and
        ``InvalidInput`` for a new one that is too short or equal to the old one. Audited in
        ``security_event``.
        """
        try:
            self._change(name or "", old_password or "", new_password or "", client or LOCAL_CLIENT)
        except (AuthenticationFailed, InvalidInput) as exc:
            security_log.record(self.db, name, "password_refused", message=f"{exc.kind}: {exc.message}")
            raise
        security_log.record(self.db, name, "password_changed",
                            message="the user changed their own password")

    def _change(self, name: str, old_password: str, new_password: str, client: str) -> None:
        if new_password == old_password:
            raise InvalidInput("the new password must differ from the old one",
                               code="password_unchanged")
        new_hash = hash_password(new_password)  # raises for a short one
        now = datetime.now(UTC)
        if "\x00" in name:
            raise AuthenticationFailed("the old password is wrong", code="wrong_password")
        attempt = reserve_attempt(self.db, name, client, now)
        if not attempt.allowed:
            raise AuthService(self.db).refused(name, attempt.locked_until)
        with self.db.read() as s:
            user = s.scalar(select(AppUser).where(AppUser.name == name))
            stored = user.password_hash if user is not None and user.active else None
        if not verify_password(stored, old_password):
            until = attempt_failed(self.db, attempt, now)
            if until is not None:
                raise AuthService(self.db).refused(name, until)
            raise AuthenticationFailed("the old password is wrong", code="wrong_password")
        attempt_succeeded(self.db, attempt)
        with self.db.unit_of_work() as s:
            user = s.scalar(select(AppUser).where(AppUser.name == name))
            user.password_hash = new_hash
            record_change(s, "app_user", user.id, "update", name)
