"""The case workflow: one transition table, and nothing else changes a case's state.

``decide`` is pure: given what the workflow needs to know of a case, the acting user and the
action's parameters, it either refuses (typed error, nothing changed) or returns a
``Decision`` — the new state, the fields that change, and what happens to the stage's
deadline. The services persist and audit decisions; they never set ``state`` themselves.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from console.domain.errors import InvalidInput, InvalidTransition, PermissionDenied


class State(StrEnum):
    REPORTED = "reported"  # 已登记, waiting for acceptance
    VERIFYING = "verifying"  # 核实中
    ADJUDICATING = "adjudicating"  # with the shift leader: file or not
    FILED = "filed"  # 已立案, waiting for dispatch
    DISPATCHED = "dispatched"  # 已派遣, with a department
    SUSPENDED = "suspended"  # 挂账
    HANDLED = "handled"  # 已处理, feedback to review
    AWAITING_CHECK = "awaiting_check"  # 待核查: result accepted, back with the acceptor to order the inspection
    CHECKING = "checking"  # 核查中
    ARBITRATING = "arbitrating"  # 结案仲裁: the acceptor could not judge the closure; with the shift leader
    CLOSED = "closed"  # 已结案
    REJECTED = "rejected"  # 不受理
    CANCELLED = "cancelled"  # 作废
    MERGED = "merged"  # 已合并: a duplicate joined its original (merged_into)


TERMINAL_STATES = frozenset({State.CLOSED, State.REJECTED, State.CANCELLED, State.MERGED})
OPEN_STATES = frozenset(State) - TERMINAL_STATES

ROLES = (
    "inspector",
    "acceptor",
    "shift_leader",
    "dispatcher",
    "commander",
    "department",
    "leader",
    "gis_technician",
    "admin",
    "viewer",
)
# The console itself, for orders a setting makes automatic (data/workflow.json): never a
# user's role, only the actor of SYSTEM_ACTOR.
SYSTEM_ROLE = "system"
# A shift leader does everything an acceptor does; a commander everything a dispatcher does.
ROLE_IMPLIES = {"shift_leader": {"acceptor"}, "commander": {"dispatcher"}}
CENTER_ROLES = frozenset({"acceptor", "shift_leader", "dispatcher", "commander"})

SOURCES = ("inspector", "public", "system", "leader", "video")
LEVELS = ("district", "city")
CLOSE_TYPES = ("normal", "overdue", "error", "special")
CHECK_RESULTS = ("passed", "failed")
CALLBACK_CONTACTS = ("reached", "unreached")  # 回访: the caller was reached or not
SATISFACTION = ("satisfied", "unsatisfied")  # 满意 / 不满意

# Deadline stages, and the stage each state runs on. Adjudication continues the 立案 clock;
# the inspection clock starts when the result is accepted (ordering it is part of 核查).
STAGE_OF_STATE = {
    State.REPORTED: "accept",
    State.ADJUDICATING: "accept",
    State.VERIFYING: "verify",
    State.FILED: "dispatch",
    State.DISPATCHED: "handle",
    State.HANDLED: "review",
    State.AWAITING_CHECK: "check",
    State.CHECKING: "check",
}
# urge_reply: the clock of a 督办's reply (not a state's stage; one per open urge)
STAGES = ("accept", "verify", "dispatch", "handle", "review", "check", "urge_reply")


# --- settings (data/workflow.json) ------------------------------------------------------


@dataclass(frozen=True)
class WorkflowSettings:
    verify_sources: frozenset[str] = frozenset({"public", "system", "video"})
    auto_check_order: bool = False
    callback_sources: frozenset[str] = frozenset({"public"})


def load_settings(path: Path | None = None) -> WorkflowSettings:
    from console.domain.catalog import DATA_DIR
    from console.domain.errors import CatalogError

    path = Path(path or DATA_DIR / "workflow.json")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return WorkflowSettings()
    except (ValueError, UnicodeDecodeError) as exc:
        raise CatalogError(path, None, f"not valid JSON ({exc})") from None
    verify = frozenset(doc.get("verify_sources", WorkflowSettings.verify_sources))
    callback = frozenset(doc.get("callback_sources", WorkflowSettings.callback_sources))
    bad = sorted((verify | callback) - set(SOURCES))
    if bad:
        raise CatalogError(path, None, f"unknown source(s) {', '.join(bad)}")
    if "inspector" in verify:
        raise CatalogError(path, None, "inspector reports are verified by their own inspector: "
                                       "leave inspector out of verify_sources")
    return WorkflowSettings(verify, bool(doc.get("auto_check_order", False)), callback)


SETTINGS = load_settings()


def needs_verification(source: str, settings: WorkflowSettings | None = None) -> bool:
    return source in (settings or SETTINGS).verify_sources


def effective_roles(roles) -> frozenset[str]:
    out = set(roles)
    for role in list(out):
        out |= ROLE_IMPLIES.get(role, set())
    return frozenset(out)


@dataclass(frozen=True)
class Actor:
    name: str
    roles: frozenset[str]
    department_code: str | None = None
    district_code: str | None = None
    #: the program that acted for them (the field client, an Open311 system), named in the
    #: audit; "" for the console and the CLI
    client: str = ""

    @property
    def all_roles(self) -> frozenset[str]:
        return effective_roles(self.roles)


SYSTEM_ACTOR = Actor("system", frozenset({SYSTEM_ROLE}))


@dataclass(frozen=True)
class CaseView:
    """What the workflow needs to know of a case (the store maps its row onto this)."""

    state: State
    source: str
    level: str = "district"
    district_code: str | None = None
    department_code: str | None = None
    inspector: str | None = None
    check_result: str | None = None
    verification_result: str | None = None
    postponement_until: datetime | None = None
    rework_count: int = 0
    # the district center a city case was sent down to, when not the location's own
    handling_district: str | None = None
    # the inspector named in the running verification/inspection order (else the cell's)
    ordered_inspector: str | None = None
    suggested_department: str | None = None
    return_requested: bool = False  # a department's 回退 waits for the dispatcher
    urge_pending: bool = False  # a 督办 waits for the department's reply
    callback_contact: str | None = None  # 回访 recorded: reached / unreached
    # None: from the source and data/workflow.json
    verification_required: bool | None = None

    @property
    def center_district(self) -> str | None:
        """The district whose center staff act on the case (district-level cases)."""
        return self.handling_district or self.district_code

    @property
    def needs_verification(self) -> bool:
        if self.verification_required is not None:
            return self.verification_required
        return needs_verification(self.source)


@dataclass(frozen=True)
class Decision:
    action: str
    from_state: State | None
    to_state: State
    changes: dict = field(default_factory=dict)
    # restart: a new stage starts now; keep: the stage's deadline stands;
    # postpone: the deadline moves to the approved date; resume: extended by the pause.
    deadline: str = "restart"
    note: str | None = None

    @property
    def stage(self) -> str | None:
        return STAGE_OF_STATE.get(self.to_state)


Guard = Callable[[CaseView, Actor, Mapping], None]


@dataclass(frozen=True)
class Transition:
    action: str
    sources: frozenset[State]
    target: State | None  # None: the state does not change
    roles: frozenset[str]
    requires: tuple[str, ...] = ()
    # Roles allowed per source state where they differ from ``roles``.
    roles_from: Mapping[State, frozenset[str]] = field(default_factory=dict)
    guard: Guard | None = None
    effect: Callable[[CaseView, Actor, Mapping], dict] | None = None
    deadline: str = "restart"
    # Target per source state where it differs from ``target``.
    targets_from: Mapping[State, State | None] = field(default_factory=dict)
    # Field photos required (or a documented exception, ``no_photo_reason``)
    photos: bool = False

    def roles_for(self, state: State) -> frozenset[str]:
        return self.roles_from.get(state, self.roles)

    def target_for(self, state: State) -> State | None:
        return self.targets_from.get(state, self.target)

    @property
    def all_roles(self) -> frozenset[str]:
        out = set(self.roles)
        for extra in self.roles_from.values():
            out |= extra
        return frozenset(out)


# --- guards and effects -----------------------------------------------------------------


def _bad_value(name: str, value, allowed) -> InvalidInput:
    return InvalidInput(f"{name.replace('_', ' ')} must be one of {', '.join(allowed)}, got {value!r}",
                        code="invalid_value", field=name, value=value, allowed=list(allowed))


def _not_inspector_source(case, actor, params):
    if case.source == "inspector":
        raise InvalidTransition("an inspector's own report needs no verification",
                                code="no_verification_needed", source=case.source)


def _own_department(case, actor, params):
    if actor.department_code is None or actor.department_code != case.department_code:
        raise PermissionDenied(
            f"{actor.name} is not in the department the case is dispatched to ({case.department_code})",
            code="not_own_department", actor=actor.name, actor_department=actor.department_code,
            case_department=case.department_code)


def _no_pending_return(case, actor, params, action):
    if case.return_requested:
        raise InvalidTransition("the department's return request waits for the dispatcher",
                                code="return_pending", action=action)


def _department_acts(action):
    def guard(case, actor, params):
        _own_department(case, actor, params)
        _no_pending_return(case, actor, params, action)
    return guard


def _district_to_city(case, actor, params):
    if case.level != "district":
        raise InvalidTransition("the case is already at city level", code="already_city_level")
    if actor.district_code is None:
        raise PermissionDenied("only a district shift leader transfers a case to the city",
                               code="district_staff_only", action="transfer_to_city", actor=actor.name)


def _city_to_district(case, actor, params):
    if case.level != "city":
        raise InvalidTransition("the case is already with a district center",
                                code="not_city_level", action="transfer_to_district")
    if actor.district_code is not None:
        raise PermissionDenied("only the city center sends a case down to a district center",
                               code="city_staff_only", action="transfer_to_district",
                               actor=actor.name, actor_district=actor.district_code)


def _to_district_effect(case, actor, params):
    target = params.get("district") or case.district_code
    return {"level": "district", "department_code": None,
            "handling_district": None if target == case.district_code else target}


def _no_pending_postponement(case, actor, params):
    _department_acts("request_postponement")(case, actor, params)
    if case.postponement_until is not None:
        raise InvalidTransition("a postponement request is already waiting for approval",
                                code="postponement_pending",
                                until=case.postponement_until.isoformat())
    until = params.get("until")
    if not isinstance(until, datetime):
        raise InvalidInput("until must be a date and time (ISO 8601)", code="invalid_datetime",
                           field="until", value=str(until))


def _pending_postponement(case, actor, params):
    if case.postponement_until is None:
        raise InvalidTransition("no postponement request is waiting", code="no_postponement_pending")


def _pending_return(case, actor, params):
    _district_dispatches(case, actor, params)
    if not case.return_requested:
        raise InvalidTransition("no return request is waiting", code="no_return_pending")


def _right_inspector(case, actor, params, action):
    allowed = [n for n in dict.fromkeys((case.inspector, case.ordered_inspector)) if n]
    if actor.name not in allowed:
        raise PermissionDenied(
            f"{actor.name} is not the inspector of this order; it takes results from "
            f"{' or '.join(allowed) or 'the cell inspector'}",
            code="wrong_inspector", action=action, actor=actor.name, inspectors=allowed)


def _valid_result(params):
    if params.get("result") not in CHECK_RESULTS:
        raise _bad_value("result", params.get("result"), CHECK_RESULTS)


def _verification_guard(case, actor, params):
    _right_inspector(case, actor, params, "submit_verification")
    _valid_result(params)


def _check_pending(case, actor, params):
    _right_inspector(case, actor, params, "submit_check")
    if case.check_result is not None:
        raise InvalidTransition(f"the inspection was already submitted ({case.check_result})",
                                code="check_already_submitted", result=case.check_result)
    _valid_result(params)


def _check_passed(case, actor, params):
    if case.check_result != "passed":
        raise InvalidTransition("close needs a passed inspection (核查通过)",
                                code="check_not_passed", check_result=case.check_result)
    if params.get("close_type") not in CLOSE_TYPES:
        raise _bad_value("close_type", params.get("close_type"), CLOSE_TYPES)


def _rework_guard(case, actor, params):
    # the shift leader arbitrating a closure may order rework whatever the inspection said
    if case.state == State.CHECKING and case.check_result != "failed":
        raise InvalidTransition("rework needs a failed inspection (核查未通过)",
                                code="check_not_failed", check_result=case.check_result)


def _escalate_guard(case, actor, params):
    if case.state == State.CHECKING and case.check_result is None:
        raise InvalidTransition("a closure is escalated after the inspection result",
                                code="check_pending")


def _file_guard(case, actor, params):
    if case.needs_verification and case.verification_result != "passed":
        raise InvalidTransition(
            f"a {case.source} report is filed only after the inspector verified it (核实)"
            + (" — the verification failed: reject it or order a new one"
               if case.verification_result == "failed" else ""),
            code="verification_required", source=case.source,
            verification_result=case.verification_result)


def _district_dispatches(case, actor, params):
    """District cases are dispatched — and re-dispatched — by their district's command center
    (seed 4.3.4): the city center sends cases down or urges, it does not bypass the district."""
    if case.level == "district" and actor.district_code is None:
        raise PermissionDenied(
            f"district {case.center_district} dispatches its own cases: the city center transfers "
            "or urges, it does not dispatch to a district department",
            code="bypass_district_center", actor=actor.name, case_district=case.center_district)


def _dispatch_guard(case, actor, params):
    if not params.get("department"):
        raise InvalidInput("dispatch needs a department", code="missing_input", action="dispatch",
                           missing=["department"])
    _district_dispatches(case, actor, params)
    if params.get("proxy") and params.get("department") == case.suggested_department:
        raise InvalidInput(f"{params['department']} is the responsible department: "
                           "代处理 applies to another one",
                           code="proxy_not_needed", department=params["department"])


def _dispatch_effect(case, actor, params):
    return {"department_code": params["department"], "postponement_until": None,
            "return_reason": None, "proxy_handling": bool(params.get("proxy"))}


def _urge_pending(case, actor, params):
    _own_department(case, actor, params)
    if not case.urge_pending:
        raise InvalidTransition("no 督办 waits for a reply", code="no_urge_pending")


def _callback_guard(case, actor, params):
    if case.source not in SETTINGS.callback_sources:
        raise InvalidTransition(f"a {case.source} report has no caller to reply to",
                                code="no_caller", source=case.source)
    if case.callback_contact == "reached":
        raise InvalidTransition("the caller was already reached", code="already_called_back")
    contact = params.get("contact")
    if contact not in CALLBACK_CONTACTS:
        raise _bad_value("contact", contact, CALLBACK_CONTACTS)
    satisfaction = params.get("satisfaction")
    if contact == "reached" and satisfaction not in SATISFACTION:
        raise _bad_value("satisfaction", satisfaction, SATISFACTION)
    if contact == "unreached" and satisfaction:
        raise InvalidInput("satisfaction is recorded only when the caller was reached",
                           code="satisfaction_without_contact")


def _merge_guard(case, actor, params):
    pass  # the original (into) is checked by the service, which can read it


def _fx(**fixed):
    return lambda case, actor, params: dict(fixed)


_CLEAR_DEPARTMENT = dict(department_code=None, postponement_until=None, return_reason=None,
                         proxy_handling=False)

TRANSITIONS: tuple[Transition, ...] = (
    Transition(
        "request_verification",
        frozenset({State.REPORTED}),
        State.VERIFYING,
        frozenset({"acceptor"}),
        guard=_not_inspector_source,
        effect=lambda c, a, p: {"verification_result": None,
                                "ordered_inspector": p.get("inspector") or c.inspector},
    ),
    Transition(
        "submit_verification",
        frozenset({State.VERIFYING}),
        State.REPORTED,
        frozenset({"inspector"}),
        requires=("result",),
        guard=_verification_guard,
        effect=lambda c, a, p: {"verification_result": p["result"]},
        deadline="resume_accept",
        photos=True,
    ),
    Transition(
        "escalate",
        frozenset({State.REPORTED, State.CHECKING}),
        State.ADJUDICATING,
        frozenset({"acceptor"}),
        requires=("reason",),
        guard=_escalate_guard,
        targets_from={State.CHECKING: State.ARBITRATING},
        deadline="keep",
    ),
    Transition(
        "file",
        frozenset({State.REPORTED, State.ADJUDICATING}),
        State.FILED,
        frozenset({"acceptor"}),
        roles_from={State.ADJUDICATING: frozenset({"shift_leader"})},
        guard=_file_guard,
    ),
    Transition(
        "reject",
        frozenset({State.REPORTED, State.ADJUDICATING}),
        State.REJECTED,
        frozenset({"acceptor"}),
        requires=("reason",),
        roles_from={State.ADJUDICATING: frozenset({"shift_leader"})},
    ),
    Transition(
        "transfer_to_city",
        frozenset({State.REPORTED, State.FILED}),
        State.ADJUDICATING,
        frozenset({"shift_leader"}),
        requires=("reason",),
        guard=_district_to_city,
        effect=_fx(level="city", department_code=None, handling_district=None),
        deadline="keep",
    ),
    Transition(
        "transfer_to_district",
        frozenset({State.REPORTED, State.ADJUDICATING, State.FILED}),
        State.REPORTED,
        frozenset({"shift_leader"}),
        requires=("reason",),
        roles_from={State.FILED: frozenset({"shift_leader", "dispatcher"})},
        targets_from={State.FILED: State.FILED},
        guard=_city_to_district,
        effect=_to_district_effect,
        deadline="keep",
    ),
    Transition(
        "dispatch",
        frozenset({State.FILED}),
        State.DISPATCHED,
        frozenset({"dispatcher"}),
        requires=("department",),
        guard=_dispatch_guard,
        effect=_dispatch_effect,
    ),
    Transition(
        "return",
        frozenset({State.DISPATCHED}),
        None,
        frozenset({"department"}),
        requires=("reason",),
        guard=_department_acts("return"),
        effect=lambda c, a, p: {"return_reason": p["reason"]},
        deadline="keep",
    ),
    Transition(
        "approve_return",
        frozenset({State.DISPATCHED}),
        State.FILED,
        frozenset({"dispatcher"}),
        guard=_pending_return,
        effect=_fx(**_CLEAR_DEPARTMENT),
    ),
    Transition(
        "deny_return",
        frozenset({State.DISPATCHED}),
        None,
        frozenset({"dispatcher"}),
        requires=("reason",),
        guard=_pending_return,
        effect=_fx(return_reason=None),
        deadline="keep",
    ),
    Transition(
        "recall",
        frozenset({State.DISPATCHED}),
        State.FILED,
        frozenset({"dispatcher"}),
        requires=("reason",),
        guard=_district_dispatches,
        effect=_fx(**_CLEAR_DEPARTMENT),
    ),
    Transition(
        "request_postponement",
        frozenset({State.DISPATCHED}),
        None,
        frozenset({"department"}),
        requires=("until", "reason"),
        guard=_no_pending_postponement,
        effect=lambda c, a, p: {"postponement_until": p["until"]},
        deadline="keep",
    ),
    Transition(
        "approve_postponement",
        frozenset({State.DISPATCHED}),
        None,
        frozenset({"commander"}),
        guard=_pending_postponement,
        effect=_fx(postponement_until=None),
        deadline="postpone",
    ),
    Transition(
        "deny_postponement",
        frozenset({State.DISPATCHED}),
        None,
        frozenset({"commander"}),
        guard=_pending_postponement,
        effect=_fx(postponement_until=None),
        deadline="keep",
    ),
    Transition(
        "urge",
        frozenset({State.DISPATCHED}),
        None,
        # 督办 is the leaders' and the commander's (seed 3.5, 3.8); dispatchers keep 催办
        frozenset({"leader", "commander", "dispatcher"}),
        requires=("reason",),
        deadline="keep",
    ),
    Transition(
        "answer_urge",
        frozenset({State.DISPATCHED, State.SUSPENDED}),
        None,
        frozenset({"department"}),
        requires=("reason",),
        guard=_urge_pending,
        deadline="keep",
    ),
    Transition(
        "suspend",
        frozenset({State.DISPATCHED}),
        State.SUSPENDED,
        frozenset({"commander"}),
        requires=("reason",),
        deadline="pause",
    ),
    Transition(
        "resume",
        frozenset({State.SUSPENDED}),
        State.DISPATCHED,
        frozenset({"commander"}),
        deadline="resume",
    ),
    Transition(
        "report_done",
        frozenset({State.DISPATCHED}),
        State.HANDLED,
        frozenset({"department"}),
        requires=("reason",),
        guard=_department_acts("report_done"),
        effect=_fx(postponement_until=None),
    ),
    Transition(
        "accept_result",
        frozenset({State.HANDLED}),
        State.AWAITING_CHECK,
        frozenset({"dispatcher"}),
        effect=_fx(check_result=None, ordered_inspector=None),
    ),
    Transition(
        "reject_result",
        frozenset({State.HANDLED}),
        State.DISPATCHED,
        frozenset({"dispatcher"}),
        requires=("reason",),
        deadline="resume_handle",
    ),
    Transition(
        "request_check",
        frozenset({State.AWAITING_CHECK}),
        State.CHECKING,
        frozenset({"acceptor", SYSTEM_ROLE}),
        effect=lambda c, a, p: {"check_result": None,
                                "ordered_inspector": p.get("inspector") or c.inspector},
        deadline="keep",
    ),
    Transition(
        "submit_check",
        frozenset({State.CHECKING}),
        None,
        frozenset({"inspector"}),
        requires=("result",),
        guard=_check_pending,
        effect=lambda c, a, p: {"check_result": p["result"]},
        deadline="complete",
        photos=True,
    ),
    Transition(
        "close",
        frozenset({State.CHECKING, State.ARBITRATING}),
        State.CLOSED,
        frozenset({"acceptor"}),
        requires=("close_type",),
        roles_from={State.ARBITRATING: frozenset({"shift_leader"})},
        guard=_check_passed,
        effect=lambda c, a, p: {"close_type": p["close_type"]},
    ),
    Transition(
        "rework",
        frozenset({State.CHECKING, State.ARBITRATING}),
        State.FILED,
        frozenset({"acceptor"}),
        requires=("reason",),
        roles_from={State.ARBITRATING: frozenset({"shift_leader"})},
        guard=_rework_guard,
        effect=lambda c, a, p: {
            "rework_count": c.rework_count + 1,
            "check_result": None,
            "ordered_inspector": None,
            **_CLEAR_DEPARTMENT,
        },
    ),
    Transition(
        "cancel",
        frozenset({State.REPORTED, State.FILED}),
        State.CANCELLED,
        frozenset({"shift_leader"}),
        requires=("reason",),
    ),
    Transition(
        "merge",
        frozenset({State.REPORTED, State.VERIFYING, State.ADJUDICATING, State.FILED}),
        State.MERGED,
        frozenset({"shift_leader"}),
        requires=("into",),
        guard=_merge_guard,
    ),
    Transition(
        "callback",
        frozenset({State.CLOSED, State.REJECTED}),
        None,
        frozenset({"acceptor"}),
        requires=("contact",),
        guard=_callback_guard,
        effect=lambda c, a, p: {"callback_contact": p["contact"],
                                "callback_satisfaction": p.get("satisfaction")},
        deadline="keep",
    ),
)

REGISTER_ROLES = frozenset({"inspector", "acceptor", "shift_leader", "leader"})
_BY_ACTION = {t.action: t for t in TRANSITIONS}
ACTIONS = ("register",) + tuple(_BY_ACTION)
REQUIRED_LABELS = {
    "reason": "a reason or note (--reason)",
    "department": "a department (--department)",
    "result": "a result, passed or failed (--result)",
    "close_type": "a close type (--close-type)",
    "until": "a new deadline (--until)",
    "into": "the original case (--into CODE)",
    "contact": "whether the caller was reached (--contact reached|unreached)",
}


def _validate_table() -> None:
    """Checked at import: a broken table must never reach a running center."""
    for t in TRANSITIONS:
        assert t.roles <= set(ROLES) | {SYSTEM_ROLE}, t.action
        assert set(t.roles_from) <= t.sources, t.action
        assert set(t.targets_from) <= t.sources, t.action
        assert all(r in REQUIRED_LABELS for r in t.requires), t.action
    assert len(_BY_ACTION) == len(TRANSITIONS), "duplicate action"
    reachable = {State.REPORTED}
    changed = True
    while changed:
        changed = False
        for t in TRANSITIONS:
            for source in t.sources & reachable:
                target = t.target_for(source)
                if target and target not in reachable:
                    reachable.add(target)
                    changed = True
    assert reachable == set(State), f"unreachable states: {set(State) - reachable}"


_validate_table()


def transition(action: str) -> Transition:
    try:
        return _BY_ACTION[action]
    except KeyError:
        raise InvalidInput(
            f"unknown action {action!r}; actions are: {', '.join(_BY_ACTION)}",
            code="unknown_action", action=action, actions=list(_BY_ACTION),
        ) from None


def in_scope(case: CaseView, actor: Actor, role: str) -> bool:
    """District staff act on their district's district-level cases; city staff on all (the
    guards then keep district work — dispatching to district departments — with the district)."""
    if role in ("department", SYSTEM_ROLE) or actor.district_code is None:
        return True
    if role in CENTER_ROLES:
        return case.level != "city" and case.center_district == actor.district_code
    return case.district_code == actor.district_code


def _acting_role(t: Transition, case: CaseView, actor: Actor) -> str:
    allowed = t.roles_for(case.state)
    held = actor.all_roles & allowed
    if not held:
        raise PermissionDenied(
            f"{actor.name} ({', '.join(sorted(actor.roles)) or 'no role'}) may not {t.action} "
            f"a case in state {case.state}; it needs: {', '.join(sorted(allowed))}",
            code="not_allowed", action=t.action, state=str(case.state), actor=actor.name,
            actor_roles=sorted(actor.roles), roles_needed=sorted(allowed),
        )
    for role in sorted(held):
        if in_scope(case, actor, role):
            return role
    where = "city-level cases" if case.level == "city" else f"district {case.center_district}"
    raise PermissionDenied(f"{actor.name} does not act on {where}", code="out_of_scope",
                           action=t.action, actor=actor.name, actor_district=actor.district_code,
                           case_level=case.level, case_district=case.center_district)


def allowed_actions(case: CaseView, actor: Actor) -> list[str]:
    """The actions this actor could take now (guards on parameters aside): for the UI."""
    out = []
    for t in TRANSITIONS:
        if case.state not in t.sources:
            continue
        try:
            _acting_role(t, case, actor)
            if t.guard:  # parameters the probe lacks raise InvalidInput: still offered
                t.guard(case, actor, _GUARD_PROBE)
        except (PermissionDenied, InvalidTransition):
            continue
        except InvalidInput:
            pass
        out.append(t.action)
    return out


_GUARD_PROBE = {"result": "passed", "close_type": "normal", "department": "?",
                "contact": "reached", "satisfaction": "satisfied", "into": "?"}


def decide(case: CaseView, action: str, actor: Actor, params: Mapping | None = None) -> Decision:
    params = dict(params or {})
    t = transition(action)
    if case.state not in t.sources:
        raise InvalidTransition(
            f"cannot {action} a case in state {case.state}; "
            f"{action} applies to: {', '.join(sorted(s.value for s in t.sources))}",
            code="wrong_state", action=action, state=str(case.state),
            allowed_states=sorted(s.value for s in t.sources),
        )
    _acting_role(t, case, actor)
    missing = [r for r in t.requires if params.get(r) in (None, "")]
    if missing:
        raise InvalidInput(
            f"{action} needs {' and '.join(REQUIRED_LABELS[m] for m in missing)}",
            code="missing_input", action=action, missing=missing,
        )
    if t.photos and not params.get("photo_count") and not (params.get("no_photo_reason") or "").strip():
        raise InvalidInput(
            f"{action} needs photos from the site (--photo), or the reason there are none "
            "(--no-photo-reason)", code="photos_required", action=action)
    if t.guard:
        t.guard(case, actor, params)
    changes = t.effect(case, actor, params) if t.effect else {}
    return Decision(
        action=action,
        from_state=case.state,
        to_state=t.target_for(case.state) or case.state,
        changes=changes,
        deadline=t.deadline,
        note=params.get("reason"),
    )


def check_register(actor: Actor, source: str, district_code: str | None) -> None:
    """Guards of ``register`` (the one action without a source state)."""
    if source not in SOURCES:
        raise InvalidInput(f"unknown source {source!r}; sources are: {', '.join(SOURCES)}",
                           code="invalid_value", field="source", value=source, allowed=list(SOURCES))
    roles = actor.all_roles
    if not roles & REGISTER_ROLES:
        raise PermissionDenied(f"{actor.name} may not register reports", code="not_allowed",
                               action="register", state=None, actor=actor.name,
                               actor_roles=sorted(actor.roles), roles_needed=sorted(REGISTER_ROLES))
    if source == "inspector" and "inspector" not in roles:
        raise PermissionDenied("only an inspector files an inspector report",
                               code="source_not_allowed", source=source, roles_needed=["inspector"])
    if source == "leader" and not roles & {"leader", "acceptor"}:
        raise PermissionDenied("a leader's instruction is registered by the leader or an acceptor",
                               code="source_not_allowed", source=source,
                               roles_needed=["acceptor", "leader"])
    if source in {"public", "system", "video"} and "acceptor" not in roles:
        raise PermissionDenied(f"{source} reports are registered by an acceptor",
                               code="source_not_allowed", source=source, roles_needed=["acceptor"])
    if actor.district_code and district_code and actor.district_code != district_code:
        raise PermissionDenied(
            f"{actor.name} works in district {actor.district_code}, the location is in {district_code}",
            code="wrong_district", actor=actor.name, actor_district=actor.district_code,
            location_district=district_code,
        )


def register_level(actor: Actor) -> str:
    """A report registered at the city center (center staff without a district) is a
    city-level case; the city sends it down with ``transfer_to_district``."""
    if actor.district_code is None and actor.all_roles & {"acceptor", "shift_leader"}:
        return "city"
    return "district"


def initial_state() -> State:
    return State.REPORTED
