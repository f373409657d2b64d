"""What the video wall (大屏) shows beside the map: plain reads, no Qt.

Every function opens its own read session, so the wall calls them from a worker thread
(a ``QgsTask``). "Today" is the center's day (the work calendar's time zone), not UTC's:
the room's day starts at local midnight. The rates come from the KPI service, so the wall
and ``console kpi`` never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, select

from console.domain.calendar import DEFAULT_TIMEZONE
from console.domain.workflow import State
from console.services.kpi_service import KpiService
from console.store.engine import Database
from console.store.models import Attachment, CaseFile, District

C = CaseFile
TREND_DAYS = 30
RANKING_DAYS = 30
NEWEST = 8
HOT_SPOTS = 5
#: states in which a case's clock is no longer running
_DONE = (State.CLOSED.value, State.REJECTED.value, State.CANCELLED.value)


@dataclass
class WallSnapshot:
    """One full read of the wall's panels (all taken at ``as_of``)."""

    as_of: datetime
    day: date
    counts: dict[str, int]
    on_time_close_rate: float | None  # 按期结案率 of the month so far
    ranking: list[dict] = field(default_factory=list)
    newest: list[dict] = field(default_factory=list)
    trend: list[dict] = field(default_factory=list)
    hot_spots: list[dict] = field(default_factory=list)


def day_bounds(now: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC start and end of the local day that holds ``now``."""
    local = now.astimezone(zone).date()
    start = datetime.combine(local, time(), tzinfo=zone).astimezone(UTC)
    return start, start + timedelta(days=1)


def _in(column, start: datetime, end: datetime):
    return func.sum(case((and_(column >= start, column < end), 1), else_=0))


def today_counts(db: Database, now: datetime, zone: ZoneInfo) -> dict[str, int]:
    """Reported, filed, dispatched and closed within today; overdue: open now and past its
    deadline (a suspended case's clock stands still, as in the lists and the KPIs)."""
    start, end = day_bounds(now, zone)
    overdue = func.sum(case((and_(C.state.notin_(_DONE), C.state != State.SUSPENDED.value,
                                  C.deadline.is_not(None), C.deadline < now), 1), else_=0))
    stmt = select(_in(C.registered_at, start, end), _in(C.filed_at, start, end),
                  _in(C.dispatched_at, start, end), _in(C.closed_at, start, end), overdue)
    with db.read() as s:
        row = s.execute(stmt).one()
    keys = ("reported", "filed", "dispatched", "closed", "overdue")
    return {k: int(v or 0) for k, v in zip(keys, row, strict=True)}


def month_on_time_close_rate(db: Database, now: datetime, zone: ZoneInfo) -> float | None:
    """按期结案率 of the cases registered this month (local), as ``console kpi`` computes it."""
    local = now.astimezone(zone)
    first = datetime.combine(local.date().replace(day=1), time(), tzinfo=zone).astimezone(UTC)
    doc = KpiService(db).compute(first, now, now=now)
    groups = doc["groups"]
    return groups[0]["rates"]["on_time_close_rate"] if groups else None


def department_ranking(db: Database, now: datetime, days: int = RANKING_DAYS) -> list[dict]:
    """Departments by 按期结案率 over the last ``days`` (best first; those with nothing due
    last), from the KPI service."""
    doc = KpiService(db).compute(now - timedelta(days=days), now, by="department", now=now)
    out = []
    for g in doc["groups"]:
        counts = g["counts"]
        out.append({"code": g["key"], "name": g.get("name") or g["key"],
                    "rate": g["rates"]["on_time_close_rate"], "score": g.get("score"),
                    "closed": counts["closed"], "due": counts["close_due"]})
    out.sort(key=lambda d: (d["rate"] is None, -(d["rate"] or 0.0), -d["due"], d["code"]))
    return out


def newest_cases(db: Database, limit: int = NEWEST) -> list[dict]:
    """The newest cases, each with the id of its first photo (None without one)."""
    first_photo = (select(Attachment.id).where(Attachment.case_id == C.id)
                   .order_by(Attachment.at, Attachment.id).limit(1).scalar_subquery())
    stmt = (select(C.id, C.code, C.class_code, C.kind, C.description, C.address, C.urgent,
                   C.state, C.registered_at, C.district_code, first_photo.label("photo_id"))
            .order_by(C.registered_at.desc(), C.code.desc()).limit(limit))
    with db.read() as s:
        rows = s.execute(stmt).all()
    return [{"id": r.id, "code": r.code, "class_code": r.class_code, "kind": r.kind,
             "description": r.description, "address": r.address, "urgent": bool(r.urgent),
             "state": r.state, "registered_at": r.registered_at, "district_code": r.district_code,
             "photo_id": r.photo_id} for r in rows]


def photo_bytes(db: Database, attachment_id: str) -> bytes | None:
    with db.read() as s:
        return s.scalar(select(Attachment.data).where(Attachment.id == attachment_id))


def daily_trend(db: Database, now: datetime, zone: ZoneInfo, days: int = TREND_DAYS) -> list[dict]:
    """Reported and closed per local day over the last ``days`` (today included), every day
    present (a quiet day is a zero, not a gap)."""
    today_start, _ = day_bounds(now, zone)
    start = today_start - timedelta(days=days - 1)
    with db.read() as s:
        reported = s.execute(select(C.registered_at).where(C.registered_at >= start)).scalars().all()
        closed = s.execute(select(C.closed_at).where(C.closed_at >= start)).scalars().all()
    first = start.astimezone(zone).date()
    series = {first + timedelta(days=i): {"reported": 0, "closed": 0} for i in range(days)}
    # per case one timestamp: grouping in Python keeps the local day exact on both back-ends
    for key, stamps in (("reported", reported), ("closed", closed)):
        for t in stamps:
            d = t.astimezone(zone).date()
            if d in series:
                series[d][key] += 1
    return [{"day": d, **v} for d, v in sorted(series.items())]


def hot_spots(db: Database, now: datetime, limit: int = HOT_SPOTS, days: int = 7) -> list[dict]:
    """Grid cells with the most open cases reported in the last ``days``: where the tour
    stops after the districts (x, y: the mean of their pins)."""
    stmt = (select(C.grid_code, func.count().label("n"), func.avg(C.x), func.avg(C.y))
            .where(C.registered_at >= now - timedelta(days=days), C.state.notin_(_DONE))
            .group_by(C.grid_code).order_by(func.count().desc(), C.grid_code).limit(limit))
    with db.read() as s:
        rows = s.execute(stmt).all()
    return [{"grid_code": g, "count": int(n), "x": float(x), "y": float(y)} for g, n, x, y in rows]


def district_names(db: Database) -> dict[str, str]:
    with db.read() as s:
        return dict(s.execute(select(District.code, District.name)).all())


def snapshot(db: Database, now: datetime | None = None, zone: ZoneInfo | None = None) -> WallSnapshot:
    """Everything the wall's panels show, read at one ``now``."""
    now = now or datetime.now(UTC)
    zone = zone or ZoneInfo(DEFAULT_TIMEZONE)
    return WallSnapshot(
        as_of=now, day=now.astimezone(zone).date(), counts=today_counts(db, now, zone),
        on_time_close_rate=month_on_time_close_rate(db, now, zone),
        ranking=department_ranking(db, now), newest=newest_cases(db),
        trend=daily_trend(db, now, zone), hot_spots=hot_spots(db, now))
