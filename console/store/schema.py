"""Schema migration (Alembic) and a drift check between models and database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from geoalchemy2 import alembic_helpers

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
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
    return before, current_revision(db)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Only our tables: SpatiaLite and PostGIS keep catalogue tables of their own."""
    if type_ == "table" and reflected and name not in Base.metadata.tables:
        return False
    return alembic_helpers.include_object(obj, name, type_, reflected, compare_to)


APPEND_ONLY_TABLES = ("case_event", "change_log", "security_event", "gis_edit")


def grant_app_role(db: Database, role: str, password: str | None = None) -> dict:
    """PostgreSQL: the role workstations connect with. It reads and writes the application's
    rows, may only append to the audit trail, and owns nothing, so it cannot change the schema
    (migrations run as the owner role that calls this)."""
    from sqlalchemy import text

    if db.is_sqlite:
        raise InvalidInput("database roles exist on PostgreSQL only; a SpatiaLite file has none",
                           code="roles_need_postgresql")
    if not role.replace("_", "").isalnum():
        raise InvalidInput(f"role names are letters, digits and _: {role!r}", code="invalid_role_name",
                           role=role)
    with db.engine.begin() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
        if not exists:
            conn.execute(text(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE'))
        if password:
            conn.execute(text(f"ALTER ROLE \"{role}\" PASSWORD '{password.replace(chr(39), chr(39) * 2)}'"))
        dbname = conn.execute(text("SELECT current_database()")).scalar()
        conn.execute(text(f'GRANT CONNECT ON DATABASE "{dbname}" TO "{role}"'))
        conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
        conn.execute(text(f'REVOKE CREATE ON SCHEMA public FROM "{role}"'))
        conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
        conn.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"'))
        conn.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))
        tables = ", ".join(APPEND_ONLY_TABLES)
        conn.execute(text(f'REVOKE UPDATE, DELETE, TRUNCATE ON {tables} FROM "{role}"'))
        conn.execute(text(f'REVOKE UPDATE, DELETE ON alembic_version FROM "{role}"'))
    return {"role": role, "created": not exists, "append_only": list(APPEND_ONLY_TABLES)}


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
