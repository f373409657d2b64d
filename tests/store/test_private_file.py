"""Embedded mode: the database file is its owner's alone."""

import stat

from console.store import schema
from console.store.engine import Database


def test_a_new_spatialite_file_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "new" / "console.sqlite"
    db = Database(f"sqlite:///{path}")
    schema.upgrade(db)
    db.dispose()
    for f in [path, *path.parent.glob("console.sqlite-*")]:
        assert stat.S_IMODE(f.stat().st_mode) & 0o077 == 0, f
    assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0


def test_an_existing_file_keeps_the_mode_its_owner_gave_it(tmp_path):
    path = tmp_path / "shared.sqlite"
    path.touch(mode=0o640)
    path.chmod(0o640)
    db = Database(f"sqlite:///{path}")
    schema.upgrade(db)
    db.dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
