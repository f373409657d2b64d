"""The seeds' workflow rules (issue 7) through the `console` command, on both back-ends,
refusals included: each refusal names its kind and code and changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from console.store.models import AppUser
from tests.services.helpers import image_bytes, spot
from tests.services.test_cli import run_here as run
from tests.services.test_cli import snapshot


@pytest.fixture
def city(db_url, tmp_path):
    """Places, people and a photo of the demo city for the scenarios."""
    from console.services.app import open_services

    sv = open_services(db_url)
    x, y, cell, inspector = spot(sv)
    x2, y2, _, _ = spot(sv, index=5)
    gx, gy, _, g_inspector = spot(sv, "321203")
    with sv.db.read() as s:
        others = s.scalars(select(AppUser.name).where(AppUser.roles == "inspector",
                                                      AppUser.district_code == "321202",
                                                      AppUser.name != inspector)).all()
    sv.close()
    photo = tmp_path / "site.jpg"
    photo.write_bytes(image_bytes())
    return {"db": db_url, "x": str(x), "y": str(y), "x2": str(x2), "y2": str(y2),
            "inspector": inspector, "other": sorted(others)[0], "stranger": sorted(others)[1], "gx": str(gx), "gy": str(gy),
            "g_inspector": g_inspector, "photo": str(photo)}


def ok(c, *args):
    code, doc, err = run(c["db"], *args)
    assert code == 0, err
    return doc


def refused(c, kind, code_, *args):
    before = snapshot(c["db"])
    code, doc, err = run(c["db"], *args)
    assert code != 0 and doc is None, doc
    assert (err["error"], err["code"]) == (kind, code_), err
    assert snapshot(c["db"]) == before
    return err


def act(c, case, action, who, *extra):
    return ok(c, "case", "act", case["code"], action, "--as", who, *extra)


def report(c, who, source, *extra, cls="0102", where=("x", "y")):
    return ok(c, "case", "report", "--as", who, "--source", source, "--kind", "event", "--class", cls,
              "--x", c[where[0]], "--y", c[where[1]], "--description", "路边暴露垃圾", *extra)


def to_handled(c, case, dept_user="dept_sanitation", dispatcher="dispatcher"):
    case = act(c, case, "dispatch", dispatcher, "--department", case["suggested_department"])
    return act(c, case, "report_done", dept_user, "--reason", "已清运")


def test_public_report_is_verified_by_the_right_inspector_before_filing(city):
    c = city
    case = report(c, "acceptor", "public", "--caller-name", "王先生", "--caller-phone", "13800000000",
                  "--reply-wanted")
    assert case["verification_required"] and case["caller_name"] == "王先生" and case["reply_wanted"]
    err = refused(c, "invalid_transition", "verification_required",
                  "case", "act", case["code"], "file", "--as", "acceptor")
    assert err["params"] == {"source": "public", "verification_result": None}
    refused(c, "invalid_input", "not_an_inspector", "case", "act", case["code"], "request_verification",
            "--as", "acceptor", "--inspector", "dispatcher")
    case = act(c, case, "request_verification", "acceptor", "--inspector", c["other"])
    assert case["state"] == "verifying" and case["ordered_inspector"] == c["other"]
    err = refused(c, "permission_denied", "wrong_inspector", "case", "act", case["code"],
                  "submit_verification", "--as", c["stranger"], "--result", "passed",
                  "--photo", c["photo"])
    assert err["params"]["inspectors"] == [c["inspector"], c["other"]]
    refused(c, "invalid_input", "photos_required", "case", "act", case["code"], "submit_verification",
            "--as", c["other"], "--result", "failed")
    case = act(c, case, "submit_verification", c["other"], "--result", "failed", "--photo", c["photo"])
    assert case["state"] == "reported" and case["verification_result"] == "failed"
    refused(c, "invalid_transition", "verification_required",
            "case", "act", case["code"], "file", "--as", "acceptor")
    # a failed verification: a new order, or 不受理 — then the reply to the caller
    case = act(c, case, "reject", "acceptor", "--reason", "核实不属实")
    refused(c, "invalid_input", "invalid_value", "case", "act", case["code"], "callback", "--as",
            "acceptor", "--contact", "reached")
    case = act(c, case, "callback", "acceptor", "--contact", "reached", "--satisfaction", "unsatisfied")
    assert (case["callback_contact"], case["callback_satisfaction"]) == ("reached", "unsatisfied")
    refused(c, "invalid_transition", "already_called_back", "case", "act", case["code"], "callback",
            "--as", "acceptor", "--contact", "unreached")
    # verified with a documented exception for the photo: then it may be filed
    other = report(c, "acceptor", "video", where=("x2", "y2"))
    other = act(c, other, "request_verification", "acceptor")
    assert other["ordered_inspector"] == other["inspector"]
    other = act(c, other, "submit_verification", other["inspector"], "--result", "passed",
                "--no-photo-reason", "夜间无法拍照")
    assert act(c, other, "file", "acceptor")["state"] == "filed"
    shown = ok(c, "case", "show", other["code"])
    verification = next(h for h in shown["history"] if h["action"] == "submit_verification")
    assert verification["payload"]["no_photo_reason"] == "夜间无法拍照"
    assert verification["actor_name"].startswith("监督员")


def test_the_acceptor_orders_the_inspection_and_close_needs_it_passed(city):
    c = city
    case = report(c, c["inspector"], "inspector")
    case = act(c, case, "file", "acceptor")
    case = to_handled(c, case)
    case = act(c, case, "accept_result", "dispatcher")
    assert case["state"] == "awaiting_check" and case["stage_status"] == "running"
    refused(c, "invalid_transition", "wrong_state", "case", "act", case["code"], "submit_check",
            "--as", c["inspector"], "--result", "passed", "--photo", c["photo"])
    refused(c, "permission_denied", "not_allowed", "case", "act", case["code"], "request_check",
            "--as", "dispatcher")
    case = act(c, case, "request_check", "acceptor", "--inspector", c["other"])
    assert case["state"] == "checking" and case["ordered_inspector"] == c["other"]
    refused(c, "permission_denied", "wrong_inspector", "case", "act", case["code"], "submit_check",
            "--as", c["stranger"], "--result", "passed", "--photo", c["photo"])
    refused(c, "invalid_transition", "check_not_passed", "case", "act", case["code"], "close", "--as",
            "acceptor", "--close-type", "normal")
    case = act(c, case, "submit_check", c["other"], "--result", "failed", "--photo", c["photo"])
    refused(c, "invalid_transition", "check_not_passed", "case", "act", case["code"], "close", "--as",
            "acceptor", "--close-type", "normal")
    # the acceptor cannot judge: the shift leader arbitrates the closure
    case = act(c, case, "escalate", "acceptor", "--reason", "照片与现场不符，请值班长裁定")
    assert case["state"] == "arbitrating" and case["stage_status"] is None
    refused(c, "permission_denied", "not_allowed", "case", "act", case["code"], "rework", "--as",
            "acceptor", "--reason", "x")
    case = act(c, case, "rework", "shift_leader", "--reason", "未清理干净")
    assert case["state"] == "filed" and case["rework_count"] == 1 and case["department"] is None
    case = to_handled(c, case)
    case = act(c, case, "accept_result", "dispatcher")
    case = act(c, case, "request_check", "acceptor")
    case = act(c, case, "submit_check", c["inspector"], "--result", "passed", "--photo", c["photo"])
    case = act(c, case, "close", "acceptor", "--close-type", "normal")
    shown = ok(c, "case", "show", case["code"])
    assert [h["action"] for h in shown["history"]][-4:] == [
        "accept_result", "request_check", "submit_check", "close"]
    item = next(h for h in shown["history"] if h["action"] == "report_done")
    assert item["actor_department_name"] and item["actor_name"] != item["actor"]
    dispatch = next(h for h in shown["history"] if h["action"] == "dispatch")
    assert dispatch["department_name"] and dispatch["proxy_handling"] is False
    assert shown["photos"] and shown["version"] == len(shown["history"])


def test_returns_are_confirmed_and_dispatchers_recall(city):
    c = city
    case = act(c, report(c, c["inspector"], "inspector"), "file", "acceptor")
    case = act(c, case, "dispatch", "dispatcher", "--department", "321202-greening")
    case = act(c, case, "return", "dept_greening", "--reason", "非本部门职责")
    assert case["state"] == "dispatched" and case["return_requested"] and case["return_count"] == 0
    refused(c, "invalid_transition", "return_pending", "case", "act", case["code"], "report_done",
            "--as", "dept_greening", "--reason", "x")
    refused(c, "invalid_input", "missing_input", "case", "act", case["code"], "deny_return", "--as",
            "dispatcher")
    case = act(c, case, "deny_return", "dispatcher", "--reason", "绿地内垃圾属贵部门")
    assert case["state"] == "dispatched" and case["department"] == "321202-greening"
    assert not case["return_requested"]
    refused(c, "invalid_transition", "no_return_pending", "case", "act", case["code"], "approve_return",
            "--as", "dispatcher")
    case = act(c, case, "return", "dept_greening", "--reason", "确非本部门职责")
    case = act(c, case, "approve_return", "dispatcher")
    assert case["state"] == "filed" and case["department"] is None and case["return_count"] == 1
    case = act(c, case, "dispatch", "dispatcher", "--department", "321202-urban_management")
    refused(c, "permission_denied", "not_allowed", "case", "act", case["code"], "recall", "--as",
            "dept_urban_management", "--reason", "x")
    case = act(c, case, "recall", "commander", "--reason", "派遣有误，改派")
    assert case["state"] == "filed" and case["department"] is None
    case = act(c, case, "dispatch", "dispatcher", "--department", "321202-sanitation")
    shown = ok(c, "case", "show", case["code"])
    assert [h["action"] for h in shown["history"]][3:] == [
        "return", "deny_return", "return", "approve_return", "dispatch", "recall", "dispatch"]


def test_city_sends_cases_down_and_cannot_bypass_a_district(city):
    c = city
    # a leader's instruction taken by the city center: a city-level case
    case = report(c, "city_acceptor", "leader")
    assert case["level"] == "city"
    refused(c, "permission_denied", "out_of_scope", "case", "act", case["code"], "file", "--as", "acceptor")
    case = act(c, case, "file", "city_acceptor")
    refused(c, "invalid_input", "missing_input", "case", "act", case["code"], "transfer_to_district",
            "--as", "city_dispatcher")
    refused(c, "permission_denied", "not_allowed", "case", "act", case["code"], "transfer_to_district",
            "--as", "city_acceptor", "--reason", "x")
    case = act(c, case, "transfer_to_district", "city_dispatcher", "--reason", "属区级事权",
               "--district", "321203")
    assert (case["state"], case["level"], case["handling_district"]) == ("filed", "district", "321203")
    refused(c, "invalid_transition", "not_city_level", "case", "act", case["code"],
            "transfer_to_district", "--as", "city_shift_leader", "--reason", "x")
    refused(c, "permission_denied", "bypass_district_center", "case", "act", case["code"], "dispatch",
            "--as", "city_dispatcher", "--department", "321203-sanitation")
    refused(c, "permission_denied", "out_of_scope", "case", "act", case["code"], "dispatch",
            "--as", "dispatcher", "--department", "321202-sanitation")
    case = act(c, case, "dispatch", "dispatcher_gg", "--department", "321203-sanitation")
    assert case["department"] == "321203-sanitation"
    # a public call to the city line: verified, sent down unfiled; the district files it
    other = report(c, "city_acceptor", "public", where=("gx", "gy"))
    other = act(c, other, "request_verification", "city_acceptor")
    other = act(c, other, "submit_verification", c["g_inspector"], "--result", "passed",
                "--photo", c["photo"])
    other = act(c, other, "transfer_to_district", "city_shift_leader", "--reason", "属区级事权")
    assert (other["state"], other["level"], other["handling_district"]) == ("reported", "district", None)
    assert other["suggested_department"].startswith("321203-")
    other = act(c, other, "file", "acceptor_gg")
    refused(c, "permission_denied", "bypass_district_center", "case", "act", other["code"], "dispatch",
            "--as", "city_commander", "--department", other["suggested_department"])
    assert act(c, other, "dispatch", "commander_gg", "--department",
               other["suggested_department"])["state"] == "dispatched"


def test_urges_are_answered_and_proxy_handling_is_shown(city):
    c = city
    case = act(c, report(c, c["inspector"], "inspector"), "file", "acceptor")
    assert case["suggested_department"] == "321202-sanitation"
    refused(c, "invalid_input", "proxy_not_needed", "case", "act", case["code"], "dispatch", "--as",
            "dispatcher", "--department", "321202-sanitation", "--proxy")
    case = act(c, case, "dispatch", "dispatcher", "--department", "321202-urban_management", "--proxy")
    assert case["proxy_handling"] is True
    refused(c, "invalid_transition", "no_urge_pending", "case", "act", case["code"], "answer_urge",
            "--as", "dept_urban_management", "--reason", "x")
    refused(c, "permission_denied", "not_allowed", "case", "act", case["code"], "urge", "--as",
            "acceptor", "--reason", "x")
    case = act(c, case, "urge", "leader", "--reason", "群众反映强烈，请今日办结")
    assert case["urge_pending"] and case["urge_reply_deadline"] and case["urge_count"] == 1
    refused(c, "permission_denied", "not_own_department", "case", "act", case["code"], "answer_urge",
            "--as", "dept_sanitation", "--reason", "x")
    case = act(c, case, "answer_urge", "dept_urban_management", "--reason", "已安排，今日办结")
    assert not case["urge_pending"]
    shown = ok(c, "case", "show", case["code"])
    assert shown["urges"][0]["answer"] == "已安排，今日办结" and shown["urges"][0]["on_time"] is True
    assert next(h for h in shown["history"] if h["action"] == "dispatch")["proxy_handling"] is True
    kpi = ok(c, "kpi")
    assert kpi["groups"][0]["counts"]["urged"] >= 1


def test_a_shift_leader_merges_a_duplicate_into_its_original(city):
    c = city
    first = report(c, c["inspector"], "inspector")
    dup = report(c, "acceptor", "public", "--caller-name", "李女士", "--photo", c["photo"])
    assert [d["code"] for d in dup["duplicates"]] == [first["code"]]
    shown = ok(c, "case", "show", first["code"])
    assert dup["code"] in [d["code"] for d in shown["possible_duplicates"]]
    refused(c, "permission_denied", "not_allowed", "case", "act", dup["code"], "merge", "--as",
            "acceptor", "--into", first["code"])
    refused(c, "invalid_input", "merge_into_self", "case", "act", dup["code"], "merge", "--as",
            "shift_leader", "--into", dup["code"])
    refused(c, "not_found", "case_not_found", "case", "act", dup["code"], "merge", "--as",
            "shift_leader", "--into", "2099999999")
    merged = act(c, dup, "merge", "shift_leader", "--into", first["code"])
    assert merged["state"] == "merged" and merged["merged_into"] == first["code"]
    original = ok(c, "case", "show", first["code"])
    assert original["merged_from"] == [dup["code"]]
    assert [r["caller_name"] for r in original["reporters"]] == [None, "李女士"]
    assert original["photos"] and original["history"][-1]["action"] == "merge"
    assert original["version"] == len(original["history"]) == 2
    assert original["possible_duplicates"] == []
    refused(c, "invalid_transition", "wrong_state", "case", "act", dup["code"], "file", "--as", "acceptor")


def test_refusals_carry_code_and_params_in_json(city):
    c = city
    err = refused(c, "permission_denied", "wrong_district", "case", "report", "--as", "acceptor",
                  "--source", "public", "--kind", "event", "--class", "0102", "--x", c["gx"],
                  "--y", c["gy"], "--description", "x")
    assert err["params"] == {"actor": "acceptor", "actor_district": "321202",
                             "location_district": "321203"}
    case = report(c, c["inspector"], "inspector")
    err = refused(c, "invalid_input", "missing_input", "case", "act", case["code"], "reject",
                  "--as", "acceptor")
    assert err["params"] == {"action": "reject", "missing": ["reason"]}
    err = refused(c, "invalid_transition", "wrong_state", "case", "act", case["code"], "close",
                  "--as", "acceptor", "--close-type", "normal")
    assert err["params"]["allowed_states"] == ["arbitrating", "checking"]
    err = refused(c, "stale", "stale", "case", "act", case["code"], "file", "--as", "acceptor",
                  "--expect-version", "7")
    assert err["params"]["case"] == case["code"] and err["params"]["version"] == 1
