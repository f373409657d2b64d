"""Schema migration (Alembic) and a drift check between models and database."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from geoalchemy2 import alembic_helpers
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from console.domain.errors import InvalidInput
from console.store.engine import Database
from console.store.models import Base

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, revision: str = "head") -> tuple[str | None, str]:
    """Bring the schema to ``revision``; returns (before, after)."""
    before = current_revision(db)
    ensure_postgis(db)
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
    return before, current_revision(db)


def ensure_postgis(db: Database) -> None:
    """The schema's geometry columns need PostGIS in the database. Create it where the role
    may; otherwise say exactly what a superuser has to run, instead of the migration's
    ``type "geometry" does not exist`` halfway through."""
    if db.engine.dialect.name != "postgresql":
        return
    with db.engine.connect() as conn:
        if conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")).first():
            return
        name = conn.execute(text("SELECT current_database()")).scalar_one()
    try:
        with db.engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS postgis"))
    except DBAPIError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise InvalidInput(
            f"database {name} has no PostGIS and this role may not add it ({reason}); as a "
            f"superuser run: psql -d {name} -c 'CREATE EXTENSION postgis'",
            code="postgis_missing", database=name, reason=reason) from None


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Only our tables: SpatiaLite and PostGIS keep catalogue tables of their own."""
    if type_ == "table" and reflected and name not in Base.metadata.tables:
        return False
    return alembic_helpers.include_object(obj, name, type_, reflected, compare_to)


APPEND_ONLY_TABLES = ("case_event", "change_log", "security_event", "gis_edit", "webhook_event")

#: Never readable by ``console_reader``: login secrets, the throttle, the security log, and the
#: feed's lock row (no reader needs it). ``app_user`` is readable column by column, without
#: ``password_hash``.
READER_HIDDEN_TABLES = ("api_token", "login_throttle", "security_event", "change_feed_lock",
                        "api_system", "api_rate", "webhook_event", "request_key")
READER_HIDDEN_COLUMNS = {"app_user": ("password_hash",)}

#: ``console_app``'s role defaults: a write waiting on a lock, or one statement, gives up
#: instead of hanging (``Database.write_timeouts`` sets the same per write transaction).
APP_ROLE_SETTINGS = {"lock_timeout": "5s", "statement_timeout": "30s"}
#: ``console_reader``: a runaway query of a workstation ends instead of loading the server.
READER_ROLE_SETTINGS = {"statement_timeout": "60s"}


def _saslprep(password: str) -> str:
    """SASLprep (RFC 4013) as PostgreSQL's ``pg_saslprep`` applies it on both ends of a login:
    ASCII unchanged; otherwise map (drop "nothing" characters, other spaces to a space), NFKC;
    a result with prohibited, unassigned or badly mixed bidirectional characters is not used
    and the password's own bytes count instead."""
    import stringprep
    import unicodedata

    if password.isascii():
        return password
    mapped = "".join(" " if stringprep.in_table_c12(c) else c
                     for c in password if not stringprep.in_table_b1(c))
    norm = unicodedata.normalize("NFKC", mapped)
    prohibited = (stringprep.in_table_c12, stringprep.in_table_c21, stringprep.in_table_c22,
                  stringprep.in_table_c3, stringprep.in_table_c4, stringprep.in_table_c5,
                  stringprep.in_table_c6, stringprep.in_table_c7, stringprep.in_table_c8,
                  stringprep.in_table_c9, stringprep.in_table_a1)
    if not norm or any(f(c) for c in norm for f in prohibited):
        return password
    if any(stringprep.in_table_d1(c) for c in norm) and (
            any(stringprep.in_table_d2(c) for c in norm)
            or not (stringprep.in_table_d1(norm[0]) and stringprep.in_table_d1(norm[-1]))):
        return password
    return norm


def scram_sha256_verifier(password: str, salt: bytes | None = None, iterations: int = 4096) -> str:
    """The verifier PostgreSQL stores for ``password`` (RFC 5802/7677), computed here so that
    ``ALTER ROLE ... PASSWORD`` sends it pre-hashed: the clear password never reaches the
    server, its log or ``pg_stat_statements``."""
    import base64
    import hashlib
    import hmac

    salt = salt or os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", _saslprep(password).encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _ensure_role(conn, db: Database, role: str, password: str | None, settings: dict) -> bool:
    """Create ``role`` (LOGIN, no other powers) if missing, set its password pre-hashed and its
    session defaults; returns whether it was created."""
    from sqlalchemy import text

    if db.is_sqlite:
        raise InvalidInput("database roles exist on PostgreSQL only; a SpatiaLite file has none",
                           code="roles_need_postgresql")
    if not role or not role.replace("_", "").isalnum() or not role.isascii():
        raise InvalidInput(f"role names are letters, digits and _: {role!r}", code="invalid_role_name",
                           role=role)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
    if not exists:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE'))
    if password:  # base64, '$' and ':' only: safe inside the literal (':' escaped for text())
        verifier = scram_sha256_verifier(password).replace(":", "\\:")
        conn.execute(text(f"ALTER ROLE \"{role}\" PASSWORD '{verifier}'"))
    for name, value in settings.items():
        conn.execute(text(f"ALTER ROLE \"{role}\" SET {name} = '{value}'"))
    dbname = conn.execute(text("SELECT current_database()")).scalar()
    conn.execute(text(f'GRANT CONNECT ON DATABASE "{dbname}" TO "{role}"'))
    conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f'REVOKE CREATE ON SCHEMA public FROM "{role}"'))
    conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
    # start from nothing, so a re-run also takes back what an older grant gave (tables of
    # PostGIS the caller does not own only draw a warning)
    conn.execute(text(f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{role}"'))
    return not exists


def _idents(names) -> str:
    return ", ".join(f'"{n}"' for n in names)


def grant_app_role(db: Database, role: str, password: str | None = None) -> dict:
    """PostgreSQL: the role the application server connects with (the only writer of a
    center). It reads and writes the application's rows, may only append to the audit trail,
    may only read ``alembic_version``, owns nothing, so it cannot change the schema
    (migrations run as the owner role that calls this)."""
    from sqlalchemy import text

    with db.engine.begin() as conn:
        created = _ensure_role(conn, db, role, password, APP_ROLE_SETTINGS)
        tables = [t for t in Base.metadata.tables if t not in (*APPEND_ONLY_TABLES, "change_feed_lock")]
        conn.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON {_idents(tables)} TO "{role}"'))
        conn.execute(text(f'GRANT SELECT, INSERT ON {_idents(APPEND_ONLY_TABLES)} TO "{role}"'))
        conn.execute(text(f'GRANT SELECT, UPDATE ON change_feed_lock TO "{role}"'))
        conn.execute(text(f'GRANT SELECT ON alembic_version TO "{role}"'))
        conn.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))
    return {"role": role, "created": created, "append_only": list(APPEND_ONLY_TABLES),
            "settings": dict(APP_ROLE_SETTINGS)}


def reader_grants() -> dict[str, list[str] | None]:
    """Table -> readable columns (None: every column) for ``console_reader``."""
    out: dict[str, list[str] | None] = {}
    for name, table in Base.metadata.tables.items():
        if name in READER_HIDDEN_TABLES:
            continue
        hidden = READER_HIDDEN_COLUMNS.get(name)
        out[name] = [c.name for c in table.columns if c.name not in hidden] if hidden else None
    out["alembic_version"] = None  # a console checks the schema version before it starts
    return out


def grant_reader_role(db: Database, role: str, password: str | None = None) -> dict:
    """PostgreSQL: the role workstations read PostGIS with (map layers, lists, live feed).
    SELECT only, on what the map and the lists show: never password hashes, tokens, the
    login throttle or the security log; it may LISTEN, and cannot take any lock a writer waits
    for (row locks and table locks above ACCESS SHARE need UPDATE/DELETE privileges)."""
    from sqlalchemy import text

    grants = reader_grants()
    with db.engine.begin() as conn:
        created = _ensure_role(conn, db, role, password, READER_ROLE_SETTINGS)
        whole = [t for t, cols in grants.items() if cols is None]
        conn.execute(text(f'GRANT SELECT ON {_idents(whole)} TO "{role}"'))
        for table, cols in grants.items():
            if cols is not None:
                conn.execute(text(f'GRANT SELECT ({_idents(cols)}) ON "{table}" TO "{role}"'))
    return {"role": role, "created": created, "hidden_tables": list(READER_HIDDEN_TABLES),
            "hidden_columns": {t: list(c) for t, c in READER_HIDDEN_COLUMNS.items()},
            "settings": dict(READER_ROLE_SETTINGS)}


def reset(db: Database) -> None:
    """Drop every table of ours and migrate back to head (demo rebuilds only: the audit trail
    is append-only, so it cannot be emptied row by row)."""
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    upgrade(db)


def drift(db: Database) -> list:
    """Differences between the models and the live schema (empty when in step)."""
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "include_object": include_object,
                "compare_type": False,
            },
        )
        return compare_metadata(ctx, Base.metadata)


def autogenerate(db: Database, message: str) -> None:
    """Developer tool: write a new revision from the models (``python -m console.store.schema``)."""
    with db.engine.begin() as conn:
        command.revision(alembic_config(conn), message=message, autogenerate=True)


if __name__ == "__main__":
    import sys
    import tempfile

    url = sys.argv[2] if len(sys.argv) > 2 else f"sqlite:///{tempfile.mkdtemp()}/rev.sqlite"
    database = Database(url)
    upgrade(database)
    autogenerate(database, sys.argv[1] if len(sys.argv) > 1 else "change")
