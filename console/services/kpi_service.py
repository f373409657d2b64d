"""KPIs over the case history, aggregated in the database (one GROUP BY, no row transfer)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, case, false, func, literal, or_, select

from console.domain.errors import InvalidInput
from console.domain.kpi import KpiCounts, evaluate
from console.domain.workflow import State
from console.store.engine import Database
from console.store.models import CaseFile, CaseUrge, Community, Department, District, Street

C = CaseFile
#: the dates a KPI period may name: digital urban management began in the 2000s
FIRST_DATE, LAST_DATE = date(2000, 1, 1), date(2099, 12, 31)
DIMENSIONS = {
    "district": C.district_code,
    "street": C.street_code,
    "community": C.community_code,
    "grid": C.grid_code,
    "department": C.last_department_code,
    "inspector": C.inspector,
}
POST_OF = {"department": "department", "inspector": "inspector"}
NAMES = {
    "district": (District.code, District.name),
    "street": (Street.code, Street.name),
    "community": (Community.code, Community.name),
    "department": (Department.code, Department.name),
}


def _count(cond):
    return func.sum(case((cond, 1), else_=0))


def _counts_columns(now: datetime):
    closed = C.state == State.CLOSED.value
    open_ = C.state.notin_([State.CLOSED.value, State.REJECTED.value, State.CANCELLED.value])
    late_open = and_(open_, C.state != State.SUSPENDED.value, C.deadline < now)
    running = lambda stage: and_(C.stage == stage, late_open)  # noqa: E731
    handle_overdue_open = and_(open_, C.filed_at.is_not(None), C.handle_deadline < now,
                               C.handled_at.is_(None))
    return {
        "reported": func.count(),
        "valid_reported": _count(C.filed_at.is_not(None)),
        "filed": _count(C.filed_at.is_not(None)),
        "filed_on_time": _count(and_(C.filed_at.is_not(None), C.accept_late == false())),
        "accept_due": _count(or_(C.accepted_at.is_not(None), running("accept"))),
        "cancelled": _count(and_(C.state == State.CANCELLED.value, C.filed_at.is_not(None))),
        "rejected": _count(C.state == State.REJECTED.value),
        "dispatch_due": _count(or_(C.dispatched_at.is_not(None), running("dispatch"))),
        "dispatched": _count(C.dispatched_at.is_not(None)),
        "dispatched_on_time": _count(C.dispatch_late == false()),
        "returned": _count(C.return_count > 0),
        "handle_due": _count(or_(C.handled_at.is_not(None), handle_overdue_open)),
        "handled": _count(C.handled_at.is_not(None)),
        "handled_on_time": _count(and_(C.handled_at.is_not(None), C.handle_late == false())),
        "reworked": _count(C.rework_count > 0),
        "close_due": _count(or_(closed, handle_overdue_open)),
        "closed": _count(closed),
        "closed_on_time": _count(and_(closed, C.handle_late == false(),
                                      func.coalesce(C.close_type, "") != "overdue")),
        "closed_overdue": _count(and_(closed, or_(C.handle_late == literal(True),
                                                  C.close_type == "overdue"))),
        "verify_due": _count(or_(C.verify_late.is_not(None), running("verify"))),
        "verified_on_time": _count(C.verify_late == false()),
        "check_due": _count(or_(C.check_late.is_not(None), running("check"))),
        "checked_on_time": _count(C.check_late == false()),
        "callbacks": _count(C.callback_contact == "reached"),
        "satisfied": _count(C.callback_satisfaction == "satisfied"),
        "callbacks_unreached": _count(C.callback_contact == "unreached"),
    }


def _urge_columns(now: datetime):
    """督办: counted per record of case_urge (a case may be urged more than once)."""
    U = CaseUrge
    return {
        "urged": func.count(),
        "urge_reply_due": _count(or_(U.answered_at.is_not(None), U.reply_deadline < now)),
        "urge_replied_on_time": _count(and_(U.answered_at.is_not(None),
                                            U.answered_at <= U.reply_deadline)),
    }


def _bound(value, end: bool) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        d = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(f"not a date (YYYY-MM-DD): {value!r}", code="invalid_date",
                           value=str(value)) from None
    if not FIRST_DATE <= d <= LAST_DATE:  # a typo (0202, 20260) or a date no case can have
        raise InvalidInput(f"{d.isoformat()} is outside {FIRST_DATE.isoformat()} to "
                           f"{LAST_DATE.isoformat()}", code="date_out_of_range",
                           value=d.isoformat(), min=FIRST_DATE.isoformat(),
                           max=LAST_DATE.isoformat())
    # --to is inclusive: up to the end of that day
    return datetime.combine(d + timedelta(days=1) if end else d, time(), tzinfo=UTC)


class KpiService:
    def __init__(self, db: Database):
        self.db = db

    def compute(self, date_from=None, date_to=None, by: str | None = None,
                now: datetime | None = None) -> dict:
        now = now or datetime.now(UTC)
        if by is not None and by not in DIMENSIONS:
            raise InvalidInput(f"--by must be one of {', '.join(DIMENSIONS)}", code="invalid_value",
                               field="by", value=by, allowed=list(DIMENSIONS))
        start, end = _bound(date_from, False), _bound(date_to, True)
        if start and end and start >= end:
            raise InvalidInput("--from must be before --to", code="date_range_reversed",
                               date_from=start.date().isoformat(),
                               date_to=(end - timedelta(days=1)).date().isoformat())
        cols = _counts_columns(now)
        key = DIMENSIONS[by].label("key") if by else literal("all").label("key")
        stmt = select(key, *[v.label(k) for k, v in cols.items()])
        if start:
            stmt = stmt.where(C.registered_at >= start)
        if end:
            stmt = stmt.where(C.registered_at < end)
        if by:
            stmt = stmt.group_by(DIMENSIONS[by]).order_by(DIMENSIONS[by])
        # the same filters and grouping over the 督办 records, joined to their cases
        ucols = _urge_columns(now)
        ustmt = (select(key, *[v.label(k) for k, v in ucols.items()])
                 .select_from(CaseUrge).join(C, C.id == CaseUrge.case_id))
        if start:
            ustmt = ustmt.where(C.registered_at >= start)
        if end:
            ustmt = ustmt.where(C.registered_at < end)
        if by:
            ustmt = ustmt.group_by(DIMENSIONS[by])
        with self.db.read() as s:
            rows = s.execute(stmt).all()
            urges = {r._mapping["key"]: r._mapping for r in s.execute(ustmt).all()}
            names = dict(s.execute(select(*NAMES[by])).all()) if by in NAMES else {}
        post = POST_OF.get(by, "area" if by else None)
        groups = []
        for r in rows:
            m = dict(r._mapping)
            if by and m["key"] is None:
                continue
            m.update({k: v for k, v in (urges.get(m["key"]) or {}).items() if k != "key"})
            doc = {"key": m["key"], "name": names.get(m["key"])}
            doc.update(evaluate(KpiCounts.from_mapping(m), post))
            groups.append(doc)
        return {
            "from": start.date().isoformat() if start else None,
            "to": (end - timedelta(days=1)).date().isoformat() if end else None,
            "by": by,
            "as_of": now.isoformat(timespec="seconds"),
            "groups": groups,
        }
