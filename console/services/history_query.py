"""The closed history by date range, page by page (no Qt here).

``closed_between`` answers the desktop's "search closed cases": cases that ended (closed,
rejected, cancelled, merged) between two dates, in the user's scope, optionally matching a
text (code, address or description), newest first. It is paged (``offset``/``limit``, at
most ``MAX_PAGE`` rows) and opens its own read session, so it may run on a worker thread.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select

from console.domain.deadlines import DeadlinePolicy
from console.domain.errors import InvalidInput
from console.domain.workflow import TERMINAL_STATES, Actor
from console.services.case_query import case_json
from console.store.engine import Database
from console.store.models import CaseFile

MAX_PAGE = 500
ENDED = sorted(s.value for s in TERMINAL_STATES)


def _day_start(day: date, zone) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def closed_between(db: Database, policy: DeadlinePolicy, actor: Actor, date_from: date,
                   date_to: date, text: str = "", offset: int = 0, limit: int = 200,
                   zone: ZoneInfo | None = None, now: datetime | None = None) -> dict:
    """``{"cases": [...], "total": n, "offset": offset}`` of cases that ended on the local
    days ``date_from``..``date_to`` (both included)."""
    if date_to < date_from:
        raise InvalidInput("the end date is before the start date", code="date_range_reversed")
    limit = max(1, min(int(limit), MAX_PAGE))
    zone = zone or policy.calendar.zone
    start, end = _day_start(date_from, zone), _day_start(date_to + timedelta(days=1), zone)
    ended_at = func.coalesce(CaseFile.closed_at, CaseFile.updated_at)
    where = [CaseFile.state.in_(ENDED), ended_at >= start, ended_at < end]
    if actor.district_code:
        where.append(CaseFile.district_code == actor.district_code)
    if "department" in actor.roles and actor.department_code:
        where.append(or_(CaseFile.department_code == actor.department_code,
                         CaseFile.last_department_code == actor.department_code))
    text = (text or "").strip()
    if text:
        like = f"%{text}%"
        where.append(or_(CaseFile.code.like(like), CaseFile.address.like(like),
                         CaseFile.description.like(like)))
    now = now or datetime.now(UTC)
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(CaseFile).where(*where))
        rows = s.scalars(select(CaseFile).where(*where).order_by(ended_at.desc(), CaseFile.code.desc())
                         .offset(max(0, int(offset))).limit(limit)).all()
        cases = [case_json(r, now, policy) for r in rows]
    return {"cases": cases, "total": int(total or 0), "offset": int(offset)}
