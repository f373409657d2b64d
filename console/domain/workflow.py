"""The case workflow: one transition table, and nothing else changes a case's state.

``decide`` is pure: given what the workflow needs to know of a case, the acting user and the
action's parameters, it either refuses (typed error, nothing changed) or returns a
``Decision`` — the new state, the fields that change, and what happens to the stage's
deadline. The services persist and audit decisions; they never set ``state`` themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from console.domain.errors import InvalidInput, InvalidTransition, PermissionDenied


class State(StrEnum):
    REPORTED = "reported"  # 已登记, waiting for acceptance
    VERIFYING = "verifying"  # 核实中
    ADJUDICATING = "adjudicating"  # with the shift leader
    FILED = "filed"  # 已立案, waiting for dispatch
    DISPATCHED = "dispatched"  # 已派遣, with a department
    SUSPENDED = "suspended"  # 挂账
    HANDLED = "handled"  # 已处理, feedback to review
    CHECKING = "checking"  # 核查中
    CLOSED = "closed"  # 已结案
    REJECTED = "rejected"  # 不受理
    CANCELLED = "cancelled"  # 作废


TERMINAL_STATES = frozenset({State.CLOSED, State.REJECTED, State.CANCELLED})
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
# A shift leader does everything an acceptor does; a commander everything a dispatcher does.
ROLE_IMPLIES = {"shift_leader": {"acceptor"}, "commander": {"dispatcher"}}
CENTER_ROLES = frozenset({"acceptor", "shift_leader", "dispatcher", "commander"})

SOURCES = ("inspector", "public", "system", "leader", "video")
LEVELS = ("district", "city")
CLOSE_TYPES = ("normal", "overdue", "error", "special")
CHECK_RESULTS = ("passed", "failed")

# Deadline stages, and the stage each state runs on. Adjudication continues the 立案 clock.
STAGE_OF_STATE = {
    State.REPORTED: "accept",
    State.ADJUDICATING: "accept",
    State.VERIFYING: "verify",
    State.FILED: "dispatch",
    State.DISPATCHED: "handle",
    State.HANDLED: "review",
    State.CHECKING: "check",
}
STAGES = ("accept", "verify", "dispatch", "handle", "review", "check")


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

    @property
    def all_roles(self) -> frozenset[str]:
        return effective_roles(self.roles)


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

    def roles_for(self, state: State) -> frozenset[str]:
        return self.roles_from.get(state, self.roles)


# --- guards and effects -----------------------------------------------------------------


def _not_inspector_source(case, actor, params):
    if case.source == "inspector":
        raise InvalidTransition("an inspector's own report needs no verification")


def _own_department(case, actor, params):
    if actor.department_code is None or actor.department_code != case.department_code:
        raise PermissionDenied(
            f"{actor.name} is not in the department the case is dispatched to ({case.department_code})"
        )


def _district_to_city(case, actor, params):
    if case.level != "district":
        raise InvalidTransition("the case is already at city level")
    if actor.district_code is None:
        raise PermissionDenied("only a district shift leader transfers a case to the city")


def _no_pending_postponement(case, actor, params):
    _own_department(case, actor, params)
    if case.postponement_until is not None:
        raise InvalidTransition("a postponement request is already waiting for approval")
    until = params.get("until")
    if not isinstance(until, datetime):
        raise InvalidInput("until must be a date and time (ISO 8601)")


def _pending_postponement(case, actor, params):
    if case.postponement_until is None:
        raise InvalidTransition("no postponement request is waiting")


def _check_pending(case, actor, params):
    if case.check_result is not None:
        raise InvalidTransition(f"the inspection was already submitted ({case.check_result})")
    _valid_result(params)


def _valid_result(params):
    if params.get("result") not in CHECK_RESULTS:
        raise InvalidInput("result must be passed or failed")


def _verification_guard(case, actor, params):
    _valid_result(params)


def _check_passed(case, actor, params):
    if case.check_result != "passed":
        raise InvalidTransition("close needs a passed inspection (核查通过)")
    if params.get("close_type") not in CLOSE_TYPES:
        raise InvalidInput(f"close type must be one of {', '.join(CLOSE_TYPES)}")


def _check_failed(case, actor, params):
    if case.check_result != "failed":
        raise InvalidTransition("rework needs a failed inspection (核查未通过)")


def _dispatch_guard(case, actor, params):
    if not params.get("department"):
        raise InvalidInput("dispatch needs a department")


def _fx(**fixed):
    return lambda case, actor, params: dict(fixed)


TRANSITIONS: tuple[Transition, ...] = (
    Transition(
        "request_verification",
        frozenset({State.REPORTED}),
        State.VERIFYING,
        frozenset({"acceptor"}),
        guard=_not_inspector_source,
        effect=_fx(verification_result=None),
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
    ),
    Transition(
        "escalate",
        frozenset({State.REPORTED}),
        State.ADJUDICATING,
        frozenset({"acceptor"}),
        requires=("reason",),
        deadline="keep",
    ),
    Transition(
        "file",
        frozenset({State.REPORTED, State.ADJUDICATING}),
        State.FILED,
        frozenset({"acceptor"}),
        roles_from={State.ADJUDICATING: frozenset({"shift_leader"})},
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
        effect=_fx(level="city", department_code=None),
        deadline="keep",
    ),
    Transition(
        "dispatch",
        frozenset({State.FILED}),
        State.DISPATCHED,
        frozenset({"dispatcher"}),
        requires=("department",),
        guard=_dispatch_guard,
        effect=lambda c, a, p: {"department_code": p["department"], "postponement_until": None},
    ),
    Transition(
        "return",
        frozenset({State.DISPATCHED}),
        State.FILED,
        frozenset({"department"}),
        requires=("reason",),
        guard=_own_department,
        effect=_fx(department_code=None, postponement_until=None),
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
        frozenset({"dispatcher"}),
        requires=("reason",),
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
        guard=_own_department,
        effect=_fx(postponement_until=None),
    ),
    Transition(
        "accept_result",
        frozenset({State.HANDLED}),
        State.CHECKING,
        frozenset({"dispatcher"}),
        effect=_fx(check_result=None),
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
        "submit_check",
        frozenset({State.CHECKING}),
        None,
        frozenset({"inspector"}),
        requires=("result",),
        guard=_check_pending,
        effect=lambda c, a, p: {"check_result": p["result"]},
        deadline="complete",
    ),
    Transition(
        "close",
        frozenset({State.CHECKING}),
        State.CLOSED,
        frozenset({"acceptor"}),
        requires=("close_type",),
        guard=_check_passed,
        effect=lambda c, a, p: {"close_type": p["close_type"]},
    ),
    Transition(
        "rework",
        frozenset({State.CHECKING}),
        State.FILED,
        frozenset({"acceptor"}),
        requires=("reason",),
        guard=_check_failed,
        effect=lambda c, a, p: {
            "rework_count": c.rework_count + 1,
            "check_result": None,
            "department_code": None,
        },
    ),
    Transition(
        "cancel",
        frozenset({State.REPORTED, State.FILED}),
        State.CANCELLED,
        frozenset({"shift_leader"}),
        requires=("reason",),
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
}


def _validate_table() -> None:
    """Checked at import: a broken table must never reach a running center."""
    for t in TRANSITIONS:
        assert t.roles <= set(ROLES), t.action
        assert set(t.roles_from) <= t.sources, t.action
        assert all(r in REQUIRED_LABELS for r in t.requires), t.action
    assert len(_BY_ACTION) == len(TRANSITIONS), "duplicate action"
    reachable = {State.REPORTED}
    changed = True
    while changed:
        changed = False
        for t in TRANSITIONS:
            if t.sources & reachable and t.target and t.target not in reachable:
                reachable.add(t.target)
                changed = True
    assert reachable == set(State), f"unreachable states: {set(State) - reachable}"


_validate_table()


def transition(action: str) -> Transition:
    try:
        return _BY_ACTION[action]
    except KeyError:
        raise InvalidInput(
            f"unknown action {action!r}; actions are: {', '.join(_BY_ACTION)}"
        ) from None


def in_scope(case: CaseView, actor: Actor, role: str) -> bool:
    """District staff act on their district's district-level cases; city staff on all."""
    if role == "department" or actor.district_code is None:
        return True
    if case.level == "city" and role in CENTER_ROLES:
        return False
    return case.district_code == actor.district_code


def _acting_role(t: Transition, case: CaseView, actor: Actor) -> str:
    allowed = t.roles_for(case.state)
    held = actor.all_roles & allowed
    if not held:
        raise PermissionDenied(
            f"{actor.name} ({', '.join(sorted(actor.roles)) or 'no role'}) may not {t.action} "
            f"a case in state {case.state}; it needs: {', '.join(sorted(allowed))}"
        )
    for role in sorted(held):
        if in_scope(case, actor, role):
            return role
    where = "city-level cases" if case.level == "city" else f"district {case.district_code}"
    raise PermissionDenied(f"{actor.name} does not act on {where}")


def allowed_actions(case: CaseView, actor: Actor) -> list[str]:
    """The actions this actor could take now (guards on parameters aside): for the UI."""
    out = []
    for t in TRANSITIONS:
        if case.state not in t.sources:
            continue
        try:
            _acting_role(t, case, actor)
            if t.guard and t.action not in {"dispatch", "request_postponement"}:
                t.guard(case, actor, _GUARD_PROBE)
        except (PermissionDenied, InvalidTransition):
            continue
        except InvalidInput:
            pass
        out.append(t.action)
    return out


_GUARD_PROBE = {"result": "passed", "close_type": "normal", "department": "?"}


def decide(case: CaseView, action: str, actor: Actor, params: Mapping | None = None) -> Decision:
    params = dict(params or {})
    t = transition(action)
    if case.state not in t.sources:
        raise InvalidTransition(
            f"cannot {action} a case in state {case.state}; "
            f"{action} applies to: {', '.join(sorted(s.value for s in t.sources))}"
        )
    _acting_role(t, case, actor)
    missing = [r for r in t.requires if params.get(r) in (None, "")]
    if missing:
        raise InvalidInput(
            f"{action} needs {' and '.join(REQUIRED_LABELS[m] for m in missing)}",
            missing=missing,
        )
    if t.guard:
        t.guard(case, actor, params)
    changes = t.effect(case, actor, params) if t.effect else {}
    return Decision(
        action=action,
        from_state=case.state,
        to_state=t.target or case.state,
        changes=changes,
        deadline=t.deadline,
        note=params.get("reason"),
    )


def check_register(actor: Actor, source: str, district_code: str | None) -> None:
    """Guards of ``register`` (the one action without a source state)."""
    if source not in SOURCES:
        raise InvalidInput(f"unknown source {source!r}; sources are: {', '.join(SOURCES)}")
    roles = actor.all_roles
    if not roles & REGISTER_ROLES:
        raise PermissionDenied(f"{actor.name} may not register reports")
    if source == "inspector" and "inspector" not in roles:
        raise PermissionDenied("only an inspector files an inspector report")
    if source == "leader" and not roles & {"leader", "acceptor"}:
        raise PermissionDenied("a leader's instruction is registered by the leader or an acceptor")
    if source in {"public", "system", "video"} and "acceptor" not in roles:
        raise PermissionDenied(f"{source} reports are registered by an acceptor")
    if actor.district_code and district_code and actor.district_code != district_code:
        raise PermissionDenied(
            f"{actor.name} works in district {actor.district_code}, the location is in {district_code}"
        )


def initial_state() -> State:
    return State.REPORTED
