"""Which case changes deserve a notice, and for whom (no Qt here).

A notice is raised for a new urgent case (acceptors), a department's return request
(dispatchers), a case escalated to the shift leader (shift leaders) and a case whose running
deadline passes (the role whose queue holds it). ``changes(before, after)`` compares two
snapshots of one case; ``concerns(actor, kind, case)`` says whether a user should see it
(role, district, department). The console keeps the snapshots and the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from console.domain.workflow import Actor

URGENT = "urgent"
RETURNED = "returned"
ESCALATED = "escalated"
OVERDUE = "overdue"
KINDS = (URGENT, RETURNED, ESCALATED, OVERDUE)

ESCALATED_STATES = frozenset({"adjudicating", "arbitrating"})
QUIET_STATES = frozenset({"suspended", "closed", "rejected", "cancelled", "merged"})

#: who works on a case in a state (whose queue turns red when its deadline passes)
QUEUE_ROLES: dict[str, frozenset[str]] = {
    "reported": frozenset({"acceptor"}),
    "verifying": frozenset({"acceptor"}),
    "awaiting_check": frozenset({"acceptor"}),
    "checking": frozenset({"acceptor"}),
    "adjudicating": frozenset({"shift_leader"}),
    "arbitrating": frozenset({"shift_leader"}),
    "filed": frozenset({"dispatcher"}),
    "handled": frozenset({"dispatcher"}),
    "dispatched": frozenset({"department"}),
}
KIND_ROLES = {
    URGENT: frozenset({"acceptor", "leader"}),
    RETURNED: frozenset({"dispatcher"}),
    ESCALATED: frozenset({"shift_leader"}),
}


@dataclass(frozen=True)
class Snapshot:
    """What the rules remember of a case between two changes."""

    state: str
    return_requested: bool
    deadline: datetime | None
    red: bool  # overdue already noticed (or already overdue when first seen)

    @classmethod
    def of(cls, case: dict, now: datetime | None = None, red: bool | None = None) -> Snapshot:
        deadline = parse_time(case.get("deadline"))
        if red is None:
            red = is_red(case, deadline, now or datetime.now(UTC))
        return cls(case["state"], bool(case.get("return_requested")), deadline, red)


def parse_time(value) -> datetime | None:
    if not value:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    dt = datetime.fromisoformat(str(value))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def is_red(case: dict, deadline: datetime | None, now: datetime) -> bool:
    if case.get("state") in QUIET_STATES or deadline is None:
        return False
    return now > deadline


def changes(before: Snapshot | None, case: dict, reporter_is_me: bool = False) -> list[str]:
    """The notice kinds one change of ``case`` raises (``before``: None when first seen)."""
    out = []
    state = case.get("state")
    if before is None:
        if case.get("urgent") and state in ("reported", "verifying") and not reporter_is_me:
            out.append(URGENT)
        if case.get("return_requested"):
            out.append(RETURNED)
        return out
    if case.get("return_requested") and not before.return_requested:
        out.append(RETURNED)
    elif before.state == "dispatched" and state == "filed" and case.get("return_count", 0):
        out.append(RETURNED)  # a return without a request (older workflow)
    if state in ESCALATED_STATES and before.state not in ESCALATED_STATES:
        out.append(ESCALATED)
    return out


def in_scope(actor: Actor, case: dict) -> bool:
    """District staff see their district's cases (where a case is handled, if moved down);
    staff without a district see all."""
    if not actor.district_code:
        return True
    district = case.get("handling_district") or case.get("district_code")
    return district == actor.district_code


def concerns(actor: Actor, kind: str, case: dict, video_wall: bool = False) -> bool:
    """Whether ``actor`` should get a ``kind`` notice about ``case``."""
    if not in_scope(actor, case):
        return False
    if video_wall:
        return kind in (URGENT, OVERDUE)
    roles = actor.all_roles
    if kind == OVERDUE:
        wanted = QUEUE_ROLES.get(case.get("state"), frozenset())
        if not (wanted & roles):
            return False
        if "department" in wanted:
            return bool(actor.department_code) and case.get("department") == actor.department_code
        return True
    return bool(KIND_ROLES.get(kind, frozenset()) & roles)


def newly_red(snapshots: dict[str, Snapshot], now: datetime) -> list[str]:
    """Ids of cases whose deadline passed since they were last looked at."""
    return [case_id for case_id, snap in snapshots.items()
            if not snap.red and snap.deadline is not None and snap.state not in QUIET_STATES
            and now > snap.deadline]
