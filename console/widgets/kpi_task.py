"""Reads the statistics dock's figures off the GUI thread (a ``QgsTask`` with progress and
cancel): the KPI table, the trend, the hot spots, and the cases of one grid cell.

Everything is asked of ``KpiService`` (and ``CaseQuery`` for a cell's cases): no figure is
computed here. Each step opens its own session inside the service, touches no widget and
returns plain data; ``finished`` delivers it on the GUI thread (``ReadTask``'s contract).
A trend the service does not offer as such is read period by period with ``compute``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from console.widgets.read_task import ReadTask

MAX_TREND_POINTS = 62  # a longer series switches to the next coarser step (day → week → month)
STEPS = ("day", "week", "month")


@dataclass
class KpiRequest:
    date_from: date
    date_to: date
    by: str | None
    within: str | None = None  # drilled into this area: its rows only (code prefix)
    trend_by: str | None = None  # the dimension whose ``trend_key`` row the trend follows
    trend_key: str | None = None
    trend_step: str = "day"
    trend_figure: str = "on_time_close_rate"
    cell: str | None = None  # drilled down to a grid cell: its cases too


@dataclass
class KpiAnswer:
    request: KpiRequest
    result: dict
    rows: list[dict]
    trend: list[tuple[date, float | None]] = field(default_factory=list)
    trend_step: str = "day"
    hot_spots: dict = field(default_factory=dict)
    cases: list[dict] = field(default_factory=list)


def periods(date_from: date, date_to: date, step: str) -> list[tuple[date, date]]:
    """Consecutive ``(first, last)`` days covering ``date_from``..``date_to``; weeks start on
    Monday, months on the 1st (the first and last period may be partial)."""
    out, day = [], date_from
    while day <= date_to:
        if step == "month":
            nxt = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
        elif step == "week":
            nxt = day + timedelta(days=7 - day.weekday())
        else:
            nxt = day + timedelta(days=1)
        out.append((day, min(nxt - timedelta(days=1), date_to)))
        day = nxt
    return out


def coarse_enough(date_from: date, date_to: date, step: str) -> str:
    """``step``, or the next coarser one while the series would be too long to read."""
    for candidate in STEPS[STEPS.index(step):]:
        if len(periods(date_from, date_to, candidate)) <= MAX_TREND_POINTS:
            return candidate
    return STEPS[-1]


def in_period(case: dict, date_from: date, date_to: date) -> bool:
    """Registered within the period, with the service's bounds (``KpiService``: UTC days,
    ``--to`` inclusive), so a cell's list holds exactly the cases its row counts."""
    text = case.get("registered_at")
    if not text:
        return False
    when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return date_from <= when.date() <= date_to


def read_figures(services, req: KpiRequest, progress: Callable[[float], None],
                 canceled: Callable[[], bool]) -> KpiAnswer | None:
    """Worker thread. None when cancelled between steps."""
    kpi = services.kpi
    try:  # 同比/环比 beside each figure, where the service compares periods
        result = kpi.compute(req.date_from.isoformat(), req.date_to.isoformat(), req.by,
                             compare=True)
    except TypeError:  # a service without comparisons
        result = kpi.compute(req.date_from.isoformat(), req.date_to.isoformat(), req.by)
    rows = [g for g in result.get("groups", [])
            if not req.within or str(g.get("key") or "").startswith(req.within)]
    answer = KpiAnswer(req, result, rows)
    progress(35)
    if canceled():
        return None
    step = coarse_enough(req.date_from, req.date_to, req.trend_step)
    answer.trend_step = step
    buckets = periods(req.date_from, req.date_to, step)
    for i, (first, last) in enumerate(buckets):
        doc = kpi.compute(first.isoformat(), last.isoformat(), req.trend_by)
        groups = doc.get("groups", [])
        row = next((g for g in groups if req.trend_key is None or g.get("key") == req.trend_key), None)
        value = None
        if row is not None:
            value = row.get(req.trend_figure) if req.trend_figure in ("score",) else \
                (row.get("rates") or {}).get(req.trend_figure,
                                             (row.get("counts") or {}).get(req.trend_figure))
        answer.trend.append((first, value))
        progress(35 + 45 * (i + 1) / max(len(buckets), 1))
        if canceled():
            return None
    hot = getattr(kpi, "hot_spots", None)
    if callable(hot):
        answer.hot_spots = hot(req.date_from.isoformat(), req.date_to.isoformat()) or {}
    progress(90)
    if req.cell and not canceled():
        cases = services.queries.list(grid=req.cell)
        answer.cases = [c for c in cases if c.get("grid_code") == req.cell
                        and in_period(c, req.date_from, req.date_to)]
    progress(100)
    return answer


class KpiTask(ReadTask):
    """``ReadTask`` whose work reports progress and stops between steps when cancelled."""

    def __init__(self, services, request: KpiRequest, done, failed):
        super().__init__("kpi", lambda: read_figures(services, request, self.setProgress,
                                                         self.isCanceled), done, failed)
        self.request = request
