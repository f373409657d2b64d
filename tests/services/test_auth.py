"""Passwords are salted argon2 hashes; wrong passwords are throttled; attempts are logged."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from console.domain.errors import AuthenticationFailed, InvalidInput, PermissionDenied
from console.services.auth_service import LOCK_MINUTES, MAX_FAILURES
from console.store.models import AppUser, SecurityEvent


def test_hashes_are_salted_argon2(sv):
    admin = sv.auth.actor("admin")
    sv.auth.add_user(admin, "zhang", "pw-123456", ["acceptor"], district="321202")
    sv.auth.add_user(admin, "li", "pw-123456", ["acceptor"], district="321202")
    with sv.db.read() as s:
        hashes = dict(s.execute(select(AppUser.name, AppUser.password_hash)
                                .where(AppUser.name.in_(["zhang", "li"]))).all())
    assert hashes["zhang"].startswith("$argon2") and hashes["zhang"] != hashes["li"]
    assert "pw-123456" not in hashes["zhang"]
    assert sv.auth.authenticate("zhang", "pw-123456").roles == frozenset({"acceptor"})


def test_repeated_wrong_passwords_lock_the_account(sv):
    t = datetime.now(UTC)
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthenticationFailed, match="wrong password") as refused:
            sv.auth.authenticate("acceptor", "guess", now=t)
        assert refused.value.code == "login_refused" and "until" not in refused.value.params
    with pytest.raises(AuthenticationFailed) as fifth:
        sv.auth.authenticate("acceptor", "guess", now=t)
    assert fifth.value.params["until"] == (t + timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds")
    with pytest.raises(AuthenticationFailed, match="too many failed attempts") as locked:
        sv.auth.authenticate("acceptor", "demo1234", now=t + timedelta(seconds=10))
    assert locked.value.code == "login_refused"
    assert sv.auth.authenticate("acceptor", "demo1234", now=t + timedelta(minutes=6)).name == "acceptor"


def test_the_lock_out_time_of_the_message_is_the_centers_local_time(sv):
    t = datetime(2026, 6, 1, 1, 2, 30, tzinfo=UTC)  # 09:02 in Asia/Shanghai
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationFailed) as refused:
            sv.auth.authenticate("acceptor", "guess", now=t)
    assert "2026-06-01 09:07" in refused.value.message and "Asia/Shanghai" in refused.value.message
    assert refused.value.params["until"] == "2026-06-01T01:07:30+00:00"  # params stay UTC


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
    admin = sv.auth.actor("admin")
    with pytest.raises(InvalidInput, match="unknown role"):
        sv.auth.add_user(admin, "x1", "pw-123456", ["wizard"])
    with pytest.raises(InvalidInput, match="at least 6"):
        sv.auth.add_user(admin, "x2", "123", ["acceptor"])
    with pytest.raises(InvalidInput, match="exists already"):
        sv.auth.add_user(admin, "acceptor", "pw-123456", ["acceptor"])
    with pytest.raises(InvalidInput, match="--department"):
        sv.auth.add_user(admin, "x3", "pw-123456", ["department"])
