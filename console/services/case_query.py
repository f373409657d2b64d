"""Reading cases: the JSON shape of DESIGN §8, lists with filters, history."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import select

from console.domain.deadlines import DeadlinePolicy, traffic_light
from console.domain.errors import InvalidInput
from console.domain.workflow import OPEN_STATES, State
from console.services.case_service import load_case
from console.services.geo import xy_to_lonlat
from console.store.engine import Database
from console.store.models import Attachment, CaseEvent, CaseFile

OPEN = [s.value for s in OPEN_STATES]


def _iso(dt: datetime | None) -> str | None:
    return dt.astimezone(UTC).isoformat(timespec="seconds") if dt else None


def is_overdue(row: CaseFile, now: datetime) -> bool:
    if row.state in (State.CLOSED, State.REJECTED, State.CANCELLED):
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
        "deadline": _iso(row.deadline),
        "handle_deadline": _iso(row.handle_deadline),
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
    }


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
            doc["history"] = [
                {"seq": e.seq, "action": e.action, "actor": e.actor, "at": _iso(e.at),
                 "from": e.from_state, "to": e.to_state, "note": e.note,
                 "payload": json.loads(e.payload or "{}")}
                for e in events
            ]
            photos = s.execute(select(Attachment.id, Attachment.kind, Attachment.filename,
                                      Attachment.sha256, Attachment.size, Attachment.event_id)
                               .where(Attachment.case_id == row.id).order_by(Attachment.at)).all()
            doc["photos"] = [dict(p._mapping) for p in photos]
            return doc

    def photo(self, attachment_id: str) -> tuple[str, bytes]:
        with self.db.read() as s:
            a = s.get(Attachment, attachment_id)
            if a is None:
                from console.domain.errors import NotFound

                raise NotFound(f"no photo {attachment_id!r}")
            return a.filename, a.data

    def list(self, state: str | None = None, overdue: bool = False, grid: str | None = None,
             department: str | None = None, district: str | None = None, open_only: bool = False,
             limit: int | None = None, now: datetime | None = None) -> list[dict]:
        now = now or datetime.now(UTC)
        stmt = select(CaseFile)
        if state:
            states = [s.strip() for s in state.split(",")]
            bad = [s for s in states if s not in {x.value for x in State}]
            if bad:
                raise InvalidInput(f"unknown state(s) {', '.join(bad)}; states are: "
                                   f"{', '.join(x.value for x in State)}")
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
        if limit:
            stmt = stmt.limit(limit)
        with self.db.read() as s:
            return [case_json(r, now, self.policy) for r in s.scalars(stmt)]
