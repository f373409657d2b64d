"""The database defends itself (issue 8): what ``console_app`` (the server's write role) and
``console_reader`` (the workstations' read-only role) may do on a real PostGIS, logged in
with their passwords over TCP (SCRAM), and the attacks a workstation could try with the
credential it holds: each refused, the database unchanged row for row."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from console.domain.errors import DatabaseError
from console.store import schema
from console.store.engine import Database
from tests.services.helpers import spot

APP_PW = "app-Secret 2026"
# non-ASCII, an ideographic space and a soft hyphen: the verifier applies SASLprep as libpq does
READER_PW = "读者\u3000Päss\u00adwort 7"
FEED_KEY = 0x636F6E73  # the change feed's former advisory lock ("cons")


class Center:
    def __init__(self, pg, name: str):
        self.pg, self.name = pg, name
        self.owner_url = pg.url(name)
        self.app_url = pg.role_url(name, "console_app", APP_PW)
        self.reader_url = pg.role_url(name, "console_reader", READER_PW)

    def conninfo(self, url: str) -> str:
        from console.services.live_feed import _conninfo

        return _conninfo(url)

    def connect(self, url: str, **kw) -> psycopg.Connection:
        return psycopg.connect(self.conninfo(url), connect_timeout=5, **kw)


@pytest.fixture(scope="module")
def center(pg, postgis_template):
    from tests.conftest import _postgis_copy

    url = _postgis_copy(pg, postgis_template)
    name = make_url(url).database
    owner = Database(url)
    schema.grant_app_role(owner, "console_app", APP_PW)
    schema.grant_reader_role(owner, "console_reader", READER_PW)
    owner.dispose()
    yield Center(pg, name)
    pg.drop_database(name)


# --------------------------------------------------------------------------- helpers

CHECKED = ["case_file", "case_event", "app_user", "attachment", "change_log", "security_event",
           "component", "routing_rule", "alembic_version", "change_feed_lock", "grid_cell",
           "api_token", "login_throttle", "setting"]


def checksum(center: Center) -> dict[str, tuple[int, str]]:
    """Row count and an md5 over every row of each checked table (as the owner)."""
    with center.connect(center.owner_url) as conn:
        return {t: conn.execute(f"SELECT count(*), md5(coalesce(string_agg(r::text, '|' "
                                f"ORDER BY r::text), '')) FROM {t} r").fetchone()
                for t in CHECKED}


def refused(center: Center, url: str, statement: str) -> str:
    """Run ``statement`` in its own transaction; returns the SQLSTATE it was refused with."""
    with center.connect(url) as conn:
        try:
            conn.execute(statement)
            conn.commit()
        except psycopg.Error as exc:
            return exc.sqlstate
    return "accepted"


PERMISSION_DENIED = "42501"

READER_ATTACKS = [
    "UPDATE case_file SET state = 'closed'",
    "UPDATE app_user SET roles = 'admin,commander', district_code = NULL WHERE name = 'inspector001'",
    "SELECT password_hash FROM app_user",
    "SELECT * FROM app_user",
    "INSERT INTO app_user (id, name, full_name, password_hash, roles, active, failed_logins) "
    "VALUES ('m', 'mallory', '', 'x', 'admin', true, 0)",
    "INSERT INTO case_event (id, case_id, seq, action, actor, at) "
    "SELECT 'forged', id, 999, 'close', 'city_commander', now() FROM case_file LIMIT 1",
    "INSERT INTO security_event (id, at, user_name, kind, message) "
    "VALUES ('forged', now(), 'admin', 'login', 'forged')",
    "INSERT INTO change_log (seq, table_name, row_id, op, actor, at) "
    "VALUES (9000000000000000000, 'case_file', 'x', 'update', 'm', now())",
    "UPDATE attachment SET data = 'fake'::bytea",
    "DELETE FROM attachment",
    "UPDATE component SET state = '丢失'",
    "UPDATE routing_rule SET department_code = NULL",
    "UPDATE grid_cell SET inspector = 'inspector001'",
    "INSERT INTO alembic_version VALUES ('evil')",
    "DELETE FROM alembic_version",
    "SELECT * FROM change_feed_lock FOR UPDATE",
    "LOCK TABLE change_feed_lock IN EXCLUSIVE MODE",
    "SELECT * FROM case_file LIMIT 1 FOR SHARE",
    "LOCK TABLE case_file IN SHARE MODE",
    "SELECT * FROM api_token",
    "SELECT * FROM login_throttle",
    "SELECT * FROM security_event",
    "TRUNCATE case_file CASCADE",
    "CREATE TABLE evil (id int)",
]


@pytest.mark.parametrize("statement", READER_ATTACKS)
def test_the_reader_credential_cannot_write_nor_read_secrets(center, statement):
    before = checksum(center)
    assert refused(center, center.reader_url, statement) == PERMISSION_DENIED
    assert checksum(center) == before


APP_REFUSED = [
    "INSERT INTO alembic_version VALUES ('evil')",
    "UPDATE alembic_version SET version_num = 'evil'",
    "DELETE FROM alembic_version",
    "UPDATE case_event SET actor = 'm'",
    "DELETE FROM case_event",
    "UPDATE security_event SET message = 'x'",
    "DELETE FROM security_event",
    "UPDATE change_log SET seq = 9000000000000000000",
    "DELETE FROM change_log",
    "INSERT INTO change_feed_lock (id, writes) VALUES (2, 0)",
    "DELETE FROM change_feed_lock",
    "TRUNCATE change_log",
    "ALTER TABLE case_file ADD COLUMN evil int",
]


@pytest.mark.parametrize("statement", APP_REFUSED)
def test_the_app_credential_cannot_touch_the_schema_version_nor_rewrite_the_audit(center, statement):
    before = checksum(center)
    assert refused(center, center.app_url, statement) == PERMISSION_DENIED
    assert checksum(center) == before


def test_the_reader_may_read_what_the_map_needs_and_listen(center):
    with center.connect(center.reader_url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM case_file").fetchone()[0] > 0
        names = conn.execute("SELECT name, full_name, roles, district_code FROM app_user").fetchall()
        assert any(n[0] == "admin" for n in names)
        assert conn.execute("SELECT count(*) FROM grid_cell WHERE geom IS NOT NULL").fetchone()[0] > 0
        conn.execute("LISTEN console_changes")
        assert conn.execute("SHOW statement_timeout").fetchone()[0] == "1min"


# --------------------------------------------------------------------------- passwords


def test_passwords_are_sent_as_scram_verifiers_and_log_in(pg, monkeypatch):
    """pg_authid holds exactly the verifier computed here (the clear password never left
    the process: not in the statements the server logged either), and the password logs in
    over TCP while a wrong one does not."""
    url = pg.create_database("scram_check")
    name = "scram_check"
    sent = []
    real = schema.scram_sha256_verifier
    monkeypatch.setattr(schema, "scram_sha256_verifier", lambda pw: sent.append(real(pw)) or sent[-1])
    admin = create_engine(pg.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{name}" SET log_statement = \'all\''))
    db = Database(url)
    schema.upgrade(db)
    schema.grant_reader_role(db, "scram_reader", READER_PW)
    db.dispose()
    with admin.connect() as conn:
        stored = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = 'scram_reader'")).scalar()
    assert len(sent) == 1 and stored == sent[0] and stored.startswith("SCRAM-SHA-256$4096:")
    with psycopg.connect(Center(pg, name).conninfo(pg.role_url(name, "scram_reader", READER_PW))) as conn:
        assert conn.execute("SELECT current_user").fetchone()[0] == "scram_reader"
    if getattr(pg, "log_path", None):  # our own cluster: its log and its pg_hba are ours
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(Center(pg, name).conninfo(pg.role_url(name, "scram_reader", "wrong")))
        log = pg.log_path.read_text(errors="replace")
        assert stored in log and READER_PW not in log
    admin.dispose()
    pg.drop_database(name)


def test_verifier_matches_the_rfc_7677_example():
    """RFC 7677's exchange for user "user", password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==:
    its ServerSignature is only right if StoredKey and ServerKey are."""
    import base64
    import hashlib
    import hmac

    salt = base64.b64decode("W22ZaJ0SNY7soEsUEjb6gQ==")
    verifier = schema.scram_sha256_verifier("pencil", salt=salt)
    head, keys = verifier.split("$", 1)[1].split("$")
    assert head == "4096:W22ZaJ0SNY7soEsUEjb6gQ=="
    server_key = base64.b64decode(keys.split(":")[1])
    auth_message = ("n=user,r=rOprNGfwEbeRWgbNEkqO,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                    "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0")
    signature = hmac.new(server_key, auth_message.encode(), hashlib.sha256).digest()
    assert base64.b64encode(signature).decode() == "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="


def test_roles_need_postgresql_and_plain_names(tmp_path, pg):
    from console.domain.errors import InvalidInput

    lite = Database(f"sqlite:///{tmp_path}/r.sqlite")
    with pytest.raises(InvalidInput) as exc:
        schema.grant_reader_role(lite, "console_reader")
    assert exc.value.code == "roles_need_postgresql"
    lite.dispose()
    db = Database(pg.url("postgres"))
    with pytest.raises(InvalidInput) as exc:
        schema.grant_reader_role(db, 'x"; DROP TABLE case_file; --')
    assert exc.value.code == "invalid_role_name"
    db.dispose()


# --------------------------------------------------------------------------- locks and timeouts


def test_app_role_defaults_and_every_write_transaction_carry_timeouts(center):
    with center.connect(center.app_url) as conn:
        assert conn.execute("SHOW lock_timeout").fetchone()[0] == "5s"
        assert conn.execute("SHOW statement_timeout").fetchone()[0] == "30s"
    owner = Database(center.owner_url)  # another role: protected by SET LOCAL all the same
    with owner.unit_of_work() as s:
        assert s.execute(text("SHOW lock_timeout")).scalar() == "5s"
        assert s.execute(text("SHOW statement_timeout")).scalar() == "30s"
    with owner.read() as s:  # reads and the owner's own sessions keep the server's defaults
        assert s.execute(text("SHOW lock_timeout")).scalar() == "0"
    owner.dispose()


def _write_in_thread(fn, timeout: float = 30.0):
    """Run ``fn`` on a thread; (finished, result or exception, seconds). Never hangs the test."""
    out: dict = {}

    def run():
        t0 = time.monotonic()
        try:
            out["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            out["value"] = exc
        out["seconds"] = time.monotonic() - t0

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout)
    return not worker.is_alive(), out.get("value"), out.get("seconds")


def _report(sv, inspector_name: str, x: float, y: float) -> dict:
    return sv.cases.register(sv.auth.actor(inspector_name), source="inspector", kind="event",
                             class_code="0102", description="roles test", x=x, y=y)


def test_a_reader_holding_the_old_feed_lock_does_not_block_the_server(center):
    from console.services.app import open_services

    sv = open_services(center.app_url)
    x, y, _, inspector = spot(sv)
    with center.connect(center.reader_url) as reader:  # BEGIN ...; idle in transaction
        reader.execute("SELECT pg_advisory_lock(%s)", (FEED_KEY,))
        reader.execute("SELECT pg_advisory_xact_lock(%s)", (FEED_KEY,))
        held = reader.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                              "AND pid = pg_backend_pid()").fetchone()[0]
        assert held >= 1
        done, value, seconds = _write_in_thread(lambda: _report(sv, inspector, x, y), timeout=20)
        reader.rollback()
    sv.close()
    assert done and isinstance(value, dict), value
    assert value["state"] and seconds < 5


def test_a_write_blocked_by_a_lock_held_elsewhere_fails_with_a_typed_error(center):
    """The lock is held by another session (here the owner: no workstation role can take it);
    the server's write gives up after its lock timeout with ``database_busy``, nothing
    written, instead of hanging."""
    from console.services.app import open_services

    sv = open_services(center.app_url)
    sv.db.write_timeouts = ("300ms", "30s")
    x, y, _, inspector = spot(sv, index=1)
    before = checksum(center)
    with center.connect(center.owner_url) as holder:
        holder.execute("SELECT writes FROM change_feed_lock WHERE id = 1 FOR UPDATE")
        done, value, seconds = _write_in_thread(lambda: _report(sv, inspector, x, y), timeout=20)
        holder.rollback()
    assert done, "the write hung"
    assert isinstance(value, DatabaseError) and value.code == "database_busy", value
    assert value.params["reason"] == "lock_timeout"
    assert checksum(center) == before
    assert isinstance(_report(sv, inspector, x, y), dict)  # free again: the write goes through
    sv.close()


def test_a_statement_beyond_the_statement_timeout_is_cut_off(center):
    db = Database(center.app_url)
    db.write_timeouts = ("5s", "200ms")
    with pytest.raises(DatabaseError) as exc, db.unit_of_work() as s:
        s.execute(text("SELECT pg_sleep(3)"))
    assert exc.value.code == "database_busy" and exc.value.params["reason"] == "statement_timeout"
    db.dispose()


# --------------------------------------------------------------------------- read paths


def test_the_read_paths_work_as_the_reader(center):
    """Everything a workstation reads directly (lists, case detail with history, panels, KPIs,
    departments, place search, addresses, the live feed) runs on the reader credential."""
    from datetime import timedelta

    from console.domain.workflow import Actor
    from console.services import panel_queries
    from console.services.address_service import AddressService
    from console.services.app import open_services
    from console.services.changes import changes_since, latest_seq
    from console.services.history_query import closed_between
    from console.services.place_search import PlaceIndex

    sv = open_services(center.reader_url)
    cases = sv.queries.list(limit=50)
    assert cases
    shown = sv.queries.show(cases[0]["code"])
    assert shown["history"] and all("actor" in h for h in shown["history"])
    for c in cases[:5]:
        sv.queries.show(c["id"])
    assert sv.queries.list(state="dispatched,reported", limit=20) is not None
    assert panel_queries.queue(sv.db, sv.policy, ["reported", "dispatched"], limit=20) is not None
    assert panel_queries.cases_by_ids(sv.db, sv.policy, [c["id"] for c in cases[:10]])
    assert panel_queries.department_names(sv.db)
    panel_queries.area_names(sv.db, cases[0].get("community_code"))
    panel_queries.duplicate_counts(sv.db, cases)
    panel_queries.possible_duplicates(sv.db, cases[0]["id"])
    panel_queries.callback_queue(sv.db, sv.policy, limit=20)
    for by in (None, "district", "department", "inspector", "grid"):
        assert sv.kpi.compute(by=by) is not None
    assert sv.reference.departments()
    users = sv.auth.list_users()
    assert any(u["name"] == "admin" for u in users) and all("password_hash" not in u for u in users)
    today = datetime.now(UTC).date()
    commander = Actor("city_commander", frozenset({"commander"}), None, None)
    assert closed_between(sv.db, sv.policy, commander, today - timedelta(days=3650), today)["total"] > 0
    places = PlaceIndex(sv.db, AddressService(sv.db, sv.locator))
    assert places.load() > 0
    assert places.search("海陵")
    x, y, cell, _ = spot(sv)
    assert sv.locator.locate(x, y).code == cell
    assert AddressService(sv.db, sv.locator).address_at(x, y)["district"]
    seq = latest_seq(sv.db)
    assert seq > 0 and changes_since(sv.db, seq - 5)
    sv.close()


def test_the_live_feed_follows_as_the_reader(center):
    from console.services.app import open_services
    from console.services.live_feed import LiveFeed

    got: list = []
    online: list = []
    cond = threading.Condition()

    def on_changes(changes):
        with cond:
            got.extend(changes)
            cond.notify_all()

    def on_status(is_online, _message):
        with cond:
            online.append(is_online)
            cond.notify_all()

    reader = Database(center.reader_url)
    feed = LiveFeed(reader, on_changes, on_status, poll_interval=0.2)
    feed.start()
    try:
        with cond:
            assert cond.wait_for(lambda: True in online, 10)
        sv = open_services(center.app_url)
        x, y, _, inspector = spot(sv, index=2)
        case = _report(sv, inspector, x, y)
        sv.close()
        with cond:
            assert cond.wait_for(lambda: any(c.row_id == case["id"] for c in got), 10)
    finally:
        feed.stop()
        reader.dispose()


# --------------------------------------------------------------------------- the README's set-up


def test_center_set_up_as_documented_by_an_owner_without_superuser(pg, tmp_path):
    """README: a database owner with CREATEROLE (no superuser) runs ``console db upgrade
    --app-role --reader-role`` with the passwords in the environment; both roles then log in
    with them and hold what they should."""
    import json
    import os
    import subprocess
    import sys

    name = "center_setup"
    admin = create_engine(pg.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP ROLE IF EXISTS center_owner"))
        conn.execute(text("CREATE ROLE center_owner LOGIN CREATEROLE PASSWORD 'owner-pw'"))
        conn.execute(text(f"CREATE DATABASE {name} OWNER center_owner"))
    pg_db = create_engine(pg.url(name), isolation_level="AUTOCOMMIT")
    with pg_db.connect() as conn:
        conn.execute(text("CREATE EXTENSION postgis"))
    pg_db.dispose()
    pgpass = tmp_path / "pgpass"  # the owner's password from a password file, not the URL
    pgpass.write_text(f"*:*:{name}:center_owner:owner-pw\n")
    pgpass.chmod(0o600)
    owner_url = pg.role_url(name, "center_owner", "x").replace(":x@", "@")
    env = dict(os.environ, CONSOLE_APP_PASSWORD="app pw 1", CONSOLE_READER_PASSWORD="reader pw 2",
               PGPASSFILE=str(pgpass), CONSOLE_DB=owner_url)
    p = subprocess.run([sys.executable, "-m", "console", "db", "upgrade", "--app-role", "center_app",
                        "--reader-role", "center_reader", "--json"],
                       capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["to"] == schema.head_revision()
    assert doc["app_role"]["role"] == "center_app" and doc["reader_role"]["role"] == "center_reader"
    assert "password_hash" in doc["reader_role"]["hidden_columns"]["app_user"]
    assert "app pw 1" not in p.stdout + p.stderr and "reader pw 2" not in p.stdout + p.stderr
    setup = Center(pg, name)
    with setup.connect(pg.role_url(name, "center_reader", "reader pw 2")) as conn:
        assert conn.execute("SELECT count(*) FROM case_file").fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT password_hash FROM app_user")
    with setup.connect(pg.role_url(name, "center_app", "app pw 1")) as conn:
        conn.execute("UPDATE change_feed_lock SET writes = writes + 1 WHERE id = 1")
        conn.execute("INSERT INTO setting (key, value) VALUES ('k', 'v')")
        conn.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE spatial_ref_sys SET srtext = '' WHERE srid = 4326")
    # a re-run (the next migration) keeps both roles working and changes nothing of theirs
    p = subprocess.run([sys.executable, "-m", "console", "db", "upgrade", "--app-role", "center_app",
                        "--json"], capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["app_role"]["created"] is False
    pg.drop_database(name)
    with admin.connect() as conn:
        for role in ("center_app", "center_reader", "center_owner"):
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
    admin.dispose()
