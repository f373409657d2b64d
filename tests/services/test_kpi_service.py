"""KPIs from the database: open-and-overdue cases count as not on time."""

from datetime import UTC, datetime, timedelta

import pytest

from console.domain.errors import InvalidInput
from tests.services.helpers import actor, spot


def _group(doc, key):
    return next(g for g in doc["groups"] if g["key"] == key)


def test_open_overdue_case_counts_against_on_time_close(sv):
    x, y, cell, inspector = spot(sv)
    t0 = datetime.now(UTC) + timedelta(days=400)  # a quiet future period of our own
    case = sv.cases.register(actor(sv, inspector), source="inspector", kind="event", class_code="0102",
                             description="暴露垃圾", x=x, y=y, now=t0)
    sv.cases.act(actor(sv, "acceptor"), case["id"], "file", now=t0 + timedelta(minutes=5))
    sv.cases.act(actor(sv, "dispatcher"), case["id"], "dispatch", department="321202-sanitation",
                 now=t0 + timedelta(minutes=10))
    day = t0.date().isoformat()
    before_due = sv.kpi.compute(day, day, "department", now=t0 + timedelta(minutes=20))
    g = _group(before_due, "321202-sanitation")
    assert g["counts"]["close_due"] == 0 and g["rates"]["close_rate"] is None
    late = sv.kpi.compute(day, day, "department", now=t0 + timedelta(days=30))
    g = _group(late, "321202-sanitation")
    assert g["counts"]["close_due"] == 1 and g["counts"]["closed"] == 0
    assert g["rates"]["on_time_close_rate"] == 0.0 and g["rates"]["handle_rate"] == 0.0
    assert g["counts"]["dispatched_on_time"] == 1 and g["counts"]["filed_on_time"] == 1


def test_history_kpis_are_plausible(sv):
    doc = sv.kpi.compute(by="district")
    assert {g["key"] for g in doc["groups"]} == {"321202", "321203", "321204"}
    for g in doc["groups"]:
        r = g["rates"]
        assert 80 <= r["close_rate"] <= 100
        assert 0 < r["rework_rate"] < 20
        assert r["on_time_close_rate"] < r["close_rate"]
        assert g["grade"] in {"A", "B", "C", "D", "E"} and g["name"].endswith("区")


def test_kpi_rejects_bad_arguments(sv):
    with pytest.raises(InvalidInput, match="--by"):
        sv.kpi.compute(by="planet")
    with pytest.raises(InvalidInput, match="not a date"):
        sv.kpi.compute("yesterday")
    with pytest.raises(InvalidInput, match="before"):
        sv.kpi.compute("2026-06-01", "2026-05-01")


def test_urges_and_callbacks_are_counted(sv):
    """督办数 / 按时回复 and 满意率 (issue 7): per 督办 record, and per caller reached."""
    doc = sv.kpi.compute()
    g = doc["groups"][0]
    c, r = g["counts"], g["rates"]
    assert c["urged"] > 0 and 0 < c["urge_replied_on_time"] <= c["urge_reply_due"] <= c["urged"]
    assert c["callbacks"] > 0 and c["satisfied"] <= c["callbacks"]
    assert r["satisfaction_rate"] == round(100 * c["satisfied"] / c["callbacks"], 2)
    assert 0 < r["on_time_urge_reply_rate"] <= 100
    # a new 督办 answered late, and a public caller reached and not satisfied
    from tests.services.test_scenarios import act

    x, y, cell, inspector = spot(sv)
    t0 = datetime.now(UTC) + timedelta(days=500)
    case = sv.cases.register(actor(sv, inspector), source="inspector", kind="event", class_code="0102",
                             description="暴露垃圾", x=x, y=y, now=t0)
    act(sv, case, "file", "acceptor", now=t0)
    act(sv, case, "dispatch", "dispatcher", department="321202-sanitation", now=t0)
    case = act(sv, case, "urge", "leader", reason="请今日办结", now=t0 + timedelta(minutes=1))
    assert case["urge_pending"] and case["urge_reply_deadline"]
    day = t0.date().isoformat()
    open_ = sv.kpi.compute(day, day, now=t0 + timedelta(days=5))["groups"][0]["counts"]
    assert (open_["urged"], open_["urge_reply_due"], open_["urge_replied_on_time"]) == (1, 1, 0)
    act(sv, case, "answer_urge", "dept_sanitation", reason="已安排", now=t0 + timedelta(days=6))
    shown = sv.queries.show(case["id"])
    assert not shown["urge_pending"] and shown["urges"][0]["on_time"] is False
    assert shown["urges"][0]["answered_by"] == "dept_sanitation"
    g = sv.kpi.compute(day, day, now=t0 + timedelta(days=7))["groups"][0]
    assert g["rates"]["on_time_urge_reply_rate"] == 0.0
