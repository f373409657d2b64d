"""The migration reaches head on both back-ends, in step with the models."""

from sqlalchemy import text

from console.store import schema
from console.store.engine import Database


def test_upgrade_to_head_has_no_drift(db_url):
    db = Database(db_url)
    assert schema.current_revision(db) == schema.head_revision()
    assert schema.upgrade(db) == (schema.head_revision(), schema.head_revision())  # idempotent
    assert schema.drift(db) == []
    db.dispose()


def test_fresh_database_upgrade(tmp_path, pg):
    for url in (f"sqlite:///{tmp_path}/fresh.sqlite", pg.create_database("fresh_schema")):
        db = Database(url)
        before, after = schema.upgrade(db)
        assert (before, after) == (None, schema.head_revision())
        assert schema.drift(db) == []
        db.dispose()


def test_spatialite_pragmas_and_spatial_index(tmp_path):
    db = Database(f"sqlite:///{tmp_path}/p.sqlite")
    schema.upgrade(db)
    with db.read() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        indexed = dict(s.execute(text(
            "SELECT f_table_name, spatial_index_enabled FROM geometry_columns")).all())
    assert indexed["grid_cell"] == 1 and indexed["case_file"] == 1
    db.dispose()


def test_postgis_spatial_index_and_notify_trigger(pg):
    db = Database(pg.create_database("idx_check"))
    schema.upgrade(db)
    with db.read() as s:
        idx = s.execute(text("SELECT indexdef FROM pg_indexes WHERE tablename='grid_cell'")).scalars().all()
        trig = s.execute(text("SELECT tgname FROM pg_trigger WHERE tgname='change_log_notify'")).scalar()
    assert any("gist" in i for i in idx)
    assert trig == "change_log_notify"
    db.dispose()


def test_app_role_reads_and_writes_rows_but_not_schema_nor_audit(pg):
    import pytest
    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError

    url = pg.create_database("roles_check")
    db = Database(url)
    schema.upgrade(db)
    doc = schema.grant_app_role(db, "console_app")
    assert doc["append_only"] == ["case_event", "change_log", "security_event", "gis_edit",
                                   "webhook_event"]
    with db.unit_of_work() as s:
        s.execute(text("INSERT INTO setting (key, value) VALUES ('k', 'v')"))
    app = create_engine(url.replace("postgres@", "console_app@"))
    with app.begin() as conn:
        conn.execute(text("UPDATE setting SET value = 'w' WHERE key = 'k'"))
        conn.execute(text("INSERT INTO security_event (id, at, user_name, kind, message) "
                          "VALUES ('e1', now(), 'u', 'login', '')"))
    for statement in ("CREATE TABLE evil (id int)", "ALTER TABLE case_file ADD COLUMN evil int",
                      "DROP TABLE setting", "UPDATE security_event SET message = 'x'",
                      "DELETE FROM security_event", "DELETE FROM change_log"):
        with pytest.raises(DBAPIError), app.begin() as conn:
            conn.execute(text(statement))
    # even the owner cannot rewrite the audit trail: the trigger refuses
    with pytest.raises(DBAPIError, match="append-only"), db.unit_of_work() as s:
        s.execute(text("DELETE FROM security_event"))
    app.dispose()
    db.dispose()


def test_spatialite_audit_trail_is_append_only(tmp_path):
    import pytest
    from sqlalchemy.exc import DBAPIError

    db = Database(f"sqlite:///{tmp_path}/a.sqlite")
    schema.upgrade(db)
    with db.unit_of_work() as s:
        s.execute(text("INSERT INTO security_event (id, at, user_name, kind, message) "
                       "VALUES ('e1', '2026-01-01', 'u', 'login', '')"))
    for statement in ("UPDATE security_event SET message = 'x'", "DELETE FROM security_event"):
        with pytest.raises(DBAPIError, match="append-only"), db.unit_of_work() as s:
            s.execute(text(statement))
    db.dispose()


def test_services_refuse_an_old_schema_with_a_clear_message(tmp_path):
    import pytest

    from console.services.app import SchemaOutOfDate, open_services

    db = Database(f"sqlite:///{tmp_path}/old.sqlite")
    with pytest.raises(SchemaOutOfDate, match="has no schema.*console db upgrade"):
        open_services(db=db)
    schema.upgrade(db, "0003")
    with pytest.raises(SchemaOutOfDate, match="is at schema 0003"):
        open_services(db=db)
    schema.upgrade(db)
    assert open_services(db=db).db is db
    db.dispose()


def test_upgrade_adds_postgis_where_it_may_and_says_what_to_run_where_not(pg):
    import pytest
    from sqlalchemy import create_engine

    from console.domain.errors import InvalidInput

    superuser_db = Database(pg.create_database("no_postgis_yet", postgis=False))
    try:
        assert schema.upgrade(superuser_db)[1] == schema.head_revision()
    finally:
        superuser_db.dispose()

    admin = create_engine(pg.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP ROLE IF EXISTS plain_owner"))
        conn.execute(text("CREATE ROLE plain_owner LOGIN PASSWORD 'owner-pw'"))
        conn.execute(text("CREATE DATABASE no_postgis OWNER plain_owner"))
    admin.dispose()
    owner_db = Database(pg.role_url("no_postgis", "plain_owner", "owner-pw"))
    try:
        with pytest.raises(InvalidInput) as refused:
            schema.upgrade(owner_db)
        assert refused.value.code == "postgis_missing"
        assert "psql -d no_postgis -c 'CREATE EXTENSION postgis'" in refused.value.message
        assert schema.current_revision(owner_db) is None  # nothing half-made
    finally:
        owner_db.dispose()
