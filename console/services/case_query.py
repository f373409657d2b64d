"""Reading cases: the JSON shape of DESIGN §8, lists with filters, history."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import select

from console.domain.deadlines import DeadlinePolicy, traffic_light
from console.domain.errors import InvalidInput, NotFound
from console.domain.text_input import clean_reference, clean_text
from console.domain.workflow import OPEN_STATES, TERMINAL_STATES, State, needs_verification
from console.services.case_service import DUPLICATE_RADIUS_M, load_case
from console.services.geo import xy_to_lonlat
from console.store.engine import Database
from console.store.models import (
    AppUser,
    Attachment,
    CaseEvent,
    CaseFile,
    CaseReporter,
    CaseUrge,
    Department,
)

OPEN = [s.value for s in OPEN_STATES]
#: the most cases one list request returns (``--limit``): a page, not a dump of the history
MAX_PAGE = 5000
TERMINAL = {s.value for s in TERMINAL_STATES}


def _iso(dt: datetime | None) -> str | None:
    return dt.astimezone(UTC).isoformat(timespec="seconds") if dt else None


def is_overdue(row: CaseFile, now: datetime) -> bool:
    if row.state in TERMINAL:
        return bool(row.handle_late) or row.close_type == "overdue"
    if row.state == State.SUSPENDED:
        return False
    return row.deadline is not None and now > row.deadline


def light(row: CaseFile, now: datetime, policy: DeadlinePolicy) -> str | None:
    """The 80 % / 100 % traffic light of the running stage (None when no clock runs)."""
    if row.deadline is None or row.stage_started_at is None or row.state == State.SUSPENDED:
        return None
    if row.state not in OPEN:
        return None
    if row.warn_at is not None:  # the stored 80 % point, the one the map compares too
        return "red" if now > row.deadline else "yellow" if now > row.warn_at else "green"
    rule = policy.rule_for(row.stage, row.kind, row.class_code, row.urgent)
    fraction = policy.elapsed_fraction(rule, row.stage_started_at, row.deadline, now)
    return traffic_light(fraction)


def stage_status(row: CaseFile, now: datetime) -> str | None:
    """running / late while a stage's clock runs; paused while suspended (挂账); None when no
    clock runs (closed, or waiting for close/rework after the inspection)."""
    if row.state in TERMINAL:
        return None
    if row.state == State.SUSPENDED:
        return "paused"
    if row.deadline is None or row.stage_started_at is None:
        return None
    return "late" if now > row.deadline else "running"


def case_json(row: CaseFile, now: datetime, policy: DeadlinePolicy) -> dict:
    lon, lat = xy_to_lonlat(row.x, row.y)
    return {
        "id": row.id,
        "code": row.code,
        "state": row.state,
        "source": row.source,
        "kind": row.kind,
        "class_code": row.class_code,
        "description": row.description,
        "address": row.address,
        "urgent": row.urgent,
        "component": row.component_code,
        "x": round(row.x, 3),
        "y": round(row.y, 3),
        "lon": round(lon, 7),
        "lat": round(lat, 7),
        "grid_code": row.grid_code,
        "community_code": row.community_code,
        "street_code": row.street_code,
        "district_code": row.district_code,
        "level": row.level,
        "reporter": row.reporter,
        "inspector": row.inspector,
        "department": row.department_code,
        "suggested_department": row.suggested_department_code,
        "stage": row.stage,
        "stage_started_at": _iso(row.stage_started_at),
        "stage_status": stage_status(row, now),
        "deadline": _iso(row.deadline),
        "handle_deadline": _iso(row.handle_deadline),
        # counted on the plain working week into a year without holiday data (issue 8)
        "deadline_estimated": bool(row.deadline_estimated),
        "overdue": is_overdue(row, now),
        "light": light(row, now, policy),
        "postponement_requested_until": _iso(row.postponement_until),
        "verification_result": row.verification_result,
        "check_result": row.check_result,
        "rework_count": row.rework_count,
        "return_count": row.return_count,
        "urge_count": row.urge_count,
        "close_type": row.close_type,
        "registered_at": _iso(row.registered_at),
        "closed_at": _iso(row.closed_at),
        "updated_at": _iso(row.updated_at),
        "version": row.version,
        # issue 7: the seeds' rules
        "handling_district": row.handling_district,
        "verification_required": needs_verification(row.source),
        "ordered_inspector": row.ordered_inspector,
        "return_requested": row.return_reason is not None,
        "return_reason": row.return_reason,
        "proxy_handling": bool(row.proxy_handling),
        "urge_pending": row.urge_reply_deadline is not None,
        "urge_reply_deadline": _iso(row.urge_reply_deadline),
        "merged_into": row.merged_into,
        "caller_name": row.caller_name,
        "caller_phone": row.caller_phone,
        "reply_wanted": bool(row.reply_wanted),
        "callback_contact": row.callback_contact,
        "callback_satisfaction": row.callback_satisfaction,
        "callback_at": _iso(row.callback_at),
    }


def _people(s, names) -> dict[str, dict]:
    """login name → {name (display), department (code)} of the given users."""
    names = [n for n in names if n]
    if not names:
        return {}
    rows = s.execute(select(AppUser.name, AppUser.full_name, AppUser.department_code)
                     .where(AppUser.name.in_(names))).all()
    return {r.name: {"name": r.full_name or r.name, "department": r.department_code} for r in rows}


def _history_item(e: CaseEvent, people: dict, depts: dict) -> dict:
    payload = json.loads(e.payload or "{}")
    person = people.get(e.actor, {})
    item = {"seq": e.seq, "action": e.action, "actor": e.actor, "at": _iso(e.at),
            "from": e.from_state, "to": e.to_state, "note": e.note, "payload": payload,
            # display names: the timeline shows people and departments, not login names
            "actor_name": "系统" if e.actor == "system" else person.get("name", e.actor),
            "actor_department": person.get("department"),
            "actor_department_name": depts.get(person.get("department"))}
    if payload.get("department"):
        item["department"] = payload["department"]
        item["department_name"] = depts.get(payload["department"])
    if e.action == "dispatch":
        item["proxy_handling"] = bool(payload.get("proxy"))
    return item


def possible_duplicates(s, row: CaseFile, radius: float = DUPLICATE_RADIUS_M) -> list[dict]:
    """Open cases of the same kind and class within ``radius`` metres (not the case itself,
    nor its own duplicates already merged): for the queue and the detail panels."""
    rows = s.execute(
        select(CaseFile.id, CaseFile.code, CaseFile.state, CaseFile.x, CaseFile.y,
               CaseFile.registered_at)
        .where(CaseFile.kind == row.kind, CaseFile.class_code == row.class_code,
               CaseFile.state.in_(OPEN), CaseFile.id != row.id,
               CaseFile.x.between(row.x - radius, row.x + radius),
               CaseFile.y.between(row.y - radius, row.y + radius))).all()
    out = []
    for r in rows:
        d = ((r.x - row.x) ** 2 + (r.y - row.y) ** 2) ** 0.5
        if d <= radius:
            out.append({"id": r.id, "code": r.code, "state": r.state, "distance_m": round(d, 1),
                        "registered_at": _iso(r.registered_at)})
    return sorted(out, key=lambda c: (c["distance_m"], c["code"]))


class CaseQuery:
    def __init__(self, db: Database, policy: DeadlinePolicy):
        self.db = db
        self.policy = policy

    def show(self, ref: str, now: datetime | None = None) -> dict:
        now = now or datetime.now(UTC)
        with self.db.read() as s:
            row = load_case(s, ref)
            doc = case_json(row, now, self.policy)
            events = s.scalars(select(CaseEvent).where(CaseEvent.case_id == row.id)
                               .order_by(CaseEvent.seq)).all()
            people = _people(s, {e.actor for e in events})
            depts = dict(s.execute(select(Department.code, Department.name)).all())
            doc["department_name"] = depts.get(row.department_code)
            doc["history"] = [_history_item(e, people, depts) for e in events]
            photos = s.execute(select(Attachment.id, Attachment.kind, Attachment.filename,
                                      Attachment.sha256, Attachment.size, Attachment.event_id)
                               .where(Attachment.case_id == row.id).order_by(Attachment.at)).all()
            doc["photos"] = [dict(p._mapping) for p in photos]
            extra = s.scalars(select(CaseReporter).where(CaseReporter.case_id == row.id)
                              .order_by(CaseReporter.at)).all()
            reporters = [{"reporter": row.reporter, "source": row.source,
                          "caller_name": row.caller_name, "caller_phone": row.caller_phone,
                          "reply_wanted": bool(row.reply_wanted), "case": row.code,
                          "at": _iso(row.registered_at)}]
            reporters += [{"reporter": r.reporter, "source": r.source, "caller_name": r.caller_name,
                           "caller_phone": r.caller_phone, "reply_wanted": bool(r.reply_wanted),
                           "case": r.from_case_code, "at": _iso(r.at)} for r in extra]
            names = _people(s, {r["reporter"] for r in reporters})
            for r in reporters:
                r["reporter_name"] = names.get(r["reporter"], {}).get("name")
            doc["reporters"] = reporters
            doc["merged_from"] = list(s.scalars(select(CaseFile.code).where(
                CaseFile.merged_into == row.code).order_by(CaseFile.code)))
            doc["urges"] = [
                {"at": _iso(u.at), "actor": u.actor, "note": u.note, "department": u.department_code,
                 "reply_deadline": _iso(u.reply_deadline), "answered_at": _iso(u.answered_at),
                 "answered_by": u.answered_by, "answer": u.answer,
                 "on_time": None if u.answered_at is None else u.answered_at <= u.reply_deadline}
                for u in s.scalars(select(CaseUrge).where(CaseUrge.case_id == row.id)
                                   .order_by(CaseUrge.at))]
            doc["possible_duplicates"] = (possible_duplicates(s, row)
                                          if row.state not in TERMINAL else [])
            return doc

    def duplicates(self, ref: str) -> list[dict]:
        """Possible duplicates of a case (same kind and class, within 50 m, open)."""
        with self.db.read() as s:
            row = load_case(s, ref)
            return possible_duplicates(s, row)

    def photo(self, attachment_id: str) -> tuple[str, bytes]:
        with self.db.read() as s:
            a = s.get(Attachment, attachment_id)
            if a is None:
                raise NotFound(f"no photo {attachment_id!r}", code="photo_not_found",
                               photo=attachment_id)
            return a.filename, a.data

    def list(self, state: str | None = None, overdue: bool = False, grid: str | None = None,
             department: str | None = None, district: str | None = None, open_only: bool = False,
             limit: int | None = None, now: datetime | None = None) -> list[dict]:
        now = now or datetime.now(UTC)
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)
                                  or not 1 <= limit <= MAX_PAGE):
            raise InvalidInput(f"--limit must be a whole number from 1 to {MAX_PAGE}, got {limit!r}",
                               code="invalid_limit", value=str(limit), min=1, max=MAX_PAGE)
        state = clean_text(state, "state", 1000)  # a comma-separated list of states
        grid = clean_reference(grid, "grid")
        department = clean_reference(department, "department")
        district = clean_reference(district, "district")
        stmt = select(CaseFile)
        if state:
            states = [s.strip() for s in state.split(",")]
            bad = [s for s in states if s not in {x.value for x in State}]
            if bad:
                raise InvalidInput(f"unknown state(s) {', '.join(bad)}; states are: "
                                   f"{', '.join(x.value for x in State)}", code="invalid_value",
                                   field="state", value=", ".join(bad),
                                   allowed=[x.value for x in State])
            stmt = stmt.where(CaseFile.state.in_(states))
        if open_only or overdue:
            stmt = stmt.where(CaseFile.state.in_(OPEN))
        if overdue:
            stmt = stmt.where(CaseFile.deadline < now, CaseFile.state != State.SUSPENDED.value)
        if grid:
            stmt = stmt.where(CaseFile.grid_code.startswith(grid))
        if department:
            stmt = stmt.where(CaseFile.department_code == department)
        if district:
            stmt = stmt.where(CaseFile.district_code == district)
        stmt = stmt.order_by(CaseFile.registered_at.desc())
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as s:
            return [case_json(r, now, self.policy) for r in s.scalars(stmt)]
