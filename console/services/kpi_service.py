"""KPIs over the case history, aggregated in the database (one GROUP BY, no row transfer)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, case, false, func, literal, not_, or_, select

from console.domain.errors import InvalidInput
from console.domain.kpi import SOURCE_NAMES, KpiCounts, delta, evaluate, load_grades, load_weights
from console.domain.workflow import State
from console.store.engine import Database
from console.store.models import (
    AppUser,
    CaseEvent,
    CaseFile,
    CaseUrge,
    Community,
    ComponentClass,
    Department,
    District,
    EventClass,
    Street,
)

C = CaseFile
E = CaseEvent
#: the dates a KPI period may name: digital urban management began in the 2000s
FIRST_DATE, LAST_DATE = date(2000, 1, 1), date(2099, 12, 31)
DIMENSIONS = {
    "district": C.district_code,
    "street": C.street_code,
    "community": C.community_code,
    "grid": C.grid_code,
    "department": C.last_department_code,
    # component and event class codes are separate namespaces: the key names both
    "class": C.kind + literal(":") + C.class_code,
    "source": C.source,
    # the posts: evaluated by the actions the audit says each person took (_posts)
    "inspector": None,
    "acceptor": None,
    "shift_leader": None,
    "dispatcher": None,
}
POSTS = ("inspector", "acceptor", "shift_leader", "dispatcher")
POST_OF = {"department": "department", **{p: p for p in POSTS}}
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
        # 漏报: filed problems the cell's inspector did not report themself
        "missed": _count(and_(C.filed_at.is_not(None), C.inspector.is_not(None),
                              not_(and_(C.source == "inspector", C.reporter == C.inspector)))),
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


def _year_before(d: date) -> date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


#: the actions each post is judged by, and when the audit row is the post's work
_ACCEPT = ("file", "reject")
_POST_ACTIONS = {
    "acceptor": _ACCEPT + ("close",),
    "shift_leader": _ACCEPT + ("close",),
    "dispatcher": ("dispatch", "approve_return", "recall"),
    "inspector": ("submit_verification", "submit_check"),
}


def _acting_as(post: str, ev):
    """The acceptor files and rejects new reports and closes inspected cases; the shift leader
    decides what was escalated to them (adjudication, arbitration)."""
    if post == "acceptor":
        return or_(and_(ev.c.action.in_(_ACCEPT), ev.c.from_state == State.REPORTED.value),
                   and_(ev.c.action == "close", ev.c.from_state == State.CHECKING.value))
    if post == "shift_leader":
        return or_(and_(ev.c.action.in_(_ACCEPT), ev.c.from_state == State.ADJUDICATING.value),
                   and_(ev.c.action == "close", ev.c.from_state == State.ARBITRATING.value))
    return ev.c.action.in_(_POST_ACTIONS[post])


def _post_columns(post: str, ev):
    a = ev.c.action
    if post in ("acceptor", "shift_leader"):
        return {
            "accept_due": _count(a.in_(_ACCEPT)),
            "filed": _count(a == "file"),
            "rejected": _count(a == "reject"),
            "filed_on_time": _count(and_(a == "file", C.accept_late == false())),
            "cancelled": _count(and_(a == "file", C.state == State.CANCELLED.value)),
            "closed": _count(a == "close"),
        }
    last = ev.c.rn == 1  # the case's last such action: the one whose timing the case records
    if post == "dispatcher":
        dispatch = a == "dispatch"
        return {
            "dispatched": _count(dispatch),
            "returned": _count(and_(dispatch, ev.c.next_action.in_(("approve_return", "recall")))),
            "dispatch_due": _count(and_(dispatch, last)),
            "dispatched_on_time": _count(and_(dispatch, last, C.dispatch_late == false())),
        }
    verify, check = a == "submit_verification", a == "submit_check"
    return {
        "verify_due": _count(and_(verify, last)),
        "verified_on_time": _count(and_(verify, last, C.verify_late == false())),
        "check_due": _count(and_(check, last)),
        "checked_on_time": _count(and_(check, last, C.check_late == false())),
    }


class KpiService:
    def __init__(self, db: Database):
        self.db = db

    def compute(self, date_from=None, date_to=None, by: str | None = None,
                now: datetime | None = None, compare: bool = False) -> dict:
        """The KPIs of a period, whole or by ``by``; with ``compare``, 环比 (the same length just
        before) and 同比 (the same dates a year before) per row and per figure."""
        now = now or datetime.now(UTC)
        if by is not None and by not in DIMENSIONS:
            raise InvalidInput(f"--by must be one of {', '.join(DIMENSIONS)}", code="invalid_value",
                               field="by", value=by, allowed=list(DIMENSIONS))
        start, end = _period(date_from, date_to)
        if compare and (start is None or end is None):
            raise InvalidInput("--compare needs a period: both --from and --to",
                               code="compare_needs_period")
        weights, grades = load_weights(), load_grades()
        groups = self._groups(start, end, by, now, weights, grades)
        doc = {
            "from": start.date().isoformat() if start else None,
            "to": (end - timedelta(days=1)).date().isoformat() if end else None,
            "by": by,
            "as_of": now.isoformat(timespec="seconds"),
            "groups": groups,
        }
        if compare:
            first, last = start.date(), (end - timedelta(days=1)).date()
            days = (last - first).days + 1
            periods = {"previous": (first - timedelta(days=days), first - timedelta(days=1)),
                       "year_before": (_year_before(first), _year_before(last))}
            for name, (a, b) in periods.items():
                doc[name] = {"from": a.isoformat(), "to": b.isoformat()}
                s, e = _period(a, b) if a >= FIRST_DATE else (None, None)
                then = {g["key"]: g for g in self._groups(s, e, by, now, weights, grades)} \
                    if s is not None else {}
                for g in groups:
                    old = then.get(g["key"])
                    g[name] = ({k: old.get(k) for k in ("counts", "rates", "score", "grade")}
                               if old else None)
                    g.setdefault("delta", {})[name] = delta(g, old) if old else None
        return doc

    def _groups(self, start, end, by, now, weights, grades) -> list[dict]:
        if by in POSTS:
            merged, names = self._posts(by, start, end)
        else:
            merged, names = self._areas(by, start, end, now)
        post = POST_OF.get(by, "area" if by else None)
        groups = []
        for key, m in merged:
            doc = {"key": key, "name": names.get(key)}
            if by == "class":
                doc["kind"], _, doc["class_code"] = key.partition(":")
            doc.update(evaluate(KpiCounts.from_mapping(m), post, weights, grades))
            groups.append(doc)
        return groups

    def _areas(self, by, start, end, now):
        """Areas, departments, classes, sources: one GROUP BY over the cases registered in
        the period, and one over their 督办 records."""
        column = DIMENSIONS[by] if by else None
        cols = _counts_columns(now)
        key = column.label("key") if by else literal("all").label("key")
        stmt = select(key, *[v.label(k) for k, v in cols.items()])
        if start:
            stmt = stmt.where(C.registered_at >= start)
        if end:
            stmt = stmt.where(C.registered_at < end)
        if by:
            stmt = stmt.group_by(column).order_by(column)
        # the same filters and grouping over the 督办 records, joined to their cases
        ucols = _urge_columns(now)
        ustmt = (select(key, *[v.label(k) for k, v in ucols.items()])
                 .select_from(CaseUrge).join(C, C.id == CaseUrge.case_id))
        if start:
            ustmt = ustmt.where(C.registered_at >= start)
        if end:
            ustmt = ustmt.where(C.registered_at < end)
        if by:
            ustmt = ustmt.group_by(column)
        with self.db.read() as s:
            rows = s.execute(stmt).all()
            urges = {r._mapping["key"]: r._mapping for r in s.execute(ustmt).all()}
            names = self._names(s, by)
        merged = []
        for r in rows:
            m = dict(r._mapping)
            if by and m["key"] is None:
                continue
            m.update({k: v for k, v in (urges.get(m["key"]) or {}).items() if k != "key"})
            merged.append((m["key"], m))
        return merged, names

    @staticmethod
    def _names(s, by) -> dict:
        if by in NAMES:
            return dict(s.execute(select(*NAMES[by])).all())
        if by == "class":
            out = {}
            for kind, model in (("component", ComponentClass), ("event", EventClass)):
                out.update({f"{kind}:{code}": name
                            for code, name in s.execute(select(model.code, model.name))})
            return out
        if by == "source":
            return dict(SOURCE_NAMES)
        return {}

    def _posts(self, post: str, start, end):
        """Each person by the actions the audit (case_event) says they took in the period,
        aggregated per actor in the database; an inspector also by their own reports and the
        漏报 in their cells (cases registered in the period)."""
        actions = _POST_ACTIONS[post]
        windows = []  # only where a figure needs them: they cost more than the grouping
        if post in ("dispatcher", "inspector"):
            windows.append(func.row_number().over(partition_by=(E.case_id, E.action),
                                                  order_by=E.seq.desc()).label("rn"))
        if post == "dispatcher":
            windows.append(func.lead(E.action).over(partition_by=E.case_id, order_by=E.seq)
                           .label("next_action"))
        inner = select(E.case_id, E.actor, E.action, E.from_state, E.at, *windows) \
            .where(E.action.in_(actions))
        if start or end:  # only the cases with such an action in the period are windowed
            touched = select(E.case_id).where(E.action.in_(actions))
            if start:
                touched = touched.where(E.at >= start)
            if end:
                touched = touched.where(E.at < end)
            inner = inner.where(E.case_id.in_(touched))
        ev = inner.subquery("ev")
        cols = _post_columns(post, ev)
        stmt = (select(ev.c.actor.label("key"), *[v.label(k) for k, v in cols.items()])
                .select_from(ev).join(C, C.id == ev.c.case_id)
                .where(_acting_as(post, ev)).group_by(ev.c.actor))
        if start:
            stmt = stmt.where(ev.c.at >= start)
        if end:
            stmt = stmt.where(ev.c.at < end)
        extra = []
        if post == "inspector":
            filed = C.filed_at.is_not(None)
            mine = select(C.reporter.label("key"), func.count().label("reported"),
                          _count(filed).label("valid_reported")).where(C.source == "inspector").group_by(C.reporter)
            cells = select(C.inspector.label("key"), _count(filed).label("filed"),
                           _count(and_(filed, not_(and_(C.source == "inspector",
                                                        C.reporter == C.inspector))))
                           .label("missed")).where(C.inspector.is_not(None)).group_by(C.inspector)
            for q in (mine, cells):
                if start:
                    q = q.where(C.registered_at >= start)
                if end:
                    q = q.where(C.registered_at < end)
                extra.append(q)
        merged: dict[str, dict] = {}
        with self.db.read() as s:
            for q in (stmt, *extra):
                for r in s.execute(q).all():
                    m = dict(r._mapping)
                    merged.setdefault(m.pop("key"), {}).update(m)
            names = dict(s.execute(select(AppUser.name, AppUser.full_name)
                                   .where(AppUser.name.in_(list(merged)))).all()) if merged else {}
        names = {k: v or k for k, v in names.items()}
        return sorted(merged.items()), names

    def trend(self, date_from=None, date_to=None, step: str = "day",
              now: datetime | None = None) -> dict:
        from console.services.kpi_trends import trend

        return trend(self.db, date_from, date_to, step, now or datetime.now(UTC))

    def hot_spots(self, date_from=None, date_to=None, limit: int = 10,
                  now: datetime | None = None) -> dict:
        from console.services.kpi_trends import hot_spots

        return hot_spots(self.db, date_from, date_to, limit, now or datetime.now(UTC))


def _period(date_from, date_to) -> tuple[datetime | None, datetime | None]:
    start, end = _bound(date_from, False), _bound(date_to, True)
    if start and end and start >= end:
        raise InvalidInput("--from must be before --to", code="date_range_reversed",
                           date_from=start.date().isoformat(),
                           date_to=(end - timedelta(days=1)).date().isoformat())
    return start, end
