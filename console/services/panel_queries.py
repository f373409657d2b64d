"""Read-only queries the desktop panels need beyond ``CaseQuery`` (no Qt here).

Every function opens its own read session, so the panels may call them from a worker
thread (a ``QgsTask``); they return plain dicts and lists, never ORM rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select

from console.domain.deadlines import DeadlinePolicy
from console.domain.workflow import OPEN_STATES, STAGE_OF_STATE, CaseView, State
from console.services.case_query import case_json
from console.store.engine import Database
from console.store.models import CaseFile, Community, Department, District, Street

OPEN_STATE_VALUES = frozenset(s.value for s in OPEN_STATES)
# SQLite limits host parameters per statement; stay far below it.
_CHUNK = 500


def cases_by_ids(db: Database, policy: DeadlinePolicy, ids: Iterable[str],
                 now: datetime | None = None) -> list[dict]:
    """The current JSON of the given cases (ids that no longer exist are left out)."""
    now = now or datetime.now(UTC)
    ids = list(dict.fromkeys(i for i in ids if i))
    out: list[dict] = []
    with db.read() as s:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            out += [case_json(r, now, policy)
                    for r in s.scalars(select(CaseFile).where(CaseFile.id.in_(chunk)))]
    return out


def queue(db: Database, policy: DeadlinePolicy, states: Iterable[str], *,
          department: str | None = None, district: str | None = None, level: str | None = None,
          limit: int = 5000, now: datetime | None = None) -> list[dict]:
    """Cases in the given states for a panel, newest first, at most ``limit`` of them."""
    now = now or datetime.now(UTC)
    stmt = select(CaseFile).where(CaseFile.state.in_(list(states)))
    if department:
        stmt = stmt.where(CaseFile.department_code == department)
    if district:
        stmt = stmt.where(CaseFile.district_code == district)
    if level:
        stmt = stmt.where(CaseFile.level == level)
    stmt = stmt.order_by(CaseFile.registered_at.desc()).limit(limit)
    with db.read() as s:
        return [case_json(r, now, policy) for r in s.scalars(stmt)]


def department_names(db: Database) -> dict[str, dict]:
    """code → {name, level, district} of every department."""
    with db.read() as s:
        return {d.code: {"code": d.code, "name": d.name, "level": d.level,
                         "district": d.district_code}
                for d in s.scalars(select(Department).order_by(Department.code))}


def area_names(db: Database, community_code: str | None) -> dict[str, str]:
    """Names of a community and of its street and district ({} if unknown)."""
    if not community_code:
        return {}
    with db.read() as s:
        row = s.execute(
            select(Community.name, Street.name, District.name)
            .join(Street, Street.code == Community.street_code)
            .join(District, District.code == Street.district_code)
            .where(Community.code == community_code)
        ).first()
    if row is None:
        return {}
    return {"community": row[0], "street": row[1], "district": row[2]}


def dispatch_targets(departments: dict[str, dict], case: dict) -> list[dict]:
    """Departments a case may be dispatched to: of its level, and of its district center if
    district (the location's district, or the one the city sent it down to)."""
    if case.get("level") == "city":
        return [d for d in departments.values() if d["level"] == "city"]
    district = case.get("handling_district") or case.get("district_code")
    return [d for d in departments.values()
            if d["level"] == "district" and d["district"] == district]


def possible_duplicates(db: Database, case_id: str) -> list[dict]:
    """Open cases of the same kind and class within 50 m of the case (queue and detail panels):
    ``[{id, code, state, distance_m, registered_at}]``, nearest first."""
    from console.services.case_query import possible_duplicates as _dups
    from console.services.case_service import load_case

    with db.read() as s:
        return _dups(s, load_case(s, case_id))


def duplicate_counts(db: Database, cases: Iterable[dict]) -> dict[str, int]:
    """How many possible duplicates each listed open case has (a queue column): one query
    per chunk over the cases' bounding boxes, compared in Python."""
    from console.services.case_service import DUPLICATE_RADIUS_M as r

    cases = [c for c in cases if c.get("state") in OPEN_STATE_VALUES]
    out = {c["id"]: 0 for c in cases}
    if not cases:
        return out
    keys = {(c["kind"], c["class_code"]) for c in cases}
    with db.read() as s:
        rows = s.execute(select(CaseFile.id, CaseFile.kind, CaseFile.class_code, CaseFile.x,
                                CaseFile.y)
                         .where(CaseFile.state.in_(list(OPEN_STATE_VALUES)),
                                CaseFile.class_code.in_({k[1] for k in keys}))).all()
    by_key: dict[tuple, list] = {}
    for row in rows:
        by_key.setdefault((row.kind, row.class_code), []).append(row)
    for c in cases:
        for other in by_key.get((c["kind"], c["class_code"]), ()):
            if other.id != c["id"] and (other.x - c["x"]) ** 2 + (other.y - c["y"]) ** 2 <= r * r:
                out[c["id"]] += 1
    return out


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    dt = datetime.fromisoformat(value)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def case_view_of(case: dict) -> CaseView:
    """What the workflow needs of a case, from its JSON (to ask ``allowed_actions``)."""
    return CaseView(
        state=State(case["state"]),
        source=case.get("source") or "",
        level=case.get("level") or "district",
        district_code=case.get("district_code"),
        department_code=case.get("department"),
        inspector=case.get("inspector"),
        check_result=case.get("check_result"),
        verification_result=case.get("verification_result"),
        postponement_until=parse_time(case.get("postponement_requested_until")),
        rework_count=case.get("rework_count") or 0,
        handling_district=case.get("handling_district"),
        ordered_inspector=case.get("ordered_inspector"),
        suggested_department=case.get("suggested_department"),
        return_requested=bool(case.get("return_requested")),
        urge_pending=bool(case.get("urge_pending")),
        callback_contact=case.get("callback_contact"),
        verification_required=case.get("verification_required"),
    )


def stage_deadlines(case: dict, policy: DeadlinePolicy, now: datetime | None = None) -> list[dict]:
    """Each stage the case went through, from its history: start, deadline, end, late.

    ``case`` is the document of ``CaseQuery.show`` (with ``history``). The deadline of a
    finished stage is recomputed from the rules (the store keeps only the running one).
    """
    now = now or datetime.now(UTC)
    spans: list[dict] = []
    current = None
    for event in case.get("history", []):
        to_state = event.get("to")
        at = parse_time(event.get("at"))
        try:
            stage = STAGE_OF_STATE.get(State(to_state)) if to_state else None
        except ValueError:
            stage = None
        if current and (stage != current["stage"] or event["action"] in {"rework", "reject_result"}):
            current["end"] = at
            current = None
        if stage and current is None:
            rule = policy.rule_for(stage, case["kind"], case["class_code"], bool(case.get("urgent")))
            current = {"stage": stage, "start": at,
                       "deadline": policy.deadline_for_rule(rule, at), "end": None}
            spans.append(current)
    if current and case.get("deadline") and current["stage"] == case.get("stage"):
        current["deadline"] = parse_time(case["deadline"])  # postponed / paused clocks
    for span in spans:
        finish = span["end"] or now
        span["late"] = finish > span["deadline"]
        span["running"] = span["end"] is None
    return spans


def callback_queue(db: Database, policy: DeadlinePolicy, *, district: str | None = None,
                   since: datetime | None = None, limit: int = 2000,
                   now: datetime | None = None) -> list[dict]:
    """回访: closed or rejected reports whose caller wants a reply and was not reached yet
    (no callback, or only unreached attempts); with ``since``, also those reached since then
    (the acceptor sees what was just recorded). Sources are the workflow's
    ``callback_sources``; newest closure first."""
    from sqlalchemy import or_

    from console.domain.workflow import SETTINGS

    now = now or datetime.now(UTC)
    pending = or_(CaseFile.callback_contact.is_(None), CaseFile.callback_contact != "reached")
    if since is not None:
        pending = or_(pending, CaseFile.callback_at >= since)
    stmt = (select(CaseFile)
            .where(CaseFile.state.in_(["closed", "rejected"]), CaseFile.reply_wanted.is_(True),
                   CaseFile.source.in_(sorted(SETTINGS.callback_sources)), pending))
    if district:
        stmt = stmt.where(CaseFile.district_code == district)
    stmt = stmt.order_by(CaseFile.updated_at.desc()).limit(limit)
    with db.read() as s:
        return [case_json(r, now, policy) for r in s.scalars(stmt)]
