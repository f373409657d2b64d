"""Who gets which notice (pure rules, no database)."""

from datetime import UTC, datetime, timedelta

from console.domain.workflow import Actor
from console.services import alert_rules as r

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def case(**kw) -> dict:
    base = {"id": "c1", "code": "2026000001", "state": "reported", "urgent": False,
            "district_code": "321202", "department": None, "return_requested": False,
            "deadline": (NOW + timedelta(hours=1)).isoformat(), "reporter": "inspector001"}
    base.update(kw)
    return base


ACCEPTOR = Actor("acceptor", frozenset({"acceptor"}), None, "321202")
ACCEPTOR_GG = Actor("acceptor_gg", frozenset({"acceptor"}), None, "321203")
SHIFT = Actor("shift_leader", frozenset({"shift_leader"}), None, "321202")
DISPATCHER = Actor("dispatcher", frozenset({"dispatcher"}), None, "321202")
DEPT = Actor("dept_sanitation", frozenset({"department"}), "321202-sanitation", "321202")
CITY = Actor("city_acceptor", frozenset({"acceptor"}), None, None)


def test_new_urgent_case_for_acceptors_of_its_district():
    c = case(urgent=True)
    assert r.changes(None, c) == [r.URGENT]
    assert r.changes(None, case()) == []
    assert r.changes(None, c, reporter_is_me=True) == []
    assert r.concerns(ACCEPTOR, r.URGENT, c) and r.concerns(SHIFT, r.URGENT, c)  # ⊇ acceptor
    assert r.concerns(CITY, r.URGENT, c)
    assert not r.concerns(ACCEPTOR_GG, r.URGENT, c)
    assert not r.concerns(DISPATCHER, r.URGENT, c) and not r.concerns(DEPT, r.URGENT, c)


def test_return_request_for_dispatchers_and_escalation_for_shift_leaders():
    before = r.Snapshot.of(case(state="dispatched"), NOW)
    returned = case(state="dispatched", return_requested=True)
    assert r.changes(before, returned) == [r.RETURNED]
    assert r.concerns(DISPATCHER, r.RETURNED, returned)
    assert not r.concerns(ACCEPTOR, r.RETURNED, returned)
    assert r.changes(r.Snapshot.of(returned, NOW), returned) == []  # said once
    escalated = case(state="adjudicating")
    assert r.changes(r.Snapshot.of(case(), NOW), escalated) == [r.ESCALATED]
    assert r.changes(r.Snapshot.of(case(state="checking"), NOW), case(state="arbitrating")) == [r.ESCALATED]
    assert r.concerns(SHIFT, r.ESCALATED, escalated) and not r.concerns(ACCEPTOR, r.ESCALATED, escalated)


def test_overdue_goes_to_the_queue_that_holds_the_case():
    late = {"dispatched": DEPT, "filed": DISPATCHER, "reported": ACCEPTOR, "adjudicating": SHIFT}
    for state, who in late.items():
        c = case(state=state, department="321202-sanitation" if state == "dispatched" else None)
        assert r.concerns(who, r.OVERDUE, c), state
        others = [a for a in (DEPT, DISPATCHER, ACCEPTOR) if a is not who and not (
            a is ACCEPTOR and who is SHIFT)]
        assert not any(r.concerns(a, r.OVERDUE, c) for a in others if a is not SHIFT), state
    other_dept = case(state="dispatched", department="321202-drainage")
    assert not r.concerns(DEPT, r.OVERDUE, other_dept)
    # the video wall hears about urgent and overdue cases only
    assert r.concerns(ACCEPTOR, r.OVERDUE, case(), video_wall=True)
    assert not r.concerns(ACCEPTOR, r.ESCALATED, case(state="adjudicating"), video_wall=True)


def test_newly_red_once_when_the_deadline_passes():
    snaps = {"a": r.Snapshot.of(case(), NOW),
             "b": r.Snapshot.of(case(deadline=(NOW - timedelta(minutes=5)).isoformat()), NOW),
             "c": r.Snapshot.of(case(state="suspended"), NOW)}
    assert snaps["b"].red and not snaps["a"].red  # overdue when first seen: no notice
    assert r.newly_red(snaps, NOW) == []
    assert r.newly_red(snaps, NOW + timedelta(hours=2)) == ["a"]
