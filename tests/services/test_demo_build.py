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
        comps = s.execute(select(Component.code, Component.owner_code, Component.installed_on)
                          .order_by(Component.code)).all()
        cases = s.execute(select(CaseFile.code, CaseFile.state, CaseFile.class_code, CaseFile.grid_code,
                                 CaseFile.rework_count).order_by(CaseFile.code)).all()
        events = s.scalar(select(CaseEvent.id).limit(1))
    db.dispose()
    return cells, comps, cases, events is not None


def test_demo_is_deterministic_for_a_seed(tmp_path):
    """The same --seed and --now give the same city, also from another process (another
    string-hash seed: nothing may depend on Python's per-process ``hash``); --now without an
    offset is the center's local time (NOW is 17:00 in Asia/Shanghai)."""
    import json
    import os
    import subprocess
    import sys

    a = build_demo(f"sqlite:///{tmp_path}/a.sqlite", "small", seed=5, now=NOW)
    env = dict(os.environ, PYTHONHASHSEED="12345", QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([sys.executable, "-m", "console", "demo", "--db",
                        f"sqlite:///{tmp_path}/b.sqlite", "--seed", "5", "--now",
                        "2026-11-20T17:00:00", "--json"], capture_output=True, text=True,
                       env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    b = json.loads(p.stdout)
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


def test_demo_history_follows_the_seeds_rules(tmp_path):
    """Issue 7: the history walks the new rules — verification before filing, the acceptor's
    inspection order, confirmed returns, 督办 with replies, callbacks, transfers down, merges."""
    import json
    from collections import Counter, defaultdict

    from console.domain.workflow import SETTINGS

    url = f"sqlite:///{tmp_path}/r.sqlite"
    build_demo(url, "small", seed=2, now=NOW)
    db = Database(url)
    with db.read() as s:
        cases = {c.id: c for c in s.scalars(select(CaseFile))}
        events = defaultdict(list)
        for e in s.scalars(select(CaseEvent).order_by(CaseEvent.case_id, CaseEvent.seq)):
            events[e.case_id].append(e)
    db.dispose()
    actions = Counter(e.action for evs in events.values() for e in evs)
    for name in ("request_verification", "request_check", "approve_return", "deny_return", "recall",
                 "urge", "answer_urge", "callback", "transfer_to_district", "transfer_to_city",
                 "merge", "escalate"):
        assert actions[name] > 0, name
    for cid, evs in events.items():
        case = cases[cid]
        assert [e.seq for e in evs] == list(range(1, len(evs) + 1)) and case.version == len(evs)
        names = [e.action for e in evs]
        if case.source in SETTINGS.verify_sources and "file" in names:
            last_verification = max(i for i, n in enumerate(names) if n == "submit_verification")
            assert json.loads(evs[last_verification].payload)["result"] == "passed"
            assert last_verification < names.index("file")
        for i, n in enumerate(names):
            if n == "submit_check":
                assert "request_check" in names[:i], case.code
                ordered = [e for e in evs[:i] if e.action == "request_check"][-1]
                assert evs[i].actor in {case.inspector, json.loads(ordered.payload).get("inspector")}
            if n == "return" and i + 1 < len(evs):
                assert names[i + 1] in ("approve_return", "deny_return"), case.code
        if case.state == "merged":
            assert case.merged_into and cases_by_code(cases)[case.merged_into].state != "merged"


def cases_by_code(cases):
    return {c.code: c for c in cases.values()}


def test_demo_suggests_departments_of_the_case_level(tmp_path):
    url = f"sqlite:///{tmp_path}/s.sqlite"
    build_demo(url, "small", seed=1, now=NOW)
    db = Database(url)
    with db.read() as s:
        from console.store.models import Department

        levels = dict(s.execute(select(Department.code, Department.level)).all())
        rows = s.execute(select(CaseFile.level, CaseFile.suggested_department_code)
                         .where(CaseFile.state.in_(["reported", "adjudicating", "filed"]))).all()
    db.dispose()
    assert any(level == "city" for level, _ in rows)
    assert all(levels[dept] == level for level, dept in rows), rows
