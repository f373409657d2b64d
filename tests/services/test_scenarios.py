"""Whole cases through every path of the workflow, on SpatiaLite and on PostGIS."""

from datetime import UTC, datetime, timedelta

import pytest

from console.domain.errors import InvalidInput, InvalidTransition, PermissionDenied, StaleCase
from console.services.case_service import Photo
from tests.center import ROUTES, routed_services
from tests.services.helpers import actor, image_bytes, replay, spot

# every scenario in-process and through a running application server
sv = pytest.fixture(params=ROUTES, name="sv")(routed_services)


def report(sv, who="inspector", source="inspector", kind="event", cls="0102", index=0, **kw):
    x, y, cell, inspector = spot(sv, index=index)
    reporter = actor(sv, inspector if who == "inspector" else who)
    doc = sv.cases.register(reporter, source=source, kind=kind, class_code=cls,
                            description="路边暴露垃圾一堆", x=x, y=y, **kw)
    return doc, inspector


PHOTO = Photo("site.jpg", image_bytes())


def act(sv, case, action, who, **kw):
    if action in ("submit_check", "submit_verification") and "no_photo_reason" not in kw:
        kw.setdefault("photos", [PHOTO])
    return sv.cases.act(actor(sv, who), case["id"], action, **kw)


def handle_and_check(sv, case, inspector, result="passed", acceptor="acceptor", dispatcher="dispatcher"):
    dept_user = {"321202-sanitation": "dept_sanitation", "321202-urban_management": "dept_urban_management",
                 "321202-drainage": "dept_drainage", "321202-greening": "dept_greening",
                 "city-water": "city_water"}[case["department"]]
    case = act(sv, case, "report_done", dept_user, reason="已清理")
    assert case["state"] == "handled"
    case = act(sv, case, "accept_result", dispatcher)
    assert case["state"] == "awaiting_check"  # back with the supervision center (4.6.1)
    case = act(sv, case, "request_check", acceptor)
    assert case["state"] == "checking" and case["ordered_inspector"] == inspector
    return act(sv, case, "submit_check", inspector, result=result)


def test_inspector_report_to_close(sv):
    case, inspector = report(sv)
    assert case["state"] == "reported" and case["inspector"] == inspector
    assert case["grid_code"].startswith(case["community_code"])
    assert case["suggested_department"] == "321202-sanitation"  # 暴露垃圾 → the district's 环卫处
    assert case["deadline"] and not case["overdue"] and case["light"] == "green"
    case = act(sv, case, "file", "acceptor")
    case = act(sv, case, "dispatch", "dispatcher", department=case["suggested_department"])
    assert case["state"] == "dispatched" and case["department"] == "321202-sanitation"
    case = handle_and_check(sv, case, inspector)
    case = act(sv, case, "close", "acceptor", close_type="normal")
    assert case["state"] == "closed" and case["close_type"] == "normal"
    shown = sv.queries.show(case["code"])
    assert [h["action"] for h in shown["history"]] == [
        "register", "file", "dispatch", "report_done", "accept_result", "request_check",
        "submit_check", "close"]
    assert replay(shown["history"]) == "closed"
    assert shown["version"] == len(shown["history"])


def test_public_report_with_verification(sv):
    case, inspector = report(sv, who="acceptor", source="public", index=1)
    with pytest.raises(InvalidTransition):
        act(sv, case, "submit_verification", inspector, result="passed")
    case = act(sv, case, "request_verification", "acceptor")
    assert case["state"] == "verifying" and case["stage"] == "verify"
    with pytest.raises(PermissionDenied):
        act(sv, case, "submit_verification", "acceptor", result="passed")
    case = act(sv, case, "submit_verification", inspector, result="passed")
    assert case["state"] == "reported" and case["verification_result"] == "passed"
    assert act(sv, case, "file", "acceptor")["state"] == "filed"
    # a public report the inspector could not confirm is not accepted
    other, _ = report(sv, who="acceptor", source="public", index=2)
    other = act(sv, other, "request_verification", "acceptor")
    other = act(sv, other, "submit_verification", inspector if False else spot(sv, index=2)[3], result="failed")
    other = act(sv, other, "reject", "acceptor", reason="核实不属实")
    assert other["state"] == "rejected"


def test_escalation_to_shift_leader_and_rejection(sv):
    case, _ = report(sv)
    with pytest.raises(InvalidInput, match="reason"):
        act(sv, case, "escalate", "acceptor")
    case = act(sv, case, "escalate", "acceptor", reason="是否属于城管职责？")
    assert case["state"] == "adjudicating"
    with pytest.raises(PermissionDenied):
        act(sv, case, "reject", "acceptor", reason="x")
    case = act(sv, case, "reject", "shift_leader", reason="属于物业管理范围")
    assert case["state"] == "rejected"
    history = sv.queries.show(case["id"])["history"]
    assert history[-1]["note"] == "属于物业管理范围" and history[-1]["actor"] == "shift_leader"


def test_department_return_and_redispatch(sv):
    case, inspector = report(sv)
    case = act(sv, case, "file", "acceptor")
    case = act(sv, case, "dispatch", "dispatcher", department="321202-greening")
    with pytest.raises(PermissionDenied):
        act(sv, case, "return", "dept_sanitation", reason="x")
    case = act(sv, case, "return", "dept_greening", reason="非本部门职责")
    assert case["state"] == "dispatched" and case["return_requested"]
    case = act(sv, case, "approve_return", "dispatcher")
    assert case["state"] == "filed" and case["department"] is None and case["return_count"] == 1
    case = act(sv, case, "dispatch", "dispatcher", department="321202-sanitation")
    case = handle_and_check(sv, case, inspector)
    assert act(sv, case, "close", "shift_leader", close_type="normal")["state"] == "closed"


def test_dispatch_checks_the_department_level_and_district(sv):
    case, _ = report(sv)
    case = act(sv, case, "file", "acceptor")
    with pytest.raises(InvalidInput, match="city department"):
        act(sv, case, "dispatch", "dispatcher", department="city-water")
    with pytest.raises(InvalidInput, match="works in district 321203"):
        act(sv, case, "dispatch", "dispatcher", department="321203-sanitation")
    from console.domain.errors import NotFound

    with pytest.raises(NotFound):
        act(sv, case, "dispatch", "dispatcher", department="nowhere")


def test_postponement_approved_and_denied(sv):
    case, _ = report(sv)
    case = act(sv, case, "file", "acceptor")
    case = act(sv, case, "dispatch", "dispatcher", department="321202-sanitation")
    until = datetime.now(UTC) + timedelta(days=10)
    case = act(sv, case, "request_postponement", "dept_sanitation", until=until.isoformat(), reason="需协调")
    assert case["postponement_requested_until"] is not None
    with pytest.raises(PermissionDenied):
        act(sv, case, "approve_postponement", "dispatcher")
    case = act(sv, case, "approve_postponement", "commander")
    assert case["deadline"] == until.replace(microsecond=0).isoformat()
    assert case["handle_deadline"] == case["deadline"]
    before = case["deadline"]
    case = act(sv, case, "request_postponement", "dept_sanitation",
               until=(until + timedelta(days=5)).isoformat(), reason="再延")
    case = act(sv, case, "deny_postponement", "commander")
    assert case["deadline"] == before and case["postponement_requested_until"] is None
    with pytest.raises(InvalidInput, match="future"):
        act(sv, case, "request_postponement", "dept_sanitation", until="2020-01-01T00:00", reason="x")


@pytest.mark.clock
def test_parking_and_resuming_extends_the_deadline(sv):
    case, _ = report(sv)
    t0 = datetime.now(UTC)
    case = act(sv, case, "file", "acceptor", now=t0)
    case = act(sv, case, "dispatch", "dispatcher", department="321202-sanitation", now=t0)
    deadline = datetime.fromisoformat(case["deadline"])
    case = act(sv, case, "suspend", "commander", reason="涉及拆迁，暂缓", now=t0 + timedelta(minutes=10))
    assert case["state"] == "suspended" and case["light"] is None and not case["overdue"]
    with pytest.raises(InvalidTransition):
        act(sv, case, "report_done", "dept_sanitation", reason="x", now=t0 + timedelta(hours=1))
    case = act(sv, case, "resume", "commander", now=t0 + timedelta(days=3, minutes=10))
    assert case["state"] == "dispatched"
    assert datetime.fromisoformat(case["deadline"]) > deadline


def test_inspection_failed_rework_and_close(sv):
    case, inspector = report(sv)
    case = act(sv, case, "file", "acceptor")
    case = act(sv, case, "dispatch", "dispatcher", department="321202-sanitation")
    case = handle_and_check(sv, case, inspector, result="failed")
    with pytest.raises(InvalidTransition, match="passed inspection"):
        act(sv, case, "close", "acceptor", close_type="normal")
    case = act(sv, case, "rework", "acceptor", reason="垃圾未清理干净")
    assert case["state"] == "filed" and case["rework_count"] == 1
    case = act(sv, case, "dispatch", "dispatcher", department="321202-sanitation")
    case = handle_and_check(sv, case, inspector)
    case = act(sv, case, "close", "acceptor", close_type="normal")
    assert case["state"] == "closed" and case["rework_count"] == 1


def test_district_to_city_transfer_and_city_dispatch(sv):
    case, inspector = report(sv, kind="component", cls="0101")
    case = act(sv, case, "file", "acceptor")
    with pytest.raises(PermissionDenied):
        act(sv, case, "transfer_to_city", "acceptor", reason="x")
    case = act(sv, case, "transfer_to_city", "shift_leader", reason="需自来水公司处置")
    assert case["state"] == "adjudicating" and case["level"] == "city"
    with pytest.raises(PermissionDenied, match="city-level"):
        act(sv, case, "file", "shift_leader")
    case = act(sv, case, "file", "city_shift_leader")
    with pytest.raises(PermissionDenied):
        act(sv, case, "dispatch", "dispatcher", department="city-water")
    with pytest.raises(InvalidInput, match="district department"):
        act(sv, case, "dispatch", "city_dispatcher", department="321202-drainage")
    case = act(sv, case, "dispatch", "city_dispatcher", department="city-water")
    assert case["department"] == "city-water"
    case = handle_and_check(sv, case, inspector, acceptor="city_acceptor", dispatcher="city_dispatcher")
    assert act(sv, case, "close", "city_acceptor", close_type="normal")["state"] == "closed"


def test_duplicate_found_and_cancelled(sv):
    first, _ = report(sv)
    second, _ = report(sv)
    assert [d["code"] for d in second["duplicates"]] == [first["code"]]
    assert second["duplicates"][0]["distance_m"] == 0.0
    with pytest.raises(PermissionDenied):
        act(sv, second, "cancel", "acceptor", reason="重复")
    second = act(sv, second, "cancel", "shift_leader", reason=f"与 {first['code']} 重复")
    assert second["state"] == "cancelled"
    third, _ = report(sv)
    assert [d["code"] for d in third["duplicates"]] == [first["code"]]  # cancelled ones no longer count


def test_stale_case_is_refused_and_says_who_changed_it(sv):
    case, _ = report(sv)
    act(sv, case, "file", "acceptor", expect_version=case["version"])
    with pytest.raises(StaleCase, match="changed by acceptor") as err:
        act(sv, case, "reject", "shift_leader", reason="x", expect_version=case["version"])
    assert err.value.details["state"] == "filed"
    assert sv.queries.show(case["id"])["state"] == "filed"


def test_register_rejects_bad_locations_and_classes(sv):
    x, y, _, inspector = spot(sv)
    who = actor(sv, inspector)
    with pytest.raises(InvalidInput, match="outside the city"):
        sv.cases.register(who, source="inspector", kind="event", class_code="0102", description="d",
                          lon=116.4, lat=39.9)
    with pytest.raises(InvalidInput, match="must be a number"):
        sv.cases.register(who, source="inspector", kind="event", class_code="0102", description="d",
                          x="east", y=y)
    from console.domain.errors import NotFound

    with pytest.raises(NotFound, match="unknown event class"):
        sv.cases.register(who, source="inspector", kind="event", class_code="0999", description="d", x=x, y=y)
    with pytest.raises(InvalidInput, match="description"):
        sv.cases.register(who, source="inspector", kind="event", class_code="0102", description=" ", x=x, y=y)


def test_lonlat_and_xy_resolve_to_the_same_cell(sv):
    from console.services.geo import xy_to_lonlat

    x, y, cell, _ = spot(sv, index=3)
    lon, lat = xy_to_lonlat(x, y)
    where = sv.cases.resolve_location(lon=lon, lat=lat)
    assert where["grid_code"] == cell
    assert abs(where["x"] - x) < 0.01 and abs(where["y"] - y) < 0.01


def test_inspection_order_can_be_automatic(sv, monkeypatch):
    """data/workflow.json ``auto_check_order``: the order is issued with accept_result, by the
    system, in the same transaction (two events, two versions)."""
    from console.domain import workflow

    monkeypatch.setattr(workflow, "SETTINGS", workflow.WorkflowSettings(auto_check_order=True))
    case, inspector = report(sv)
    case = act(sv, case, "file", "acceptor")
    case = act(sv, case, "dispatch", "dispatcher", department="321202-sanitation")
    case = act(sv, case, "report_done", "dept_sanitation", reason="已清理")
    case = act(sv, case, "accept_result", "dispatcher")
    assert case["state"] == "checking" and case["ordered_inspector"] == inspector
    shown = sv.queries.show(case["id"])
    last = shown["history"][-1]
    assert (last["action"], last["actor"], last["actor_name"]) == ("request_check", "system", "系统")
    assert last["payload"] == {"automatic": True} and shown["version"] == len(shown["history"])
    assert replay(shown["history"]) == "checking"


@pytest.mark.clock
def test_stage_status_says_running_late_or_paused(sv):
    case, _ = report(sv)
    t0 = datetime.now(UTC)
    assert case["stage_status"] == "running" and case["stage_started_at"]
    late = sv.queries.list(state="reported", now=t0 + timedelta(days=3))
    assert next(c for c in late if c["id"] == case["id"])["stage_status"] == "late"
    case = act(sv, case, "file", "acceptor", now=t0)
    case = act(sv, case, "dispatch", "dispatcher", department="321202-sanitation", now=t0)
    case = act(sv, case, "suspend", "commander", reason="挂账", now=t0 + timedelta(minutes=1))
    assert case["stage_status"] == "paused"


def test_possible_duplicates_for_the_panels(sv):
    from console.services.panel_queries import duplicate_counts, possible_duplicates

    first, _ = report(sv)
    second, _ = report(sv)
    far, _ = report(sv, index=7)
    assert [d["code"] for d in possible_duplicates(sv.db, first["id"])] == [second["code"]]
    counts = duplicate_counts(sv.db, [first, second, far])
    assert counts[first["id"]] >= 1 and counts[second["id"]] >= 1
    assert sv.queries.duplicates(second["code"])[0]["code"] == first["code"]


def test_the_audit_names_the_inspector_ordered(sv):
    case, inspector = report(sv, who="acceptor", source="public", index=1)
    case = act(sv, case, "request_verification", "acceptor")
    history = sv.queries.show(case["id"])["history"]
    assert history[-1]["payload"]["inspector"] == inspector == case["ordered_inspector"]


def test_preview_says_level_and_district_of_the_user(sv):
    x, y, _, _ = spot(sv, "321203")
    doc = sv.cases.preview_report("event", "0102", actor(sv, "acceptor"), x=x, y=y)
    assert doc["in_actor_district"] is False and doc["level"] == "district"
    doc = sv.cases.preview_report("event", "0102", actor(sv, "city_acceptor"), x=x, y=y)
    assert doc["in_actor_district"] is True and doc["level"] == "city"
    assert doc["suggested_department"].startswith("city-")
    assert "in_actor_district" not in sv.cases.preview_report("event", "0102", x=x, y=y)


def test_next_action_after_a_transfer_keeps_the_history_in_step(sv):
    """Bug found by the day's GUI test: the suggested department's query after a transfer
    autoflushed the case's UPDATE before its audit row was numbered, so the event skipped a
    seq and the next action collided (UNIQUE case_event). Cold routing cache, component case."""
    from console.services.routing import forget_rules

    case, inspector = report(sv, kind="component", cls="0101")
    case = act(sv, case, "file", "acceptor")
    forget_rules()
    case = act(sv, case, "transfer_to_city", "shift_leader", reason="需自来水公司处置")
    forget_rules()
    case = act(sv, case, "file", "city_shift_leader")
    shown = sv.queries.show(case["id"])
    assert [h["seq"] for h in shown["history"]] == list(range(1, shown["version"] + 1))
    # and a city case sent down, then taken over by the district
    x, y, _, _ = spot(sv, index=2)
    down = sv.cases.register(actor(sv, "city_acceptor"), source="leader", kind="component",
                             class_code="0101", description="井盖缺失", x=x, y=y)
    forget_rules()
    down = act(sv, down, "transfer_to_district", "city_shift_leader", reason="属区级事权")
    down = act(sv, down, "file", "acceptor")
    down = act(sv, down, "dispatch", "dispatcher", department=down["suggested_department"])
    shown = sv.queries.show(down["id"])
    assert [h["seq"] for h in shown["history"]] == list(range(1, shown["version"] + 1))


def test_a_pending_postponement_is_not_offered_again(sv):
    from console.domain import workflow
    from console.services.panel_queries import case_view_of

    case, _ = report(sv)
    case = act(sv, case, "file", "acceptor")
    case = act(sv, case, "dispatch", "dispatcher", department="321202-sanitation")
    dept = actor(sv, "dept_sanitation")
    assert "request_postponement" in workflow.allowed_actions(case_view_of(case), dept)
    case = act(sv, case, "request_postponement", "dept_sanitation",
               until=(datetime.now(UTC) + timedelta(days=5)).isoformat(), reason="需协调")
    assert "request_postponement" not in workflow.allowed_actions(case_view_of(case), dept)
    assert "report_done" in workflow.allowed_actions(case_view_of(case), dept)
