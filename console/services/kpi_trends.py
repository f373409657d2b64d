"""Trends (counts by day, week, month) and hot spots (the problems that keep coming back).

Both are GROUP BY queries: days are grouped in the database, weeks and months are sums of
days (a few hundred numbers at most), so every step counts the same events.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, false, func, or_, select

from console.domain.errors import InvalidInput
from console.store.engine import Database
from console.store.models import CaseFile, ComponentClass, EventClass

C = CaseFile
STEPS = ("day", "week", "month")
FIGURES = ("reported", "filed", "closed", "closed_on_time", "overdue")
TREND_DAYS = 30  # the default period: the last 30 days, as the video wall shows
MAX_LIMIT = 100


def _bounds(date_from, date_to, now: datetime) -> tuple[datetime, datetime]:
    from console.services.kpi_service import _period

    if date_to in (None, "") and date_from in (None, ""):
        last = now.astimezone(UTC).date()
        date_from, date_to = last - timedelta(days=TREND_DAYS - 1), last
    elif date_to in (None, ""):
        date_to = now.astimezone(UTC).date()
    start, end = _period(date_from, date_to)
    if start is None:  # only --to: the 30 days before it
        start = end - timedelta(days=TREND_DAYS)
    return start, end


def bucket_of(day: date, step: str) -> date:
    """The first day of the step that holds ``day`` (weeks start on Monday)."""
    if step == "week":
        return day - timedelta(days=day.weekday())
    if step == "month":
        return day.replace(day=1)
    return day


def _next(first: date, step: str) -> date:
    if step == "week":
        return first + timedelta(days=7)
    if step == "month":
        return (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first + timedelta(days=1)


def _as_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def trend(db: Database, date_from, date_to, step: str, now: datetime) -> dict:
    if step not in STEPS:
        raise InvalidInput(f"--step must be one of {', '.join(STEPS)}", code="invalid_value",
                           field="step", value=str(step), allowed=list(STEPS))
    start, end = _bounds(date_from, date_to, now)
    first_day, last_day = start.date(), (end - timedelta(days=1)).date()
    closed = C.state == "closed"
    on_time = and_(closed, C.handle_late == false(), func.coalesce(C.close_type, "") != "overdue")
    # a handling deadline that passed (before now) without the case handled by then
    overdue = and_(C.handle_deadline < now,
                   or_(C.handled_at.is_(None), C.handled_at > C.handle_deadline))
    queries = {
        "reported": (C.registered_at, None),
        "filed": (C.filed_at, None),
        "closed": (C.closed_at, closed),
        "closed_on_time": (C.closed_at, on_time),
        "overdue": (C.handle_deadline, overdue),
    }
    per_day: dict[str, dict[date, int]] = {}
    with db.read() as s:
        for name, (column, cond) in queries.items():
            day = func.date(column)  # SQLite: text; PostgreSQL: a date
            stmt = select(day, func.count()).where(column >= start, column < end)
            if cond is not None:
                stmt = stmt.where(cond)
            per_day[name] = {_as_date(d): int(n) for d, n in s.execute(stmt.group_by(day)).all()
                             if d is not None}
    series, first = [], bucket_of(first_day, step)
    while first <= last_day:
        after = _next(first, step)
        lo, hi = max(first, first_day), min(after - timedelta(days=1), last_day)
        row = {"period": first.isoformat(), "from": lo.isoformat(), "to": hi.isoformat()}
        for name in FIGURES:
            row[name] = sum(n for d, n in per_day[name].items() if lo <= d <= hi)
        series.append(row)
        first = after
    return {"from": first_day.isoformat(), "to": last_day.isoformat(), "step": step,
            "as_of": now.isoformat(timespec="seconds"), "series": series}


def hot_spots(db: Database, date_from, date_to, limit: int, now: datetime) -> dict:
    """The top recurring problems: the same class in the same cell, and on the same
    component, among the cases registered in the period (at least two, most first). Only
    lists at the top level: ``{"cells": [...], "components": [...]}``."""
    try:
        limit = int(limit)
    except (TypeError, ValueError):
        limit = -1
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"--limit must be 1 to {MAX_LIMIT}", code="invalid_value",
                           field="limit", value=str(limit), allowed=[1, MAX_LIMIT])
    start, end = _bounds(date_from, date_to, now) if (date_from or date_to) else (None, None)
    n = func.count().label("count")
    last = func.max(C.registered_at).label("last_at")
    by_cell = select(C.kind, C.class_code, C.grid_code, n, last).where(C.merged_into.is_(None)) \
        .group_by(C.kind, C.class_code, C.grid_code)
    by_comp = select(C.kind, C.class_code, C.component_code, func.min(C.grid_code), n, last) \
        .where(C.component_code.is_not(None), C.merged_into.is_(None)) \
        .group_by(C.kind, C.class_code, C.component_code)
    out = {}
    with db.read() as s:
        names = {}
        for kind, model in (("component", ComponentClass), ("event", EventClass)):
            names.update({(kind, code): name for code, name in s.execute(select(model.code, model.name))})
        for label, stmt in (("cells", by_cell), ("components", by_comp)):
            if start is not None:
                stmt = stmt.where(C.registered_at >= start, C.registered_at < end)
            stmt = stmt.having(func.count() >= 2).order_by(n.desc(), last.desc()).limit(limit)
            items = []
            for row in s.execute(stmt).all():
                if label == "cells":
                    kind, code, cell, count, at = row
                    item = {"grid_code": cell}
                else:
                    kind, code, comp, cell, count, at = row
                    item = {"component_code": comp, "grid_code": cell}
                items.append({"kind": kind, "class_code": code, "class_name": names.get((kind, code)),
                              **item, "count": int(count),
                              "last_at": at.astimezone(UTC).isoformat(timespec="seconds")
                              if isinstance(at, datetime) else str(at)})
            out[label] = items
    return out
