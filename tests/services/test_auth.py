"""Passwords are salted argon2 hashes; wrong passwords are throttled; attempts are logged."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from console.domain.errors import AuthenticationFailed, InvalidInput, PermissionDenied
from console.services.auth_service import MAX_FAILURES
from console.store.models import AppUser, SecurityEvent


def test_hashes_are_salted_argon2(sv):
    sv.auth.add_user("zhang", "pw-123456", ["acceptor"], district="321202")
    sv.auth.add_user("li", "pw-123456", ["acceptor"], district="321202")
    with sv.db.read() as s:
        hashes = dict(s.execute(select(AppUser.name, AppUser.password_hash)
                                .where(AppUser.name.in_(["zhang", "li"]))).all())
    assert hashes["zhang"].startswith("$argon2") and hashes["zhang"] != hashes["li"]
    assert "pw-123456" not in hashes["zhang"]
    assert sv.auth.authenticate("zhang", "pw-123456").roles == frozenset({"acceptor"})


def test_repeated_wrong_passwords_lock_the_account(sv):
    t = datetime.now(UTC)
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationFailed, match="wrong password"):
            sv.auth.authenticate("acceptor", "guess", now=t)
    with pytest.raises(AuthenticationFailed, match="locked"):
        sv.auth.authenticate("acceptor", "demo1234", now=t + timedelta(seconds=10))
    assert sv.auth.authenticate("acceptor", "demo1234", now=t + timedelta(minutes=6)).name == "acceptor"


def test_logins_and_refusals_are_recorded(sv):
    sv.auth.authenticate("dispatcher", "demo1234")
    with pytest.raises(AuthenticationFailed):
        sv.auth.authenticate("dispatcher", "nope")
    with pytest.raises(AuthenticationFailed):
        sv.auth.authenticate("ghost", "nope")
    case = sv.queries.list(state="dispatched", district="321202", limit=1)[0]
    with pytest.raises(PermissionDenied):
        sv.cases.act(sv.auth.actor("acceptor"), case["id"], "urge", reason="x")
    with sv.db.read() as s:
        rows = s.execute(select(SecurityEvent.user_name, SecurityEvent.kind, SecurityEvent.action)
                         .order_by(SecurityEvent.at)).all()
    assert ("dispatcher", "login", None) in rows
    assert ("dispatcher", "login_failed", None) in rows
    assert ("ghost", "login_failed", None) in rows
    assert ("acceptor", "refused", "urge") in rows


def test_user_validation(sv):
    with pytest.raises(InvalidInput, match="unknown role"):
        sv.auth.add_user("x1", "pw-123456", ["wizard"])
    with pytest.raises(InvalidInput, match="at least 6"):
        sv.auth.add_user("x2", "123", ["acceptor"])
    with pytest.raises(InvalidInput, match="exists already"):
        sv.auth.add_user("acceptor", "pw-123456", ["acceptor"])
    with pytest.raises(InvalidInput, match="--department"):
        sv.auth.add_user("x3", "pw-123456", ["department"])
