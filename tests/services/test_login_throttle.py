"""The login throttle (issue 8): one atomic counter per (user name, client), exactly
MAX_FAILURES password checks before a lock however many attempts arrive at once, unknown names
throttled and refused like real ones, and a lock that keeps nobody out from elsewhere."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from console.domain.errors import AuthenticationFailed
from console.services import auth_service
from console.services.account_service import AccountService
from console.services.auth_service import LOCK_MINUTES, MAX_FAILURES
from console.store.models import LoginThrottle

PARALLEL = 32


@pytest.fixture
def verifications(monkeypatch):
    """Every argon2 verification made, as (hash parameters) in call order."""
    calls: list[str] = []
    lock = threading.Lock()
    real = PasswordHasher.verify

    def counting(self, hash, password):
        with lock:
            calls.append(hash.rsplit("$", 2)[0])
        return real(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", counting)
    return calls


def _refusal(sv, name, password, **kw) -> AuthenticationFailed:
    with pytest.raises(AuthenticationFailed) as exc:
        sv.auth.authenticate(name, password, **kw)
    return exc.value


def _shape(exc: AuthenticationFailed, name: str) -> tuple:
    return (exc.kind, exc.code, tuple(sorted(exc.params)), exc.message.replace(repr(name), "NAME"))


def test_parallel_wrong_passwords_get_exactly_five_checks(sv, verifications):
    barrier = threading.Barrier(PARALLEL)
    outcomes: list = []

    def attempt():
        barrier.wait()
        try:
            sv.auth.authenticate("dispatcher", "wrong-guess", client="10.1.1.1")
            outcomes.append("logged in")
        except AuthenticationFailed as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=attempt) for _ in range(PARALLEL)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(outcomes) == PARALLEL
    assert all(isinstance(o, AuthenticationFailed) and o.code == "login_refused" for o in outcomes)
    assert len(verifications) == MAX_FAILURES
    # the first four failures say nothing of a lock; the fifth and every one beyond it do
    assert sum("until" in o.params for o in outcomes) == PARALLEL - (MAX_FAILURES - 1)
    with sv.db.read() as s:
        row = s.scalar(select(LoginThrottle).where(LoginThrottle.key == "dispatcher|10.1.1.1"))
    assert row.attempts == PARALLEL and row.locked_until > datetime.now(UTC)
    verifications.clear()
    refused = _refusal(sv, "dispatcher", "demo1234", client="10.1.1.1")  # the right one, too late
    assert "until" in refused.params and verifications == []


def test_unknown_wrong_inactive_and_locked_look_the_same(sv, verifications):
    admin = sv.auth.actor("admin")
    sv.auth.set_active(admin, "dispatcher_gg", False)
    t = datetime.now(UTC)
    first = {name: _refusal(sv, name, "wrong-guess", now=t)
             for name in ("acceptor", "ghost", "dispatcher_gg")}
    # one argon2 verification each, with the same parameters (the same cost)
    assert len(verifications) == 3 and len(set(verifications)) == 1
    assert len({_shape(e, n) for n, e in first.items()}) == 1
    assert "until" not in first["ghost"].params
    for name in first:
        for _ in range(MAX_FAILURES - 1):
            _refusal(sv, name, "wrong-guess", now=t)
    locked = {name: _refusal(sv, name, "whatever", now=t + timedelta(seconds=5)) for name in first}
    assert len({_shape(e, n) for n, e in locked.items()}) == 1  # unknown names lock too
    assert {e.params["until"] for e in locked.values()} == {
        (t + timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds")}


def test_a_lock_at_one_client_does_not_stop_the_user_at_another(sv):
    t = datetime.now(UTC)
    for _ in range(MAX_FAILURES):
        _refusal(sv, "commander", "wrong-guess", now=t, client="10.9.9.9")
    assert "until" in _refusal(sv, "commander", "demo1234", now=t, client="10.9.9.9").params
    assert sv.auth.authenticate("commander", "demo1234", now=t, client="10.0.0.7").name == "commander"
    assert sv.auth.authenticate("commander", "demo1234", now=t).name == "commander"  # "local"


def test_an_expired_lock_starts_a_new_window_and_a_success_resets(sv):
    t = datetime.now(UTC)
    for _ in range(MAX_FAILURES):
        _refusal(sv, "acceptor", "wrong-guess", now=t)
    later = t + timedelta(minutes=LOCK_MINUTES, seconds=1)
    assert "until" not in _refusal(sv, "acceptor", "wrong-guess", now=later).params  # attempt 1
    assert sv.auth.authenticate("acceptor", "demo1234", now=later).name == "acceptor"
    with sv.db.read() as s:
        assert s.scalar(select(LoginThrottle).where(LoginThrottle.user_name == "acceptor")) is None
    for _ in range(MAX_FAILURES - 1):  # a fresh window: four more failures lock nothing
        assert "until" not in _refusal(sv, "acceptor", "wrong-guess", now=later).params


def test_an_admin_unlocks_every_client(sv):
    t = datetime.now(UTC)
    for client in ("10.0.0.1", "10.0.0.2"):
        for _ in range(MAX_FAILURES):
            _refusal(sv, "inspector001", "wrong-guess", now=t, client=client)
    assert sv.auth.unlock(sv.auth.actor("admin"), "inspector001") == {"user": "inspector001", "cleared": 2}
    assert sv.auth.authenticate("inspector001", "demo1234", now=t, client="10.0.0.1").name == "inspector001"


def test_a_wrong_old_password_counts_as_a_failed_login(sv, verifications):
    accounts = AccountService(sv.db)
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthenticationFailed) as wrong:
            accounts.change_own_password("acceptor", "wrong-old", "neues-passwort")
        assert wrong.value.code == "wrong_password"
    with pytest.raises(AuthenticationFailed) as fifth:
        accounts.change_own_password("acceptor", "wrong-old", "neues-passwort")
    assert fifth.value.code == "login_refused" and "until" in fifth.value.params
    with pytest.raises(AuthenticationFailed) as locked:  # the right old password, too late
        accounts.change_own_password("acceptor", "demo1234", "neues-passwort")
    assert locked.value.code == "login_refused"
    assert "until" in _refusal(sv, "acceptor", "demo1234").params  # the login is locked too
    assert len(verifications) == MAX_FAILURES


def test_the_dummy_hash_costs_what_a_real_one_costs():
    real = auth_service.hash_password("something-long")
    assert real.rsplit("$", 2)[0] == auth_service._dummy_hash().rsplit("$", 2)[0]
