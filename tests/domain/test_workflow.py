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
    # a return is a request: the case stays with the department until the dispatcher answers
    assert d.to_state == State.DISPATCHED and d.changes["return_reason"] == "非本部门"


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


PHOTO = {"photo_count": 1}


def test_check_then_close_or_rework():
    checking = case("checking", inspector="i")
    d = wf.decide(checking, "submit_check", INSPECTOR, {"result": "failed", **PHOTO})
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
        wf.decide(case("checking", check_result="passed", inspector="i"), "submit_check", INSPECTOR,
                  {"result": "passed", **PHOTO})


def test_verification_only_for_non_inspector_sources():
    with pytest.raises(InvalidTransition, match="needs no verification"):
        wf.decide(case("reported"), "request_verification", ACCEPTOR)
    d = wf.decide(case("reported", source="public"), "request_verification", ACCEPTOR)
    assert d.to_state == State.VERIFYING
    d = wf.decide(case("verifying", source="public", inspector="i"), "submit_verification", INSPECTOR,
                  {"result": "passed", **PHOTO})
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


# --- issue 7: the seeds' rules ----------------------------------------------------------

CITY_DISPATCHER = Actor("cd", frozenset({"dispatcher"}))
CITY_COMMANDER = Actor("cc", frozenset({"commander"}))
LEADER = Actor("l", frozenset({"leader"}))
OTHER_INSPECTOR = Actor("j", frozenset({"inspector"}), district_code=D)


def codes(fn):
    try:
        fn()
    except (InvalidInput, InvalidTransition, PermissionDenied) as exc:
        return exc.code, exc.params
    raise AssertionError("not refused")


def test_non_inspector_sources_are_verified_before_filing():
    for source in ("public", "system", "video"):
        code, params = codes(lambda s=source: wf.decide(case("reported", source=s), "file", ACCEPTOR))
        assert code == "verification_required" and params["source"] == source
    failed = case("reported", source="public", verification_result="failed")
    assert codes(lambda: wf.decide(failed, "file", ACCEPTOR))[0] == "verification_required"
    assert wf.decide(failed, "reject", ACCEPTOR, {"reason": "不属实"}).to_state == State.REJECTED
    assert wf.decide(failed, "request_verification", ACCEPTOR).to_state == State.VERIFYING
    assert set(wf.allowed_actions(failed, ACCEPTOR)) == {"reject", "escalate", "request_verification"}
    passed = case("reported", source="public", verification_result="passed")
    assert wf.decide(passed, "file", ACCEPTOR).to_state == State.FILED
    # nor does the shift leader file an unverified public report
    assert codes(lambda: wf.decide(case("adjudicating", source="public"), "file", SHIFT))[0] == \
        "verification_required"
    # leaders' instructions: as data/workflow.json says (not verified by default)
    assert wf.decide(case("reported", source="leader"), "file", ACCEPTOR).to_state == State.FILED
    assert codes(lambda: wf.decide(case("reported", source="leader", verification_required=True),
                                   "file", ACCEPTOR))[0] == "verification_required"


def test_settings_file_lists_the_sources(tmp_path):
    p = tmp_path / "workflow.json"
    p.write_text('{"verify_sources": ["public", "leader"], "auto_check_order": true}', encoding="utf-8")
    st = wf.load_settings(p)
    assert st.verify_sources == {"public", "leader"} and st.auto_check_order
    assert wf.needs_verification("leader", st) and not wf.needs_verification("video", st)
    p.write_text('{"verify_sources": ["inspector"]}', encoding="utf-8")
    from console.domain.errors import CatalogError

    with pytest.raises(CatalogError):
        wf.load_settings(p)


def test_only_the_cell_or_ordered_inspector_answers():
    d = wf.decide(case("reported", source="public", inspector="i"), "request_verification", ACCEPTOR,
                  {"inspector": "j"})
    assert d.changes["ordered_inspector"] == "j"
    verifying = case("verifying", source="public", inspector="i", ordered_inspector="j")
    assert wf.decide(verifying, "submit_verification", OTHER_INSPECTOR,
                     {"result": "passed", **PHOTO}).to_state == State.REPORTED
    stranger = Actor("k", frozenset({"inspector"}), district_code=D)
    code, params = codes(lambda: wf.decide(verifying, "submit_verification", stranger,
                                           {"result": "passed", **PHOTO}))
    assert code == "wrong_inspector" and params["inspectors"] == ["i", "j"]
    checking = case("checking", inspector="i")
    assert codes(lambda: wf.decide(checking, "submit_check", OTHER_INSPECTOR,
                                   {"result": "passed", **PHOTO}))[0] == "wrong_inspector"


def test_photos_are_required_from_the_field_unless_a_reason_is_given():
    checking = case("checking", inspector="i")
    code, params = codes(lambda: wf.decide(checking, "submit_check", INSPECTOR, {"result": "passed"}))
    assert code == "photos_required" and params == {"action": "submit_check"}
    d = wf.decide(checking, "submit_check", INSPECTOR, {"result": "passed", "no_photo_reason": "相机故障"})
    assert d.changes["check_result"] == "passed"


def test_the_acceptor_orders_the_inspection():
    d = wf.decide(case("handled"), "accept_result", DISPATCHER)
    assert d.to_state == State.AWAITING_CHECK and d.stage == "check"
    awaiting = case("awaiting_check", inspector="i")
    assert codes(lambda: wf.decide(awaiting, "submit_check", INSPECTOR,
                                   {"result": "passed", **PHOTO}))[0] == "wrong_state"
    assert codes(lambda: wf.decide(awaiting, "request_check", DISPATCHER))[0] == "not_allowed"
    d = wf.decide(awaiting, "request_check", ACCEPTOR, {"inspector": "j"})
    assert d.to_state == State.CHECKING and d.changes["ordered_inspector"] == "j"
    assert wf.decide(awaiting, "request_check", wf.SYSTEM_ACTOR).to_state == State.CHECKING


def test_return_is_a_request_the_dispatcher_answers():
    pending = case("dispatched", department_code="321202-sanitation", return_requested=True)
    assert codes(lambda: wf.decide(pending, "return", DEPT, {"reason": "x"}))[0] == "return_pending"
    assert codes(lambda: wf.decide(pending, "report_done", DEPT, {"reason": "x"}))[0] == "return_pending"
    d = wf.decide(pending, "approve_return", DISPATCHER)
    assert d.to_state == State.FILED and d.changes["department_code"] is None
    d = wf.decide(pending, "deny_return", DISPATCHER, {"reason": "属于贵部门职责"})
    assert d.to_state == State.DISPATCHED and d.changes == {"return_reason": None}
    assert codes(lambda: wf.decide(pending, "deny_return", DISPATCHER))[0] == "missing_input"
    plain = case("dispatched", department_code="321202-sanitation")
    assert codes(lambda: wf.decide(plain, "approve_return", DISPATCHER))[0] == "no_return_pending"
    assert codes(lambda: wf.decide(plain, "approve_return", DEPT))[0] == "not_allowed"


def test_recall_for_redispatch():
    d = wf.decide(case("dispatched", department_code="x"), "recall", COMMANDER, {"reason": "派错"})
    assert d.to_state == State.FILED and d.changes["department_code"] is None
    assert codes(lambda: wf.decide(case("dispatched"), "recall", DEPT, {"reason": "x"}))[0] == "not_allowed"
    assert codes(lambda: wf.decide(case("dispatched"), "recall", DISPATCHER))[0] == "missing_input"


def test_city_sends_a_city_case_down_and_cannot_bypass_a_district():
    city_filed = case("filed", level="city")
    d = wf.decide(city_filed, "transfer_to_district", CITY_DISPATCHER, {"reason": "区级问题"})
    assert d.to_state == State.FILED and d.changes["level"] == "district"
    assert d.changes["handling_district"] is None
    d = wf.decide(case("reported", level="city"), "transfer_to_district", CITY_SHIFT,
                  {"reason": "x", "district": "321203"})
    assert d.to_state == State.REPORTED and d.changes["handling_district"] == "321203"
    code, _ = codes(lambda: wf.decide(case("reported", level="city"), "transfer_to_district",
                                      CITY_DISPATCHER, {"reason": "x"}))
    assert code == "not_allowed"  # only the shift leader sends unfiled reports down
    assert codes(lambda: wf.decide(case("filed"), "transfer_to_district", CITY_SHIFT,
                                   {"reason": "x"}))[0] == "not_city_level"
    code, params = codes(lambda: wf.decide(case("filed"), "dispatch", CITY_DISPATCHER,
                                           {"department": "321202-sanitation"}))
    assert code == "bypass_district_center" and params["case_district"] == D
    assert "dispatch" not in wf.allowed_actions(case("filed"), CITY_DISPATCHER)
    # after the transfer the district's own staff act; a case handled by another district center
    moved = case("filed", handling_district="321203")
    assert codes(lambda: wf.decide(moved, "dispatch", DISPATCHER, {"department": "x"}))[0] == "out_of_scope"
    other = Actor("d3", frozenset({"dispatcher"}), district_code="321203")
    assert wf.decide(moved, "dispatch", other, {"department": "x"}).to_state == State.DISPATCHED


def test_shift_leader_arbitrates_a_closure():
    assert codes(lambda: wf.decide(case("checking"), "escalate", ACCEPTOR, {"reason": "x"}))[0] == \
        "check_pending"
    d = wf.decide(case("checking", check_result="passed"), "escalate", ACCEPTOR, {"reason": "照片不清"})
    assert d.to_state == State.ARBITRATING
    arbitrating = case("arbitrating", check_result="passed")
    assert codes(lambda: wf.decide(arbitrating, "close", ACCEPTOR, {"close_type": "normal"}))[0] == \
        "not_allowed"
    assert wf.decide(arbitrating, "close", SHIFT, {"close_type": "normal"}).to_state == State.CLOSED
    assert wf.decide(arbitrating, "rework", SHIFT, {"reason": "未彻底"}).to_state == State.FILED
    assert codes(lambda: wf.decide(case("arbitrating", check_result="failed"), "close", SHIFT,
                                   {"close_type": "normal"}))[0] == "check_not_passed"


def test_urge_by_leaders_and_the_reply_of_the_department():
    dispatched = case("dispatched", department_code="321202-sanitation")
    for who in (LEADER, COMMANDER, DISPATCHER, CITY_COMMANDER):
        assert wf.decide(dispatched, "urge", who, {"reason": "请加快"}).to_state == State.DISPATCHED
    assert codes(lambda: wf.decide(dispatched, "urge", ACCEPTOR, {"reason": "x"}))[0] == "not_allowed"
    assert codes(lambda: wf.decide(dispatched, "answer_urge", DEPT, {"reason": "x"}))[0] == "no_urge_pending"
    urged = case("dispatched", department_code="321202-sanitation", urge_pending=True)
    assert wf.decide(urged, "answer_urge", DEPT, {"reason": "明日完成"}).to_state == State.DISPATCHED
    assert codes(lambda: wf.decide(urged, "answer_urge", OTHER_DEPT, {"reason": "x"}))[0] == \
        "not_own_department"


def test_proxy_dispatch_only_to_another_department():
    filed = case("filed", suggested_department="321202-sanitation")
    d = wf.decide(filed, "dispatch", DISPATCHER, {"department": "321202-greening", "proxy": True})
    assert d.changes["proxy_handling"] is True
    assert codes(lambda: wf.decide(filed, "dispatch", DISPATCHER,
                                   {"department": "321202-sanitation", "proxy": True}))[0] == "proxy_not_needed"


def test_merge_by_shift_leader_only_and_merged_is_terminal():
    d = wf.decide(case("filed"), "merge", SHIFT, {"into": "2026000001"})
    assert d.to_state == State.MERGED and State.MERGED in wf.TERMINAL_STATES
    assert codes(lambda: wf.decide(case("filed"), "merge", ACCEPTOR, {"into": "x"}))[0] == "not_allowed"
    assert codes(lambda: wf.decide(case("filed"), "merge", SHIFT))[0] == "missing_input"
    assert codes(lambda: wf.decide(case("dispatched"), "merge", SHIFT, {"into": "x"}))[0] == "wrong_state"


def test_callback_to_the_caller_after_close_or_reject():
    closed = case("closed", source="public")
    d = wf.decide(closed, "callback", ACCEPTOR, {"contact": "reached", "satisfaction": "satisfied"})
    assert d.to_state == State.CLOSED and d.changes["callback_satisfaction"] == "satisfied"
    assert wf.decide(case("rejected", source="public"), "callback", ACCEPTOR,
                     {"contact": "unreached"}).changes["callback_contact"] == "unreached"
    assert codes(lambda: wf.decide(closed, "callback", ACCEPTOR, {"contact": "reached"}))[0] == "invalid_value"
    assert codes(lambda: wf.decide(case("closed"), "callback", ACCEPTOR,
                                   {"contact": "unreached"}))[0] == "no_caller"
    assert codes(lambda: wf.decide(case("closed", source="public", callback_contact="reached"), "callback",
                                   ACCEPTOR, {"contact": "reached", "satisfaction": "satisfied"}))[0] == \
        "already_called_back"


def test_every_refusal_carries_a_code_and_its_params():
    code, params = codes(lambda: wf.decide(case("reported"), "close", ACCEPTOR, {"close_type": "normal"}))
    assert code == "wrong_state" and params["allowed_states"] == ["arbitrating", "checking"]
    code, params = codes(lambda: wf.decide(case("reported"), "file", DISPATCHER))
    assert code == "not_allowed" and params["roles_needed"] == ["acceptor"]
    code, params = codes(lambda: wf.decide(case("reported"), "reject", ACCEPTOR))
    assert (code, params["missing"], params["action"]) == ("missing_input", ["reason"], "reject")
    code, params = codes(lambda: wf.check_register(OTHER_DISTRICT_ACCEPTOR, "public", D))
    assert code == "wrong_district" and params == {"actor": "a2", "actor_district": "321203",
                                                   "location_district": D}
    code, params = codes(lambda: wf.decide(case("reported"), "file", OTHER_DISTRICT_ACCEPTOR))
    assert code == "out_of_scope" and params["case_district"] == D


def test_city_command_center_does_not_redispatch_district_cases():
    pending = case("dispatched", department_code="321202-sanitation", return_requested=True)
    for action, params in (("approve_return", {}), ("deny_return", {"reason": "x"}),
                           ("recall", {"reason": "x"})):
        assert codes(lambda a=action, p=params: wf.decide(pending, a, CITY_DISPATCHER, p))[0] == \
            "bypass_district_center"
        assert wf.decide(pending, action, DISPATCHER, params)
    city_case = case("dispatched", level="city", department_code="city-water")
    assert wf.decide(city_case, "recall", CITY_COMMANDER, {"reason": "x"}).to_state == State.FILED
    # supervision stays with the city: it urges district cases
    assert wf.decide(pending, "urge", CITY_COMMANDER, {"reason": "x"})
