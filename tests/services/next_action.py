"""Whose turn it is on a case, and what they do: the next legal action of the staff's day.

``directory`` is a list of ``(name, roles, department_code, district_code)`` of the users.
"""

from __future__ import annotations


def staff(directory, role: str, district: str | None) -> str:
    for name, roles, _dept, dist in sorted(directory):
        if role in roles and dist == district and not name.startswith("inspector"):
            return name
    raise LookupError(f"no {role} in {district}")


def department_user(directory, department: str) -> str:
    for name, roles, dept, _dist in sorted(directory):
        if "department" in roles and dept == department:
            return name
    raise LookupError(f"no user in department {department}")


def _center(case) -> str | None:
    return None if case["level"] == "city" else (case.get("handling_district") or case["district_code"])


def next_action(case: dict, directory) -> tuple[str, str, dict]:
    state, center = case["state"], _center(case)
    acceptor = staff(directory, "acceptor", center)
    shift = staff(directory, "shift_leader", center)
    dispatcher = staff(directory, "dispatcher", center)
    commander = staff(directory, "commander", center)
    inspector = case.get("ordered_inspector") or case["inspector"]
    unverified = case.get("verification_required") and case.get("verification_result") != "passed"
    if state == "reported":
        if unverified:
            if case.get("verification_result") == "failed":
                return "reject", acceptor, {"reason": "核实不属实"}
            return "request_verification", acceptor, {}
        if case["level"] == "city":  # the city center sends it down to the district center
            return "transfer_to_district", shift, {"reason": "属区级事权"}
        return "file", acceptor, {}
    if state == "verifying":
        return "submit_verification", inspector, {"result": "passed"}
    if state == "adjudicating":
        if unverified:
            return "reject", shift, {"reason": "未经核实"}
        return "file", shift, {}
    if state == "filed":
        dept = case["suggested_department"] if case["level"] == "district" else "city-urban_management"
        return "dispatch", dispatcher, {"department": dept}
    if state == "dispatched":
        if case.get("return_requested"):
            return "approve_return", dispatcher, {}
        if case.get("postponement_requested_until"):
            return "approve_postponement", commander, {}
        if case.get("urge_pending"):
            return "answer_urge", department_user(directory, case["department"]), {"reason": "正在处置"}
        return "report_done", department_user(directory, case["department"]), {"reason": "已处置"}
    if state == "suspended":
        return "resume", commander, {}
    if state == "handled":
        return "accept_result", dispatcher, {}
    if state == "awaiting_check":
        return "request_check", acceptor, {}
    if state == "checking":
        if case.get("check_result") is None:
            return "submit_check", inspector, {"result": "passed"}
        if case["check_result"] == "passed":
            return "close", acceptor, {"close_type": "normal"}
        return "rework", acceptor, {"reason": "返工"}
    if state == "arbitrating":
        if case.get("check_result") == "passed":
            return "close", shift, {"close_type": "normal"}
        return "rework", shift, {"reason": "返工"}
    raise AssertionError(f"no next action for state {state}")
