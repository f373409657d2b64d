"""User administration needs an authenticated admin on every path (issue 8): refusals write
nothing, an empty database accepts one first admin, and every act is in the security log with
its actor. Service calls on both back-ends, then the `console user` commands."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from console.domain.errors import AuthenticationFailed, InvalidInput, PermissionDenied
from console.domain.workflow import Actor
from console.services.auth_service import MAX_FAILURES
from console.store.models import AppUser, ChangeLog, LoginThrottle, SecurityEvent
from tests.services.test_cli import run


def _users(sv) -> list[tuple]:
    with sv.db.read() as s:
        return sorted(s.execute(select(AppUser.name, AppUser.password_hash, AppUser.roles,
                                       AppUser.active)).all())


def _written(sv) -> tuple:
    """What an administrative act writes: users, throttle rows and the change feed."""
    with sv.db.read() as s:
        throttle = sorted(s.execute(select(LoginThrottle.key, LoginThrottle.attempts)).all())
        feed = s.scalar(select(func.count()).select_from(ChangeLog))
    return _users(sv), throttle, feed


def _events(sv, kind: str) -> list[tuple]:
    with sv.db.read() as s:
        return s.execute(select(SecurityEvent.user_name, SecurityEvent.case_ref, SecurityEvent.message,
                                SecurityEvent.action)
                         .where(SecurityEvent.kind == kind).order_by(SecurityEvent.at)).all()


def test_non_admins_are_refused_and_nothing_is_written(sv):
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationFailed):
            sv.auth.authenticate("acceptor", "wrong-guess")
    before = _written(sv)
    forged = Actor("dispatcher", frozenset({"admin"}))  # claims a role the database does not give
    for who in (sv.auth.actor("commander"), forged, None, "admin"):
        with pytest.raises(PermissionDenied) as add:
            sv.auth.add_user(who, "mallory", "pw-123456", ["admin"])
        assert add.value.code == "admin_only" and add.value.params["action"] == "user_add"
        with pytest.raises(PermissionDenied, match="admin"):
            sv.auth.set_password(who, "city_commander", "taken-over-1")
        with pytest.raises(PermissionDenied, match="admin"):
            sv.auth.unlock(who, "acceptor")
        with pytest.raises(PermissionDenied, match="admin"):
            sv.auth.set_active(who, "acceptor", False)
    assert _written(sv) == before
    refused = _events(sv, "refused")
    assert ("commander", None, refused[0].message, "user_add") == tuple(refused[0])
    assert {r.action for r in refused} == {"user_add", "user_passwd", "user_unlock", "user_deactivate"}


def test_a_deactivated_admin_is_no_admin_any_more(sv):
    admin = sv.auth.actor("admin")
    sv.auth.add_user(admin, "admin2", "pw-123456", ["admin"])
    second = sv.auth.actor("admin2")
    sv.auth.set_active(admin, "admin2", False)
    with pytest.raises(PermissionDenied, match="admin"):
        sv.auth.add_user(second, "x9", "pw-123456", ["acceptor"], district="321202")
    with pytest.raises(PermissionDenied) as last:
        sv.auth.set_active(admin, "admin", False)
    assert last.value.code == "last_admin"


def test_admin_acts_are_logged_with_their_actor(sv):
    admin = sv.auth.actor("admin")
    sv.auth.add_user(admin, "zhangsan", "pw-123456", ["acceptor"], district="321202")
    sv.auth.set_password(admin, "zhangsan", "pw-654321")
    sv.auth.unlock(admin, "zhangsan")
    sv.auth.set_active(admin, "zhangsan", False)
    for kind in ("user_added", "password_set", "unlock", "user_deactivated"):
        rows = _events(sv, kind)
        assert [(r.user_name, r.case_ref) for r in rows] == [("admin", "zhangsan")], kind
        assert "zhangsan" in rows[0].message
    with sv.db.read() as s:
        actors = s.scalars(select(ChangeLog.actor).where(ChangeLog.table_name == "app_user")
                           .order_by(ChangeLog.seq)).all()
    assert actors[-3:] == ["admin", "admin", "admin"]
    assert "pw-654321" not in repr(_events(sv, "password_set"))
    with pytest.raises(AuthenticationFailed):  # a deactivated user cannot log in
        sv.auth.authenticate("zhangsan", "pw-654321")


def test_trusted_in_process_callers_add_users_without_an_admin(sv):
    doc = sv.auth.add_user_unchecked("fixture_user", "pw-123456", ["acceptor"], district="321202")
    assert doc["roles"] == ["acceptor"] and sv.auth.authenticate("fixture_user", "pw-123456")
    assert _events(sv, "user_added") == []  # not an administrative act of anybody


def test_a_password_set_by_an_admin_clears_the_lock(sv):
    t = datetime.now(UTC)
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationFailed):
            sv.auth.authenticate("acceptor", "wrong-guess", now=t)
    sv.auth.set_password(sv.auth.actor("admin"), "acceptor", "brand-new-pw")
    assert sv.auth.authenticate("acceptor", "brand-new-pw", now=t).name == "acceptor"


@pytest.fixture(params=["spatialite", "postgis"])
def empty_url(request, tmp_path):
    """A database with the schema and no users at all."""
    from console.store import schema
    from console.store.engine import Database

    if request.param == "spatialite":
        url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    else:
        pg = request.getfixturevalue("pg")
        name = f"empty_{uuid.uuid4().hex[:12]}"
        url = pg.create_database(name)
    db = Database(url)
    schema.upgrade(db)
    db.dispose()
    yield url
    if request.param == "postgis":
        pg.drop_database(name)


def test_first_admin_on_an_empty_database_then_refused(empty_url):
    from console.services.app import open_services

    sv = open_services(empty_url)
    try:
        assert sv.auth.list_users() == []
        with pytest.raises(InvalidInput):  # the first admin must be an admin
            sv.auth.add_first_admin("boss", "pw-123456", roles=["acceptor"])
        doc = sv.auth.add_first_admin("boss", "pw-123456", full_name="管理员")
        assert doc["roles"] == ["admin"]
        assert [(r.user_name, r.case_ref) for r in _events(sv, "first_admin")] == [("boss", "boss")]
        with pytest.raises(PermissionDenied) as again:
            sv.auth.add_first_admin("mallory", "pw-123456")
        assert again.value.code == "first_admin_exists"
        assert [u[0] for u in _users(sv)] == ["boss"]
        boss = sv.auth.authenticate("boss", "pw-123456")
        sv.auth.add_user(boss, "helper", "pw-123456", ["gis_technician"])
        assert [u[0] for u in _users(sv)] == ["boss", "helper"]
    finally:
        sv.close()


# --- the `console user` commands ------------------------------------------------------------

NEW_PW = {"CONSOLE_NEW_PASSWORD": "s3cret-pw"}


def test_cli_user_add_needs_an_admin(db_url):
    code, _, err = run(db_url, "user", "add", "newbie", "--role", "acceptor", "--district", "321202",
                       env=NEW_PW)
    assert code == 2 and err["code"] == "missing_input" and err["params"]["missing"] == ["as"]
    code, _, err = run(db_url, "user", "add", "newbie", "--role", "admin", "--as", "commander",
                       env=NEW_PW)
    assert code == 4 and err["code"] == "admin_only"
    code, _, err = run(db_url, "user", "add", "newbie", "--role", "admin", "--as", "admin",
                       password="wrong-pw", env=NEW_PW)
    assert code == 4 and err["code"] == "login_refused"
    code, _, err = run(db_url, "user", "passwd", "city_commander", "--as", "dispatcher", env=NEW_PW)
    assert code == 4 and err["code"] == "admin_only"
    code, users, _ = run(db_url, "user", "list")  # embedded: reading needs no --as
    assert "newbie" not in [u["name"] for u in users["users"]]
    code, doc, err = run(db_url, "user", "add", "newbie", "--role", "acceptor", "--district", "321202",
                         "--as", "admin", env=NEW_PW)
    assert code == 0 and doc["name"] == "newbie", err
    code, doc, err = run(db_url, "user", "passwd", "newbie", "--as", "admin",
                         env={"CONSOLE_NEW_PASSWORD": "other-pw-1"})
    assert code == 0, err
    code, _, err = run(db_url, "user", "add", "boss", "--role", "admin", "--first-admin", env=NEW_PW)
    assert code == 4 and err["code"] == "first_admin_exists"


def test_cli_unlock(db_url):
    for _ in range(MAX_FAILURES):
        code, _, err = run(db_url, "user", "unlock", "acceptor", "--as", "acceptor", password="wrong-pw")
        assert code == 4 and err["code"] == "login_refused"
    code, _, err = run(db_url, "user", "passwd", "x", "--as", "acceptor", env=NEW_PW)  # right pw, locked
    assert code == 4 and err["code"] == "login_refused" and err["params"]["until"]
    code, doc, err = run(db_url, "user", "unlock", "acceptor", "--as", "acceptor")
    assert code == 4 and err["code"] == "login_refused"
    code, doc, err = run(db_url, "user", "unlock", "acceptor", "--as", "admin")
    assert code == 0 and doc == {"user": "acceptor", "cleared": 1}, err
    code, _, err = run(db_url, "user", "unlock", "acceptor", "--as", "acceptor")
    assert code == 4 and err["code"] == "admin_only"  # logged in this time, but no admin


def test_cli_first_admin_on_an_empty_database(empty_url):
    code, doc, err = run(empty_url, "user", "add", "boss", "--role", "admin", "--first-admin",
                         "--full-name", "管理员", env=NEW_PW)
    assert code == 0 and doc["roles"] == ["admin"], err
    code, _, err = run(empty_url, "user", "add", "eve", "--role", "admin", "--first-admin", env=NEW_PW)
    assert code == 4 and err["code"] == "first_admin_exists"
    code, doc, err = run(empty_url, "user", "add", "helper", "--role", "gis_technician", "--as", "boss",
                         password="s3cret-pw", env=NEW_PW)
    assert code == 0, err
    code, users, _ = run(empty_url, "user", "list")
    assert [u["name"] for u in users["users"]] == ["boss", "helper"]
