"""The center's work calendar: data/calendar.json plus the years the center loaded itself.

The State Council announces next year's holidays each autumn; a center cannot wait for a new
release of the console. An administrator loads the notice's dates as a year file
(``console calendar load FILE``, format in data/README.md). The years are stored in the
database (table ``setting``, key ``calendar.<year>``, a one-year year file as JSON), so every
workstation and server instance counts on the same calendar: the effective calendar is
data/calendar.json with the stored years replacing or adding theirs.

Deadlines counted into a year neither covers were computed on the plain working week and
flagged (``case_file.deadline_estimated``); a load recomputes the open ones and audits each.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.domain import workflow
from console.domain.calendar import (
    CalendarYear,
    WorkCalendar,
    parse_calendar_years,
    read_calendar_years,
)
from console.domain.deadlines import DeadlinePolicy
from console.domain.errors import InvalidInput, PermissionDenied
from console.domain.workflow import Actor
from console.services import security_log
from console.services.changes import record_change
from console.store.engine import Database
from console.store.models import CaseFile, Setting

log = logging.getLogger(__name__)

SETTING_PREFIX = "calendar."
#: administrators are warned this many days before the last covered day
WARN_DAYS = 31
#: the audit action of a recomputed deadline (a case_event that changes no state)
RECOMPUTE_ACTION = "recompute_deadline"
_OPEN = [s.value for s in workflow.OPEN_STATES]


def stored_years(session: Session) -> list[CalendarYear]:
    """The years the center loaded. A row that does not read back (edited by hand) is
    skipped with a log line: the calendar falls back to estimates, it does not stop."""
    rows = session.execute(
        select(Setting.key, Setting.value).where(Setting.key.like(f"{SETTING_PREFIX}%"))
    ).all()
    out: list[CalendarYear] = []
    for key, value in rows:
        try:
            out += parse_calendar_years(value, f"setting {key}")
        except InvalidInput as exc:
            log.warning("ignoring the stored calendar year %s: %s", key, exc.message)
    return out


def refresh_calendar(session: Session, policy: DeadlinePolicy) -> bool:
    """Merge the stored years into ``policy.calendar`` (shared by every service of the
    process). Returns whether the calendar changed."""
    old = policy.calendar
    new = old.with_years(stored_years(session))
    if (new.years, new.holidays, new.makeup_days) == (old.years, old.holidays, old.makeup_days):
        return False
    policy.calendar = new
    return True


def calendar_status(db: Database, now: datetime | None = None,
                    policy: DeadlinePolicy | None = None) -> dict:
    """How long the calendar lasts from ``now``: ``last_covered_day`` (ISO date),
    ``days_left`` (negative once it has run out), ``warn`` (fewer than WARN_DAYS left) and
    ``estimated_open_cases`` (open cases whose deadline is an estimate)."""
    from console.domain.deadlines import load_policy

    now = now or datetime.now(UTC)
    policy = policy or load_policy()
    with db.read() as s:
        refresh_calendar(s, policy)
        estimated = s.scalar(select(func.count()).select_from(CaseFile).where(
            CaseFile.deadline_estimated.is_(True), CaseFile.state.in_(_OPEN)))
    calendar = policy.calendar
    today = now.astimezone(calendar.zone).date()
    last = calendar.covered_until(today)
    days_left = (last - today).days
    return {"last_covered_day": last.isoformat(), "days_left": days_left,
            "warn": days_left < WARN_DAYS, "estimated_open_cases": int(estimated or 0),
            "years": sorted(calendar.years)}


class CalendarService:
    """Status and loading of the center's calendar, on the process's shared policy."""

    def __init__(self, db: Database, policy: DeadlinePolicy):
        self.db = db
        self.policy = policy

    def refresh(self) -> bool:
        with self.db.read() as s:
            return refresh_calendar(s, self.policy)

    def status(self, now: datetime | None = None) -> dict:
        return calendar_status(self.db, now, self.policy)

    def load(self, actor: Actor, path: str | Path, now: datetime | None = None) -> dict:
        """Store the years of a year file, then recompute every open estimated deadline.

        Admin only (``calendar_admin_only``); a malformed file is ``invalid_calendar_file``.
        One transaction: a refusal or failure writes nothing (the refusal goes to the
        security log). Returns ``{"years", "recomputed", "cases"}``.
        """
        now = now or datetime.now(UTC)
        try:
            if "admin" not in actor.roles:
                raise PermissionDenied(
                    f"{actor.name} is not an administrator: only an admin loads the calendar",
                    code="calendar_admin_only", user=actor.name)
            years = read_calendar_years(path, self.policy.calendar)
        except (PermissionDenied, InvalidInput) as exc:
            security_log.record(self.db, actor.name, "refused", action="calendar_load",
                                message=f"{exc.kind}: {exc.message}")
            raise
        return self._load(actor, years, now)

    def _load(self, actor: Actor, years: list[CalendarYear], now: datetime) -> dict:
        old_calendar = self.policy.calendar
        with self.db.unit_of_work() as s:
            for year in years:
                key = f"{SETTING_PREFIX}{year.year}"
                value = json.dumps(year.to_json(), ensure_ascii=False)
                row = s.get(Setting, key)
                if row is None:
                    s.add(Setting(key=key, value=value))
                else:
                    row.value = value
                record_change(s, "setting", key, "update" if row else "insert", actor.name, now)
            s.flush()
            # other instances may have loaded years meanwhile: count on all of them
            new_policy = DeadlinePolicy(self.policy.rules,
                                        old_calendar.with_years(stored_years(s)))
            # the estimates were counted without the loaded years' days: measure them so
            estimated_on = old_calendar.without_years(y.year for y in years)
            recomputed = self._recompute(s, actor, estimated_on, new_policy, years, now)
        self.policy.calendar = new_policy.calendar  # after the commit only
        security_log.record(self.db, actor.name, "calendar_load",
                            message=f"years {', '.join(str(y.year) for y in years)}; "
                                    f"{len(recomputed)} deadline(s) recomputed")
        return {"years": [y.year for y in years], "recomputed": len(recomputed),
                "cases": recomputed}

    @staticmethod
    def _recompute(s: Session, actor: Actor, old_calendar: WorkCalendar, policy: DeadlinePolicy,
                   years: list[CalendarYear], now: datetime) -> list[str]:
        """Each open estimated case: the same working time from its stage start, counted on
        the new calendar. The count is taken from the stored deadline (not the rule), so a
        resumed pause's extension is kept; a paused case is extended when it resumes, as
        before. Each recomputation is one ``recompute_deadline`` event (a new version)."""
        from console.services.case_service import CaseService, load_case

        ids = s.scalars(select(CaseFile.id).where(
            CaseFile.deadline_estimated.is_(True), CaseFile.state.in_(_OPEN))
            .order_by(CaseFile.code)).all()
        done: list[str] = []
        for case_id in ids:
            row = load_case(s, case_id, for_update=True)
            read_version = row.version
            old_deadline, old_warn = row.deadline, row.warn_at
            if row.deadline is not None and row.stage_started_at is not None and row.stage:
                rule = policy.rule_for(row.stage, row.kind, row.class_code, row.urgent)
                start = row.stage_started_at
                if rule.working and row.deadline > start:
                    minutes = old_calendar.working_minutes_between(start, row.deadline)
                    row.deadline = policy.calendar.add_working_minutes(start, minutes)
                    if row.handle_deadline == old_deadline:
                        row.handle_deadline = row.deadline
                row.deadline_estimated = policy.is_estimated(rule.working, start, row.deadline)
                row.warn_at = (policy.warn_at(rule.working, start, row.deadline)
                               if row.deadline is not None else None)
            else:
                row.deadline_estimated = False
            row.updated_at = now
            s.flush()  # the UPDATE (version + 1) before its event
            CaseService._audit(
                s, row, RECOMPUTE_ACTION, actor, row.state, row.state, now, None,
                {"years": [y.year for y in years], "stage": row.stage,
                 "old_deadline": _iso(old_deadline), "deadline": _iso(row.deadline),
                 "old_warn_at": _iso(old_warn), "warn_at": _iso(row.warn_at),
                 "estimated": bool(row.deadline_estimated)},
                seq=read_version + 1)
            record_change(s, "case_file", row.id, "update", actor.name, now)
            done.append(row.code)
        return done


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else None
