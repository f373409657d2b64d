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
