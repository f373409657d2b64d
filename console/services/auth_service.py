"""Users, passwords (argon2, salted), login throttling and turning a login into an ``Actor``.

Login (issue 8): attempts are throttled per (user name as typed, client) in ``login_throttle``.
A slot is reserved with one atomic statement *before* the password is checked, so however many
attempts arrive at once, exactly ``MAX_FAILURES`` passwords are checked before the lock. Unknown
names are throttled and verified (against a dummy hash) like real ones, and every refusal has
one code, ``login_refused``: nothing tells a name that exists from one that does not. A lock is
per client, so nobody can keep a member of staff out from elsewhere; an admin can unlock.

User administration needs an authenticated admin ``Actor``; every administrative act is in the
security log, written in the same transaction as the change. ``add_user_unchecked`` is the one
door for trusted in-process callers (test fixtures) and is never reachable from the CLI/server.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import and_, case, delete, literal, null, select, text, update

from console.domain.errors import (
    AuthenticationFailed,
    CatalogError,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from console.domain.workflow import ROLES, Actor
from console.services import security_log
from console.services.changes import record_change
from console.store.engine import Database
from console.store.models import AppUser, Department, District, GridCell, LoginThrottle
from console.store.types import UTCDateTime

_HASHER = PasswordHasher()
MAX_FAILURES = 5
LOCK_MINUTES = 5
ADMIN_ROLE = "admin"
LOCAL_CLIENT = "local"  # embedded mode: the workstation itself
_NAME_MAX = 64
_CLIENT_MAX = 64  # as api_token.client; name + "|" + client fits login_throttle.key (160)

# A hash of a secret nobody knows, made with the hasher's parameters: an unknown user's attempt
# costs the same verification as a known one. Recomputed once if the parameters ever change.
_DUMMY_HASH = ("$argon2id$v=19$m=65536,t=3,p=4$Nx+hfLjjnF32V9xhA8lo5g$"
               "EHqYlMsgHXdmUbZyOc8hlJYqrl7w8UaKzHOhs7yN048")


@cache
def _dummy_hash() -> str:
    if _HASHER.check_needs_rehash(_DUMMY_HASH):
        import secrets

        return _HASHER.hash(secrets.token_urlsafe(32))
    return _DUMMY_HASH


def hash_password(password: str) -> str:
    if not password or len(password) < 6:
        raise InvalidInput("a password needs at least 6 characters", code="password_too_short",
                           min_length=6)
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """One argon2 verification whatever happens: against the dummy hash when there is no user
    (unknown or inactive), so both cost the same time."""
    try:
        _HASHER.verify(stored_hash or _dummy_hash(), password or "")
    except (VerificationError, InvalidHashError):
        return False
    return stored_hash is not None


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


# --- the throttle -------------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    """A reserved login attempt: its number in the current window and the pair's lock."""

    key: str
    number: int
    locked_until: datetime | None

    @property
    def allowed(self) -> bool:
        """Only the first ``MAX_FAILURES`` attempts of a window get a password check."""
        return self.number <= MAX_FAILURES


def throttle_key(name: str, client: str) -> str:
    return f"{name[:_NAME_MAX]}|{client[:_CLIENT_MAX]}"


def _insert_for(session):
    if session.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def reserve_attempt(db: Database, name: str, client: str, now: datetime) -> Attempt:
    """Count an attempt for (name, client) before any password is checked, in its own short
    transaction: insert the row if missing, then one ``UPDATE … RETURNING``. The row lock of
    the UPDATE serialises concurrent attempts, so no increment is lost. An expired lock starts
    a new window; the attempt that takes the last slot sets the lock at once (the refusals of
    the attempts behind it can name the time, and a crash mid-check cannot leave a counter
    stuck without an end); its failure renews the lock, its success removes the row."""
    t = LoginThrottle.__table__
    key = throttle_key(name, client)
    expired = and_(t.c.locked_until.is_not(None), t.c.locked_until <= literal(now, UTCDateTime()))
    lock_at = literal(now + timedelta(minutes=LOCK_MINUTES), UTCDateTime())
    with db.unit_of_work() as s:
        s.execute(_insert_for(s)(t).values(key=key, user_name=name[:_NAME_MAX], attempts=0,
                                           locked_until=None)
                  .on_conflict_do_nothing(index_elements=[t.c.key]))
        row = s.execute(
            update(t).where(t.c.key == key)
            .values(attempts=case((expired, 1), else_=t.c.attempts + 1),
                    locked_until=case((expired, null()),
                                      (and_(t.c.locked_until.is_(None),
                                            t.c.attempts + 1 >= MAX_FAILURES), lock_at),
                                      else_=t.c.locked_until))
            .returning(t.c.attempts, t.c.locked_until)).one()
    return Attempt(key, row.attempts, row.locked_until)


def attempt_failed(db: Database, attempt: Attempt, now: datetime) -> datetime | None:
    """A checked password was wrong: the last slot's failure (re)starts the lock. Returns the
    pair's lock end when the pair is now locked."""
    if attempt.number < MAX_FAILURES:
        return None
    t = LoginThrottle.__table__
    with db.unit_of_work() as s:
        row = s.execute(update(t).where(t.c.key == attempt.key, t.c.attempts >= MAX_FAILURES)
                        .values(locked_until=now + timedelta(minutes=LOCK_MINUTES))
                        .returning(t.c.locked_until)).first()
    return row.locked_until if row else None


def attempt_succeeded(db: Database, attempt: Attempt) -> None:
    """A right password resets the pair's counter."""
    t = LoginThrottle.__table__
    with db.unit_of_work() as s:
        s.execute(delete(t).where(t.c.key == attempt.key))


# --- the service --------------------------------------------------------------------------


class AuthService:
    def __init__(self, db: Database, zone: ZoneInfo | None = None):
        self.db = db
        self._zone = zone

    @property
    def zone(self) -> ZoneInfo:
        """The center's time zone (the work calendar's), for the lock-out time in messages."""
        if self._zone is None:
            from console.domain.calendar import DEFAULT_TIMEZONE, load_calendar

            try:
                self._zone = load_calendar().zone
            except CatalogError:
                self._zone = ZoneInfo(DEFAULT_TIMEZONE)
        return self._zone

    # login

    def authenticate(self, name: str, password: str, now: datetime | None = None,
                     client: str = LOCAL_CLIENT) -> Actor:
        """Check a password, throttled per (name, client). Every refusal is the same
        ``login_refused`` (with ``until`` when the pair is locked). Every attempt lands in the
        security log."""
        name = name or ""
        client = (client or LOCAL_CLIENT)[:_CLIENT_MAX]
        try:
            actor = self._authenticate(name, password or "", now or datetime.now(UTC), client)
        except AuthenticationFailed as exc:
            security_log.record(self.db, name, "login_failed", message=f"{exc.message} [client {client}]")
            raise
        security_log.record(self.db, name, "login", message=f"client {client}")
        return actor

    def _authenticate(self, name: str, password: str, now: datetime, client: str) -> Actor:
        if "\x00" in name:  # no user has one, and PostgreSQL text cannot hold it
            raise self.refused(name, None)
        attempt = reserve_attempt(self.db, name, client, now)
        if not attempt.allowed:
            raise self.refused(name, attempt.locked_until)
        with self.db.read() as s:
            user = s.scalar(select(AppUser).where(AppUser.name == name))
            stored = user.password_hash if user is not None and user.active else None
            actor = actor_of(user) if user is not None else None
        if not verify_password(stored, password):
            raise self.refused(name, attempt_failed(self.db, attempt, now))
        attempt_succeeded(self.db, attempt)
        return actor

    def refused(self, name: str, until: datetime | None) -> AuthenticationFailed:
        """The one refusal of a login, whatever the reason; ``until`` (UTC ISO in params, local
        time in the English message) only when the (name, client) pair is locked."""
        if until is None:
            return AuthenticationFailed(f"login refused for {name!r}: unknown user or wrong password",
                                        code="login_refused", user=name)
        local = until.astimezone(self.zone)
        return AuthenticationFailed(
            f"login refused for {name!r}: too many failed attempts from here; try again after "
            f"{local:%Y-%m-%d %H:%M} ({self.zone.key} time)",
            code="login_refused", user=name,
            until=until.astimezone(UTC).isoformat(timespec="seconds"))

    def actor(self, name: str) -> Actor:
        """The actor of a user already authenticated (in-process callers, tests, the demo)."""
        with self.db.read() as s:
            return actor_of(self._get(s, name))

    # administration: an authenticated admin on every path

    def add_user(self, actor: Actor, name: str, password: str, roles, department: str | None = None,
                 district: str | None = None, full_name: str = "") -> dict:
        """A new user, added by an admin (refused with ``admin_only`` otherwise)."""
        pw_hash, roles = self._new_user_input(name, password, roles, department)
        with self._as_admin(actor, "user_add") as (s, admin):
            doc = self._insert_user(s, name.strip(), pw_hash, roles, department, district,
                                    full_name, admin)
            security_log.add(s, admin, "user_added", case_ref=doc["name"],
                             message=f"user {doc['name']} added with roles {','.join(roles)}")
            return doc

    def add_first_admin(self, name: str, password: str, department: str | None = None,
                        district: str | None = None, full_name: str = "", roles=(ADMIN_ROLE,)) -> dict:
        """The first admin of a database without an active admin (``console user add NAME
        --role admin --first-admin``): no login possible yet. Refused (``first_admin_exists``)
        once an active admin exists."""
        pw_hash, roles = self._new_user_input(name, password, roles, department)
        if ADMIN_ROLE not in roles:
            raise InvalidInput("the first admin needs the role admin", code="invalid_value",
                               field="role", value=",".join(roles), allowed=[ADMIN_ROLE])
        name = name.strip()
        with self.db.unit_of_work() as s:
            if s.bind.dialect.name == "postgresql":
                # serialise with every writer (the change feed's row lock), so two first admins
                # cannot both see an empty table; SQLite's BEGIN IMMEDIATE does this already
                s.execute(text("UPDATE change_feed_lock SET writes = writes + 1 WHERE id = 1"))
            if self._active_admins(s):
                raise PermissionDenied("an admin exists already: log in as an admin (--as) "
                                       "to add users", code="first_admin_exists", user=name)
            doc = self._insert_user(s, name, pw_hash, roles, department, district, full_name, name)
            security_log.add(s, name, "first_admin", case_ref=name,
                             message=f"first admin {name} created (the database had no active admin)")
            return doc

    def add_user_unchecked(self, name: str, password: str, roles, department: str | None = None,
                           district: str | None = None, full_name: str = "",
                           recorded_as: str | None = None) -> dict:
        """For trusted in-process callers only (test fixtures, builders): no admin check.
        Never wire this to the CLI or the server."""
        pw_hash, roles = self._new_user_input(name, password, roles, department)
        with self.db.unit_of_work() as s:
            return self._insert_user(s, name.strip(), pw_hash, roles, department, district,
                                     full_name, recorded_as)

    def set_password(self, actor: Actor, name: str, password: str) -> dict:
        """An admin sets anybody's password; the user's login throttle is cleared with it."""
        pw_hash = hash_password(password)
        with self._as_admin(actor, "user_passwd") as (s, admin):
            user = self._get(s, name)
            user.password_hash = pw_hash
            s.execute(delete(LoginThrottle).where(LoginThrottle.user_name == name))
            record_change(s, "app_user", user.id, "update", admin)
            security_log.add(s, admin, "password_set", case_ref=name,
                             message=f"password of {name} set by an admin")
            return self._user_json(s, user)

    def unlock(self, actor: Actor, name: str) -> dict:
        """Clear every throttle row of ``name`` (any client); the name need not exist, since
        unknown names are throttled too."""
        with self._as_admin(actor, "user_unlock") as (s, admin):
            cleared = s.execute(delete(LoginThrottle).where(LoginThrottle.user_name == name)).rowcount
            security_log.add(s, admin, "unlock", case_ref=name,
                             message=f"login throttle of {name} cleared ({cleared} client(s))")
            return {"user": name, "cleared": cleared}

    def set_active(self, actor: Actor, name: str, active: bool) -> dict:
        """Deactivate (no login any more) or reactivate a user. The last active admin cannot
        be deactivated (``last_admin``): the database would need a new first admin."""
        with self._as_admin(actor, "user_activate" if active else "user_deactivate") as (s, admin):
            user = self._get(s, name)
            if (not active and user.active and ADMIN_ROLE in user.role_set
                    and self._active_admins(s) == [user.name]):
                raise PermissionDenied(f"{name} is the last active admin", code="last_admin", user=name)
            if user.active != active:
                user.active = active
                record_change(s, "app_user", user.id, "update", admin)
            security_log.add(s, admin, "user_activated" if active else "user_deactivated",
                             case_ref=name, message=f"user {name} {'activated' if active else 'deactivated'}")
            return self._user_json(s, user)

    def list_users(self, actor: Actor | None = None) -> list[dict]:
        """Every user. ``actor`` is the logged-in reader (the server requires one; embedded
        callers may omit it)."""
        with self.db.read() as s:
            # only the columns shown: console_reader may not read password_hash
            from sqlalchemy.orm import load_only

            users = s.scalars(select(AppUser).options(load_only(
                AppUser.name, AppUser.full_name, AppUser.roles, AppUser.department_code,
                AppUser.district_code, AppUser.active)).order_by(AppUser.name)).all()
            return [self._user_json(s, u) for u in users]

    # helpers

    @staticmethod
    def _new_user_input(name, password, roles, department) -> tuple[str, list[str]]:
        name = (name or "").strip()
        if not name or len(name) > _NAME_MAX or "\x00" in name:
            raise InvalidInput("a user name needs 1 to 64 characters", code="invalid_user_name",
                               max_length=_NAME_MAX)
        roles = _validate_roles(roles)
        if "department" in roles and not department:
            raise InvalidInput("a department user needs --department", code="missing_input",
                               action="user_add", missing=["department"])
        return hash_password(password), roles

    def _insert_user(self, s, name, pw_hash, roles, department, district, full_name, recorded_as) -> dict:
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
        record_change(s, "app_user", user.id, "insert", recorded_as)
        return self._user_json(s, user)

    @staticmethod
    def _active_admins(s) -> list[str]:
        rows = s.execute(select(AppUser.name, AppUser.roles).where(AppUser.active.is_(True))).all()
        return [n for n, r in rows if ADMIN_ROLE in r.split(",")]

    def _as_admin(self, actor, action: str):
        return admin_session(self.db, actor, action)

    @staticmethod
    def _require_admin(s, actor, action: str) -> str:
        """The acting admin's name, checked against the database (a stale ``Actor`` of a user
        demoted or deactivated since does not count)."""
        name = getattr(actor, "name", None)
        ok = isinstance(actor, Actor) and ADMIN_ROLE in actor.roles
        if ok:
            user = s.scalar(select(AppUser).where(AppUser.name == name))
            ok = user is not None and user.active and ADMIN_ROLE in user.role_set
        if not ok:
            raise PermissionDenied(f"{action.replace('_', ' ')} needs an admin (--as an admin user)",
                                   code="admin_only", action=action, actor=name)
        return name

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


@contextmanager
def admin_session(db: Database, actor, action: str) -> Iterator[tuple]:
    """A write session of an admin's act (users, outside systems): (session, admin's name).
    A refusal is logged once its transaction is rolled back (SQLite has one writer: not from
    inside it)."""
    try:
        with db.unit_of_work() as s:
            yield s, AuthService._require_admin(s, actor, action)
    except PermissionDenied as exc:
        if exc.code == "admin_only":
            security_log.record(db, getattr(actor, "name", None) or "?", "refused",
                                action=action, message=exc.message)
        raise
