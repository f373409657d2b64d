"""The work calendar beyond its covered years (issue 8): estimated deadlines, the status that
warns administrators, and loading next year's holidays, on SpatiaLite and on PostGIS.

data/calendar.json covers 2026 only. tests/data/calendar-2027-test.json is an invented
fixture (holidays 01-01..01-03 and 01-05..01-06, make-up Saturday 01-09), not official data.
"""

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from console.domain.errors import InvalidInput, PermissionDenied
from console.services.calendar_service import RECOMPUTE_ACTION, calendar_status
from console.store.models import SecurityEvent, Setting
from tests.services.helpers import actor, replay, spot
from tests.services.test_cli import run, snapshot

CST = ZoneInfo("Asia/Shanghai")
FIXTURE = Path(__file__).resolve().parents[1] / "data" / "calendar-2027-test.json"


def at(y, mo, d, h=0, mi=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=CST)


def dispatched_case(sv, now):
    """积存垃圾渣土 (4 working days to handle), filed and dispatched at ``now``."""
    x, y, _, inspector = spot(sv)
    case = sv.cases.register(actor(sv, inspector), source="inspector", kind="event",
                             class_code="0103", description="积存渣土", x=x, y=y, now=now)
    case = sv.cases.act(actor(sv, "acceptor"), case["id"], "file", now=now)
    return sv.cases.act(actor(sv, "dispatcher"), case["id"], "dispatch",
                        department=case["suggested_department"], now=now)


def test_deadline_into_an_uncovered_year_is_estimated_on_the_working_week(sv):
    case = dispatched_case(sv, at(2026, 12, 30, 10))
    assert case["stage"] == "handle" and case["deadline_estimated"] is True
    # 4 working days on the plain week from Wed 12-30 10:00: Thu, Fri 01-01, Mon, Tue 10:00
    assert datetime.fromisoformat(case["deadline"]) == at(2027, 1, 5, 10)
    assert sv.queries.show(case["code"])["deadline_estimated"] is True
    # the light and the list still work past the covered years
    assert case["light"] == "green"
    assert sv.queries.show(case["code"], now=at(2027, 1, 6, 9))["light"] == "red"
    # a deadline within 2026 is exact
    inside = dispatched_case(sv, at(2026, 12, 1, 10))
    assert inside["deadline_estimated"] is False


def test_status_warns_a_month_before_the_calendar_runs_out(sv):
    early = calendar_status(sv.db, at(2026, 10, 1, 9))
    assert early["last_covered_day"] == "2026-12-31" and early["warn"] is False
    assert early["days_left"] == 91
    late = calendar_status(sv.db, at(2026, 12, 1, 9))
    assert late["warn"] is True and late["days_left"] == 30
    before = late["estimated_open_cases"]
    dispatched_case(sv, at(2026, 12, 30, 10))
    assert sv.calendar.status(at(2026, 12, 1, 9))["estimated_open_cases"] == before + 1


def test_loading_next_year_recomputes_and_audits_estimated_deadlines(sv):
    case = dispatched_case(sv, at(2026, 12, 30, 10))
    exact = dispatched_case(sv, at(2026, 12, 1, 10))
    version = case["version"]
    doc = sv.calendar.load(actor(sv, "admin"), FIXTURE, now=at(2026, 12, 31, 9))
    assert doc["years"] == [2027] and doc["recomputed"] >= 1 and case["code"] in doc["cases"]
    assert exact["code"] not in doc["cases"]

    shown = sv.queries.show(case["code"])
    # Thu 12-31, Mon 01-04, Thu 01-07, Fri 01-08 10:00 (01-01..03 and 01-05..06 are holidays)
    assert datetime.fromisoformat(shown["deadline"]) == at(2027, 1, 8, 10)
    assert shown["deadline_estimated"] is False
    assert shown["version"] == version + 1 == len(shown["history"])
    assert replay(shown["history"]) == "dispatched"
    last = shown["history"][-1]
    assert last["action"] == RECOMPUTE_ACTION and last["actor"] == "admin"
    assert last["from"] == last["to"] == "dispatched"
    assert sv.queries.show(exact["code"])["version"] == exact["version"]  # untouched
    with sv.db.read() as s:
        assert s.get(Setting, "calendar.2027") is not None
        warn_at = s.execute(text("SELECT warn_at FROM case_file WHERE id = :i"),
                            {"i": case["id"]}).scalar_one()
        assert warn_at is not None
        logged = s.scalars(select(SecurityEvent.kind).where(SecurityEvent.user_name == "admin")).all()
        assert "calendar_load" in logged
    # 2027 is covered now: a new deadline across the new year is exact, on the loaded days
    later = dispatched_case(sv, at(2026, 12, 31, 10))
    assert later["deadline_estimated"] is False
    assert datetime.fromisoformat(later["deadline"]) == at(2027, 1, 9, 10)  # the make-up Saturday
    assert sv.calendar.status(at(2026, 12, 1, 9))["last_covered_day"] == "2027-12-31"
    assert sv.calendar.status(at(2026, 12, 1, 9))["warn"] is False


def test_another_instance_counts_on_the_loaded_year_without_a_restart(db_url):
    from console.services.app import open_services

    first, second = open_services(db_url), open_services(db_url)
    try:
        first.calendar.load(actor(first, "admin"), FIXTURE, now=at(2026, 12, 1, 9))
        assert 2027 not in second.policy.calendar.years  # read at its start
        case = dispatched_case(second, at(2026, 12, 30, 10))
        assert case["deadline_estimated"] is False
        assert datetime.fromisoformat(case["deadline"]) == at(2027, 1, 8, 10)
    finally:
        first.close()
        second.close()


def test_a_paused_case_keeps_its_pause_after_the_recomputation(sv):
    case = dispatched_case(sv, at(2026, 12, 30, 10))
    case = sv.cases.act(actor(sv, "commander"), case["id"], "suspend", reason="等待审批",
                        now=at(2026, 12, 30, 11))
    sv.calendar.load(actor(sv, "admin"), FIXTURE, now=at(2026, 12, 30, 12))
    shown = sv.queries.show(case["code"])
    assert datetime.fromisoformat(shown["deadline"]) == at(2027, 1, 8, 10)
    # resumed on Thu 12-31 11:00: one working day parked (12-30 11:00 → 12-31 11:00) is added
    resumed = sv.cases.act(actor(sv, "commander"), case["id"], "resume", now=at(2026, 12, 31, 11))
    assert datetime.fromisoformat(resumed["deadline"]) == at(2027, 1, 9, 10)  # make-up Sat
    assert resumed["deadline_estimated"] is False


def test_only_an_admin_loads_and_a_refusal_writes_nothing(sv, db_url):
    before = snapshot(db_url)
    with pytest.raises(PermissionDenied) as err:
        sv.calendar.load(actor(sv, "commander"), FIXTURE)
    assert err.value.code == "calendar_admin_only"
    assert snapshot(db_url) == before
    with sv.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Setting)
                        .where(Setting.key.like("calendar.%"))) == 0
    assert 2027 not in sv.policy.calendar.years


@pytest.mark.parametrize("content, problem", [
    ('{"years": [2027], "holidays": [{"date": "2027-02-30"}]}', "not a date"),
    ('{"years": [2027], "holidays": []}', "no holidays"),
    ('{"years": [2027], "holidays": [{"date": "2028-01-01"}]}', "outside the file's years"),
    ('{"years": [2027], "holidays": [{"date": "2027-01-01"}], "makeup_days": [{"date": "2027-01-04"}]}',
     "already a working day"),
    ('{"years": [2027], "weekdays": ["mon"], "holidays": [{"date": "2027-01-01"}]}', "unknown key"),
    ('{"years": [2027], "holidays": [', "not valid JSON"),
])
def test_a_malformed_file_is_refused_with_its_problem(sv, db_url, tmp_path, content, problem):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    before = snapshot(db_url)
    with pytest.raises(InvalidInput) as err:
        sv.calendar.load(actor(sv, "admin"), path)
    assert err.value.code == "invalid_calendar_file"
    assert problem in err.value.params["problem"] and err.value.params["file"] == str(path)
    assert snapshot(db_url) == before


def test_cli_status_and_load(db_url, tmp_path):
    code, doc, err = run(db_url, "calendar", "status")
    assert code == 0, err
    assert set(doc) >= {"last_covered_day", "days_left", "warn", "estimated_open_cases"}
    assert isinstance(doc["warn"], bool) and isinstance(doc["estimated_open_cases"], int)
    code, _, err = run(db_url, "calendar", "load", str(FIXTURE), "--as", "dispatcher")
    assert code == 4 and err["code"] == "calendar_admin_only"
    fifo = tmp_path / "fifo.json"
    import os

    os.mkfifo(fifo)
    code, _, err = run(db_url, "calendar", "load", str(fifo), "--as", "admin")
    assert code == 2 and err["code"] == "invalid_calendar_file"
    code, doc, err = run(db_url, "calendar", "load", str(FIXTURE), "--as", "admin")
    assert code == 0, err
    assert doc["years"] == [2027] and isinstance(doc["recomputed"], int)
    code, doc, _ = run(db_url, "calendar", "status")
    assert doc["last_covered_day"] == "2027-12-31"


def test_now_is_utc_safe(sv):
    # the same instant given in UTC counts the same
    case = dispatched_case(sv, at(2026, 12, 30, 10).astimezone(UTC))
    assert datetime.fromisoformat(case["deadline"]) == at(2027, 1, 5, 10)
