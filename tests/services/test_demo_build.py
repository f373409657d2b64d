"""`console demo` into a database: counts, coverage and determinism."""

from datetime import UTC, datetime

from sqlalchemy import select

from console.services.demo_city.build import build_demo
from console.store.engine import Database
from console.store.models import CaseEvent, CaseFile, Component, GridCell

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _digest(url):
    db = Database(url)
    with db.read() as s:
        cells = s.execute(select(GridCell.code, GridCell.inspector).order_by(GridCell.code)).all()
        comps = s.execute(select(Component.code, Component.owner_code).order_by(Component.code)).all()
        cases = s.execute(select(CaseFile.code, CaseFile.state, CaseFile.class_code, CaseFile.grid_code,
                                 CaseFile.rework_count).order_by(CaseFile.code)).all()
        events = s.scalar(select(CaseEvent.id).limit(1))
    db.dispose()
    return cells, comps, cases, events is not None


def test_demo_is_deterministic_for_a_seed(tmp_path):
    a = build_demo(f"sqlite:///{tmp_path}/a.sqlite", "small", seed=5, now=NOW)
    b = build_demo(f"sqlite:///{tmp_path}/b.sqlite", "small", seed=5, now=NOW)
    build_demo(f"sqlite:///{tmp_path}/c.sqlite", "small", seed=6, now=NOW)
    assert a["history"] == b["history"]
    da, db_, dc = (_digest(f"sqlite:///{tmp_path}/{n}.sqlite") for n in "abc")
    assert da == db_
    assert da[2] != dc[2]
    assert a["tiling"]["gap_area"] < 1 and a["tiling"]["overlap_area"] < 1


def test_demo_contents(tmp_path):
    doc = build_demo(f"sqlite:///{tmp_path}/d.sqlite", "small", seed=1, now=NOW)
    assert doc["districts"] == 3 and 200 <= doc["grid_cells"] <= 600
    assert set(doc["users_by_role"]) >= {"inspector", "acceptor", "shift_leader", "dispatcher", "commander",
                                         "department", "leader", "gis_technician", "admin"}
    states = doc["history"]["states"]
    assert states["closed"] > 0.7 * doc["cases"]
    assert sum(v for k, v in states.items() if k not in ("closed", "rejected", "cancelled")) > 10
    # rebuilding into the same demo database replaces it
    again = build_demo(f"sqlite:///{tmp_path}/d.sqlite", "small", seed=1, now=NOW)
    assert again["cases"] == doc["cases"] and again["grid_cells"] == doc["grid_cells"]
