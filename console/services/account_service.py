"""A user's own account: changing one's password (no Qt here).

Administrators set anybody's password with ``AuthService.set_password`` (``console user
passwd``); this is the self-service path of the desktop's "Change my password": the old
password must be given, the new one must differ. Both outcomes land in the security log.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from console.domain.errors import AuthenticationFailed, InvalidInput
from console.services import security_log
from console.services.auth_service import hash_password
from console.services.changes import record_change
from console.store.engine import Database
from console.store.models import AppUser

_HASHER = PasswordHasher()


class AccountService:
    def __init__(self, db: Database):
        self.db = db

    def change_own_password(self, name: str, old_password: str, new_password: str) -> None:
        """Set ``name``'s password to ``new_password`` if ``old_password`` is theirs.

        Raises ``AuthenticationFailed`` for a wrong old password, ``InvalidInput`` for a new
        one that is too short or equal to the old one. Audited in ``security_event``.
        """
        try:
            self._change(name, old_password or "", new_password or "")
        except (AuthenticationFailed, InvalidInput) as exc:
            security_log.record(self.db, name, "password_refused", message=f"{exc.kind}: {exc.message}")
            raise
        security_log.record(self.db, name, "password_changed",
                            message="the user changed their own password")

    def _change(self, name: str, old_password: str, new_password: str) -> None:
        if new_password == old_password:
            raise InvalidInput("the new password must differ from the old one",
                               code="password_unchanged")
        new_hash = hash_password(new_password)  # raises for a short one
        with self.db.unit_of_work() as s:
            user = s.scalar(select(AppUser).where(AppUser.name == name))
            if user is None or not user.active:
                raise AuthenticationFailed(f"unknown user {name!r}", code="wrong_password")
            try:
                _HASHER.verify(user.password_hash, old_password)
            except (VerificationError, InvalidHashError):
                raise AuthenticationFailed("the old password is wrong",
                                           code="wrong_password") from None
            user.password_hash = new_hash
            record_change(s, "app_user", user.id, "update", name)
