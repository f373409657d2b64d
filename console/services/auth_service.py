"""Users, passwords (argon2, salted) and turning a login into a workflow ``Actor``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from console.domain.errors import AuthenticationFailed, InvalidInput, NotFound
from console.domain.workflow import ROLES, Actor
from console.services import security_log
from console.services.changes import record_change
from console.store.engine import Database
from console.store.models import AppUser, Department, District, GridCell

_HASHER = PasswordHasher()
MAX_FAILURES = 5
LOCK_MINUTES = 5


def hash_password(password: str) -> str:
    if not password or len(password) < 6:
        raise InvalidInput("a password needs at least 6 characters", code="password_too_short",
                           min_length=6)
    return _HASHER.hash(password)


def actor_of(user: AppUser) -> Actor:
    return Actor(user.name, user.role_set, user.department_code, user.district_code)


def _validate_roles(roles) -> list[str]:
    roles = [r.strip() for r in roles if r and r.strip()]
    if not roles:
        raise InvalidInput("a user needs at least one role", code="missing_input", action="user_add",
                           missing=["role"])
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise InvalidInput(f"unknown role(s) {', '.join(unknown)}; roles are: {', '.join(ROLES)}",
                           code="invalid_value", field="role", value=", ".join(unknown),
                           allowed=list(ROLES))
    return roles


class AuthService:
    def __init__(self, db: Database):
        self.db = db

    def add_user(self, name: str, password: str, roles, department: str | None = None,
                 district: str | None = None, full_name: str = "", actor: str | None = None) -> dict:
        name = (name or "").strip()
        if not name or len(name) > 64:
            raise InvalidInput("a user name needs 1 to 64 characters", code="invalid_user_name",
                               max_length=64)
        roles = _validate_roles(roles)
        if "department" in roles and not department:
            raise InvalidInput("a department user needs --department", code="missing_input",
                               action="user_add", missing=["department"])
        pw_hash = hash_password(password)
        with self.db.unit_of_work() as s:
            if s.scalar(select(AppUser.id).where(AppUser.name == name)):
                raise InvalidInput(f"user {name!r} exists already", code="user_exists", user=name)
            if department and not s.scalar(select(Department.id).where(Department.code == department)):
                raise NotFound(f"unknown department {department!r}", code="department_not_found",
                               department=department)
            if district and not s.scalar(select(District.id).where(District.code == district)):
                raise NotFound(f"unknown district {district!r}", code="district_not_found",
                               district=district)
            user = AppUser(name=name, full_name=full_name, password_hash=pw_hash,
                           roles=",".join(roles), department_code=department,
                           district_code=district, active=True, failed_logins=0)
            s.add(user)
            s.flush()
            record_change(s, "app_user", user.id, "insert", actor)
            return self._user_json(s, user)

    def set_password(self, name: str, password: str, actor: str | None = None) -> dict:
        pw_hash = hash_password(password)
        with self.db.unit_of_work() as s:
            user = self._get(s, name)
            user.password_hash = pw_hash
            user.failed_logins = 0
            user.locked_until = None
            record_change(s, "app_user", user.id, "update", actor)
            return self._user_json(s, user)

    def authenticate(self, name: str, password: str, now: datetime | None = None) -> Actor:
        """Check a password; repeated failures lock the account for a few minutes. Every
        attempt lands in the security log."""
        try:
            actor = self._authenticate(name, password, now or datetime.now(UTC))
        except AuthenticationFailed as exc:
            security_log.record(self.db, name, "login_failed", message=exc.message)
            raise
        security_log.record(self.db, name, "login")
        return actor

    def _authenticate(self, name: str, password: str, now: datetime) -> Actor:
        with self.db.unit_of_work() as s:
            user = s.scalar(select(AppUser).where(AppUser.name == name))
            if user is None or not user.active:
                # same message as a wrong password: do not tell which names exist
                _HASHER.hash("timing-equaliser")
                raise AuthenticationFailed(f"unknown user or wrong password for {name!r}",
                                           code="wrong_password", user=name)
            if user.locked_until and user.locked_until > now:
                raise AuthenticationFailed(
                    f"{name} is locked after {MAX_FAILURES} wrong passwords until "
                    f"{user.locked_until.isoformat(timespec='seconds')}",
                    code="locked_out", user=name, failures=MAX_FAILURES,
                    until=user.locked_until.astimezone(UTC).isoformat(timespec="seconds"),
                )
            try:
                _HASHER.verify(user.password_hash, password or "")
            except (VerificationError, InvalidHashError):
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILURES:
                    user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    user.failed_logins = 0
                # committed on purpose: the count must survive the refusal
                s.commit()
                raise AuthenticationFailed(f"unknown user or wrong password for {name!r}",
                                           code="wrong_password", user=name) from None
            if user.failed_logins:
                user.failed_logins = 0
            return actor_of(user)

    def actor(self, name: str) -> Actor:
        """The actor of a user already authenticated (in-process callers, tests, the demo)."""
        with self.db.read() as s:
            return actor_of(self._get(s, name))

    def list_users(self) -> list[dict]:
        with self.db.read() as s:
            users = s.scalars(select(AppUser).order_by(AppUser.name)).all()
            return [self._user_json(s, u) for u in users]

    @staticmethod
    def _get(s, name: str) -> AppUser:
        user = s.scalar(select(AppUser).where(AppUser.name == name))
        if user is None:
            raise NotFound(f"unknown user {name!r}", code="user_not_found", user=name)
        return user

    @staticmethod
    def _user_json(s, u: AppUser) -> dict:
        cells = s.scalars(select(GridCell.code).where(GridCell.inspector == u.name).order_by(GridCell.code)).all()
        return {
            "name": u.name,
            "full_name": u.full_name,
            "roles": sorted(u.role_set),
            "department": u.department_code,
            "district": u.district_code,
            "active": u.active,
            "cells": list(cells),
        }
