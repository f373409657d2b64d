from datetime import UTC, datetime

import pytest

from console.domain import workflow as wf
from console.domain.errors import InvalidInput, InvalidTransition, PermissionDenied
from console.domain.workflow import Actor, CaseView, State

D = "321202"
ACCEPTOR = Actor("a", frozenset({"acceptor"}), district_code=D)
SHIFT = Actor("s", frozenset({"shift_leader"}), district_code=D)
CITY_SHIFT = Actor("cs", frozenset({"shift_leader"}))
DISPATCHER = Actor("d", frozenset({"dispatcher"}), district_code=D)
COMMANDER = Actor("c", frozenset({"commander"}), district_code=D)
DEPT = Actor("p", frozenset({"department"}), department_code="321202-sanitation", district_code=D)
OTHER_DEPT = Actor("q", frozenset({"department"}), department_code="321202-greening", district_code=D)
INSPECTOR = Actor("i", frozenset({"inspector"}), district_code=D)
OTHER_DISTRICT_ACCEPTOR = Actor("a2", frozenset({"acceptor"}), district_code="321203")


def case(state, **kw):
    base = dict(state=State(state), source="inspector", level="district", district_code=D)
    base.update(kw)
    return CaseView(**base)


def test_every_state_is_reachable_and_table_is_consistent():
    wf._validate_table()  # raises if a state cannot be reached
    assert set(wf.ACTIONS) - {"register"} == {t.action for t in wf.TRANSITIONS}


def test_file_from_reported_by_acceptor():
    d = wf.decide(case("reported"), "file", ACCEPTOR)
    assert (d.from_state, d.to_state, d.stage) == (State.REPORTED, State.FILED, "dispatch")


def test_acceptor_may_not_file_from_adjudication_but_shift_leader_may():
    with pytest.raises(PermissionDenied, match="shift_leader"):
        wf.decide(case("adjudicating"), "file", ACCEPTOR)
    assert wf.decide(case("adjudicating"), "file", SHIFT).to_state == State.FILED


def test_shift_leader_inherits_acceptor_and_commander_inherits_dispatcher():
    assert wf.decide(case("reported"), "file", SHIFT).to_state == State.FILED
    d = wf.decide(case("filed"), "dispatch", COMMANDER, {"department": "x"})
    assert d.to_state == State.DISPATCHED and d.changes["department_code"] == "x"


def test_illegal_transition_names_the_states():
    with pytest.raises(InvalidTransition, match="cannot close a case in state reported"):
        wf.decide(case("reported"), "close", ACCEPTOR, {"close_type": "normal"})


def test_missing_reason_is_refused():
    with pytest.raises(InvalidInput, match="--reason") as err:
        wf.decide(case("reported"), "reject", ACCEPTOR, {"reason": ""})
    assert err.value.details["missing"] == ["reason"]


def test_unknown_action():
    with pytest.raises(InvalidInput, match="unknown action"):
        wf.decide(case("reported"), "teleport", ACCEPTOR)


def test_district_staff_act_only_in_their_district():
    with pytest.raises(PermissionDenied, match="district 321202"):
        wf.decide(case("reported"), "file", OTHER_DISTRICT_ACCEPTOR)


def test_transfer_to_city_then_only_city_staff_act():
    d = wf.decide(case("filed"), "transfer_to_city", SHIFT, {"reason": "需市级部门"})
    assert d.to_state == State.ADJUDICATING and d.changes["level"] == "city"
    city_case = case("adjudicating", level="city")
    with pytest.raises(PermissionDenied, match="city-level"):
        wf.decide(city_case, "file", SHIFT)
    assert wf.decide(city_case, "file", CITY_SHIFT).to_state == State.FILED
    with pytest.raises(InvalidTransition, match="already at city level"):
        wf.decide(case("filed", level="city"), "transfer_to_city", CITY_SHIFT, {"reason": "x"})


def test_city_shift_leader_cannot_transfer():
    with pytest.raises(PermissionDenied, match="district shift leader"):
        wf.decide(case("filed"), "transfer_to_city", CITY_SHIFT, {"reason": "x"})


def test_only_the_assigned_department_handles():
    dispatched = case("dispatched", department_code="321202-sanitation")
    assert wf.decide(dispatched, "report_done", DEPT, {"reason": "done"}).to_state == State.HANDLED
    with pytest.raises(PermissionDenied, match="not in the department"):
        wf.decide(dispatched, "report_done", OTHER_DEPT, {"reason": "done"})
    d = wf.decide(dispatched, "return", DEPT, {"reason": "非本部门"})
    assert d.to_state == State.FILED and d.changes["department_code"] is None


def test_postponement_request_then_approval_by_commander_only():
    until = datetime(2026, 12, 1, tzinfo=UTC)
    dispatched = case("dispatched", department_code="321202-sanitation")
    d = wf.decide(dispatched, "request_postponement", DEPT, {"until": until, "reason": "材料"})
    assert d.to_state == State.DISPATCHED and d.changes["postponement_until"] == until
    pending = case("dispatched", department_code="321202-sanitation", postponement_until=until)
    with pytest.raises(InvalidTransition, match="already waiting"):
        wf.decide(pending, "request_postponement", DEPT, {"until": until, "reason": "x"})
    with pytest.raises(PermissionDenied):
        wf.decide(pending, "approve_postponement", DISPATCHER)
    assert wf.decide(pending, "approve_postponement", COMMANDER).deadline == "postpone"
    with pytest.raises(InvalidTransition, match="no postponement"):
        wf.decide(dispatched, "deny_postponement", COMMANDER)


def test_suspend_and_resume():
    d = wf.decide(case("dispatched"), "suspend", COMMANDER, {"reason": "挂账"})
    assert d.to_state == State.SUSPENDED and d.deadline == "pause"
    assert wf.decide(case("suspended"), "resume", COMMANDER).to_state == State.DISPATCHED
    with pytest.raises(PermissionDenied):
        wf.decide(case("dispatched"), "suspend", DISPATCHER, {"reason": "x"})


def test_check_then_close_or_rework():
    checking = case("checking")
    d = wf.decide(checking, "submit_check", INSPECTOR, {"result": "failed"})
    assert d.changes["check_result"] == "failed" and d.to_state == State.CHECKING
    with pytest.raises(InvalidTransition, match="passed inspection"):
        wf.decide(case("checking", check_result="failed"), "close", ACCEPTOR, {"close_type": "normal"})
    d = wf.decide(case("checking", check_result="failed", rework_count=1), "rework", ACCEPTOR,
                  {"reason": "未清理干净"})
    assert d.to_state == State.FILED and d.changes["rework_count"] == 2
    d = wf.decide(case("checking", check_result="passed"), "close", ACCEPTOR, {"close_type": "overdue"})
    assert d.to_state == State.CLOSED and d.changes["close_type"] == "overdue"
    with pytest.raises(InvalidInput, match="close type"):
        wf.decide(case("checking", check_result="passed"), "close", ACCEPTOR, {"close_type": "fast"})
    with pytest.raises(InvalidTransition, match="already submitted"):
        wf.decide(case("checking", check_result="passed"), "submit_check", INSPECTOR, {"result": "passed"})


def test_verification_only_for_non_inspector_sources():
    with pytest.raises(InvalidTransition, match="needs no verification"):
        wf.decide(case("reported"), "request_verification", ACCEPTOR)
    d = wf.decide(case("reported", source="public"), "request_verification", ACCEPTOR)
    assert d.to_state == State.VERIFYING
    d = wf.decide(case("verifying", source="public"), "submit_verification", INSPECTOR, {"result": "passed"})
    assert d.to_state == State.REPORTED and d.changes["verification_result"] == "passed"


def test_cancel_only_by_shift_leader():
    with pytest.raises(PermissionDenied):
        wf.decide(case("filed"), "cancel", ACCEPTOR, {"reason": "重复"})
    assert wf.decide(case("filed"), "cancel", SHIFT, {"reason": "重复"}).to_state == State.CANCELLED


def test_terminal_states_accept_nothing():
    for state in wf.TERMINAL_STATES:
        assert wf.allowed_actions(case(state), SHIFT) == []


def test_allowed_actions_follow_roles():
    assert set(wf.allowed_actions(case("reported"), ACCEPTOR)) == {"file", "reject", "escalate"}
    assert "cancel" in wf.allowed_actions(case("reported"), SHIFT)
    assert wf.allowed_actions(case("reported"), DISPATCHER) == []
    assert set(wf.allowed_actions(case("dispatched", department_code=DEPT.department_code), DEPT)) == {
        "return", "request_postponement", "report_done"}


def test_register_guards():
    wf.check_register(INSPECTOR, "inspector", D)
    with pytest.raises(PermissionDenied, match="only an inspector"):
        wf.check_register(ACCEPTOR, "inspector", D)
    with pytest.raises(PermissionDenied, match="registered by an acceptor"):
        wf.check_register(INSPECTOR, "public", D)
    with pytest.raises(PermissionDenied, match="may not register"):
        wf.check_register(DISPATCHER, "public", D)
    with pytest.raises(InvalidInput, match="unknown source"):
        wf.check_register(ACCEPTOR, "pigeon", D)
    with pytest.raises(PermissionDenied, match="works in district"):
        wf.check_register(OTHER_DISTRICT_ACCEPTOR, "public", D)
