"""Time limits per stage, class and urgency, and the deadline arithmetic shown as traffic lights.

National limits (CJ/T 315-2009) could not be read and cities publish their own, so the limits
are data: data/deadlines.csv, one rule a row, counted in wall-clock or working time on the
center's work calendar (data/calendar.json).

Working-time rules are written with a nominal 8-hour day (480 minutes = 1 working day, as
cities state them). Each full 480 minutes counts as one working day of the calendar, the rest
as working minutes, so "3 working days" ends at the same time of day three working days later
even though the default calendar's day has 450 working minutes.

A working-time count that reaches into a year the calendar has no holidays for still gives a
deadline (on the plain working week) but says so: ``deadline_estimate`` returns it with
``estimated=True``, which the case keeps (``case_file.deadline_estimated``) until the year is
loaded and the deadline recomputed.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from console.domain.calendar import WorkCalendar, load_calendar, require_aware
from console.domain.catalog import KINDS
from console.domain.errors import CatalogError, InvalidInput
from console.domain.workflow import STAGES

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
ANY = "*"
NOMINAL_DAY_MINUTES = 480
GREEN_UNTIL = 0.8  # elapsed ≤ 80 % of the limit
YELLOW_UNTIL = 1.0  # 80-100 %; beyond is red
COLUMNS = ("stage", "kind", "class", "urgent", "minutes", "working")  # plus an optional note
_CLASS = re.compile(r"^\d{4}$")
_MAJOR = re.compile(r"^\d{2}$")
_FLAGS = {"true": True, "false": False}
_OVERDUE = math.nextafter(1.0, math.inf)


def _bad_rule(message: str, **params) -> InvalidInput:
    """A malformed deadline rule: code ``invalid_deadline_rule``, the English problem in ``problem``."""
    return InvalidInput(message, code="invalid_deadline_rule", problem=message, **params)


@dataclass(frozen=True)
class DeadlineRule:
    """One row of deadlines.csv. ``class_pattern``: '*', a 2-digit major or a 4-digit class."""

    stage: str
    kind: str
    class_pattern: str
    urgent: bool | None
    minutes: int
    working: bool
    note: str = field(default="", compare=False)

    def __post_init__(self):
        if self.stage not in STAGES:
            raise _bad_rule(f"unknown stage {self.stage!r}; stages are: {', '.join(STAGES)}")
        if self.kind != ANY and self.kind not in KINDS:
            raise _bad_rule(f"unknown kind {self.kind!r}; use *, {', '.join(KINDS)}")
        pattern = self.class_pattern
        if pattern != ANY and not (_CLASS.match(pattern) or _MAJOR.match(pattern)):
            raise _bad_rule(
                f"class {pattern!r} must be *, a 2-digit major class or a 4-digit class code"
            )
        if pattern != ANY and self.kind == ANY:
            # Component and event codes are separate namespaces: 0102 alone means nothing.
            raise _bad_rule(f"class {pattern} needs a kind (component or event), not *")
        if self.urgent not in (None, True, False):
            raise _bad_rule(f"urgent must be None, True or False, not {self.urgent!r}")
        if isinstance(self.minutes, bool) or not isinstance(self.minutes, int) or self.minutes <= 0:
            raise _bad_rule(f"minutes must be a positive whole number, not {self.minutes!r}")
        if not isinstance(self.working, bool):
            raise _bad_rule(f"working must be True or False, not {self.working!r}")

    @property
    def key(self) -> tuple:
        return (self.stage, self.kind, self.class_pattern, self.urgent)

    @property
    def specificity(self) -> tuple[int, int]:
        """(class level, urgency): class code 3 > major 2 > kind only 1 > '*' 0; then urgent-specific."""
        if self.class_pattern != ANY:
            level = 3 if len(self.class_pattern) == 4 else 2
        else:
            level = 1 if self.kind != ANY else 0
        return (level, 0 if self.urgent is None else 1)

    def matches(self, kind: str | None, class_code: str | None, urgent: bool) -> bool:
        if self.urgent is not None and self.urgent != urgent:
            return False
        if self.kind != ANY and self.kind != kind:
            return False
        if self.class_pattern == ANY:
            return True
        return class_code is not None and class_code.startswith(self.class_pattern)

    def describe(self) -> str:
        clock = "working" if self.working else "wall-clock"
        return f"{self.minutes} {clock} minutes"


def _uncovered_stages(rules: Iterable[DeadlineRule]) -> list[str]:
    """Stages lacking a '*'/'*' rule for urgent and for non-urgent cases."""
    covered: dict[str, set] = {s: set() for s in STAGES}
    for r in rules:
        if r.kind == ANY and r.class_pattern == ANY:
            covered[r.stage] |= {True, False} if r.urgent is None else {r.urgent}
    return [s for s in STAGES if covered[s] != {True, False}]


class Deadline(NamedTuple):
    """A computed deadline and whether it is an estimate (counted across an uncovered year)."""

    at: datetime
    estimated: bool


class DeadlinePolicy:
    """The rules of one center and its calendar: which limit applies, and when it ends."""

    def __init__(self, rules: Iterable[DeadlineRule], calendar: WorkCalendar):
        self.calendar = calendar
        self.rules = tuple(rules)
        seen: set[tuple] = set()
        for r in self.rules:
            if r.key in seen:
                raise _bad_rule(f"duplicate deadline rule {r.key}")
            seen.add(r.key)
        missing = _uncovered_stages(self.rules)
        if missing:
            raise _bad_rule(f"no '*' fallback rule for stage(s) {', '.join(missing)}")
        self._by_stage = {
            s: sorted(
                (r for r in self.rules if r.stage == s), key=lambda r: r.specificity, reverse=True
            )
            for s in STAGES
        }

    def rule_for(
        self, stage: str, kind: str | None, class_code: str | None, urgent: bool
    ) -> DeadlineRule:
        """Most specific matching rule: class code > major > kind only > '*'; then urgent-specific.

        ``kind``/``class_code`` may be None for a case not yet classified (only '*' rules apply).
        """
        if stage not in STAGES:
            raise _bad_rule(f"unknown stage {stage!r}; stages are: {', '.join(STAGES)}")
        if kind is not None and kind not in KINDS:
            raise _bad_rule(f"unknown kind {kind!r}; use {', '.join(KINDS)}")
        if class_code is not None:
            if kind is None:
                raise _bad_rule("a class code needs its kind (component or event)")
            if not isinstance(class_code, str) or not _CLASS.match(class_code):
                raise _bad_rule(f"class code {class_code!r} is not 4 digits")
        if not isinstance(urgent, bool):
            raise _bad_rule(f"urgent must be True or False, not {urgent!r}")
        for rule in self._by_stage[stage]:
            if rule.matches(kind, class_code, urgent):
                return rule
        raise AssertionError("unreachable: every stage has a '*' fallback")  # pragma: no cover

    def deadline_for_rule(self, rule: DeadlineRule, start: datetime) -> datetime:
        require_aware(start, "start")
        if not rule.working:
            return start + timedelta(minutes=rule.minutes)
        days, rest = divmod(rule.minutes, NOMINAL_DAY_MINUTES)
        return self.calendar.add_working_minutes(start, days * self.calendar.day_minutes + rest)

    def deadline(
        self, stage: str, kind: str | None, class_code: str | None, urgent: bool, start: datetime
    ) -> datetime:
        return self.deadline_for_rule(self.rule_for(stage, kind, class_code, urgent), start)

    def deadline_estimate(
        self, stage: str, kind: str | None, class_code: str | None, urgent: bool, start: datetime
    ) -> Deadline:
        """``deadline`` with its estimated flag: the rule counts working time and the count
        crossed a day whose year the calendar does not cover (no holidays known there)."""
        rule = self.rule_for(stage, kind, class_code, urgent)
        at = self.deadline_for_rule(rule, start)
        return Deadline(at, self.is_estimated(rule.working, start, at))

    def is_estimated(self, working: bool, start: datetime, end: datetime) -> bool:
        """Whether a working-time count from ``start`` to ``end`` ran on the plain working
        week somewhere (wall-clock counts never depend on holidays)."""
        return bool(working) and not self.calendar.covers_span(start, end)

    def elapsed_fraction(
        self, rule: DeadlineRule | bool, start: datetime, deadline: datetime, now: datetime
    ) -> float:
        """Share of the time from start to deadline used by ``now`` (1.0 = due).

        ``rule`` is the rule, or just its ``working`` flag. The span is start→deadline, not the
        rule's minutes, so postponed or resumed deadlines are measured correctly. Past the
        deadline the result is always above 1.0, even when no working minute has passed since
        (a working-time deadline at 17:30 is overdue at 18:00).
        """
        working = rule.working if isinstance(rule, DeadlineRule) else rule
        if not isinstance(working, bool):
            raise _bad_rule(f"rule must be a DeadlineRule or a working flag, not {rule!r}")
        for value, name in ((start, "start"), (deadline, "deadline"), (now, "now")):
            require_aware(value, name)
        if working:
            span = self.calendar.working_minutes_between(start, deadline)
            used = self.calendar.working_minutes_between(start, now)
        else:
            span = (deadline - start) / timedelta(minutes=1)
            used = (now - start) / timedelta(minutes=1)
        fraction = 1.0 if span <= 0 else max(used, 0.0) / span
        if now > deadline:
            fraction = max(fraction, _OVERDUE)
        return fraction

    def warn_at(self, working: bool, start: datetime, deadline: datetime) -> datetime:
        """When the light turns yellow: 80 % of start→deadline, counted like the rule (working
        minutes for working-time rules), so that the map can compare one stored time."""
        for value, name in ((start, "start"), (deadline, "deadline")):
            require_aware(value, name)
        if deadline <= start:
            return deadline
        if not working:
            return start + (deadline - start) * GREEN_UNTIL
        span = self.calendar.working_minutes_between(start, deadline)
        return min(deadline, self.calendar.add_working_minutes(start, span * GREEN_UNTIL))

    def deadline_after_pause(
        self, deadline: datetime, paused_at: datetime, resumed_at: datetime, working: bool
    ) -> datetime:
        """Extend a deadline by the time a case was parked (挂账), counted like its rule."""
        for value, name in (
            (deadline, "deadline"),
            (paused_at, "paused_at"),
            (resumed_at, "resumed_at"),
        ):
            require_aware(value, name)
        if resumed_at < paused_at:
            raise _bad_rule(
                f"resumed_at {resumed_at.isoformat()} is before paused_at {paused_at.isoformat()}"
            )
        if not isinstance(working, bool):
            raise _bad_rule(f"working must be True or False, not {working!r}")
        if not working:
            return deadline + (resumed_at - paused_at)
        paused = self.calendar.working_minutes_between(paused_at, resumed_at)
        return self.calendar.add_working_minutes(deadline, paused)


def traffic_light(fraction: float) -> str:
    """green ≤ 80 % of the limit, yellow up to 100 %, red beyond (STANDARDS.md, Time limits)."""
    if isinstance(fraction, bool) or not isinstance(fraction, int | float) or math.isnan(fraction):
        raise _bad_rule(f"fraction must be a number, not {fraction!r}")
    if fraction <= GREEN_UNTIL:
        return "green"
    if fraction <= YELLOW_UNTIL:
        return "yellow"
    return "red"


# --- loading ---------------------------------------------------------------------------


def _flag(path: Path, line: int, column: str, value: str, allow_empty: bool) -> bool | None:
    text = value.strip().lower()
    if text == "" and allow_empty:
        return None
    if text in _FLAGS:
        return _FLAGS[text]
    allowed = "empty, true or false" if allow_empty else "true or false"
    raise CatalogError(path, line, f"{column} must be {allowed}, not {value!r}")


def read_rules(path: Path) -> list[DeadlineRule]:
    """Read deadlines.csv, failing with file, line and problem on the first bad row."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CatalogError(path, None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise CatalogError(path, None, f"not UTF-8 text ({exc.reason})") from None
    reader = csv.DictReader(text.splitlines())
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise CatalogError(path, 1, f"header lacks column(s) {', '.join(missing)}")
    reader.fieldnames = header
    rules: list[DeadlineRule] = []
    first_line: dict[tuple, int] = {}
    for row in reader:
        line = reader.line_num
        if None in row:
            raise CatalogError(path, line, "more fields than the header has")
        values = {k: (row.get(k) or "").strip() for k in (*COLUMNS, "note")}
        empty = [k for k in ("stage", "kind", "class", "minutes", "working") if not values[k]]
        if empty:
            raise CatalogError(path, line, f"empty {', '.join(empty)}")
        urgent = _flag(path, line, "urgent", values["urgent"], allow_empty=True)
        working = _flag(path, line, "working", values["working"], allow_empty=False)
        if (
            not values["minutes"].isascii()
            or not values["minutes"].isdigit()
            or int(values["minutes"]) == 0
        ):
            raise CatalogError(
                path, line, f"minutes must be a positive whole number, not {values['minutes']!r}"
            )
        try:
            rule = DeadlineRule(
                values["stage"],
                values["kind"],
                values["class"],
                urgent,
                int(values["minutes"]),
                working,
                values["note"],
            )
        except InvalidInput as exc:
            raise CatalogError(path, line, exc.message) from None
        if rule.key in first_line:
            raise CatalogError(
                path,
                line,
                f"duplicate rule: same stage, kind, class and urgent as line {first_line[rule.key]}",
            )
        first_line[rule.key] = line
        rules.append(rule)
    missing_stages = _uncovered_stages(rules)
    if missing_stages:
        raise CatalogError(
            path,
            None,
            f"no '*' fallback rule (kind *, class *, urgent empty) for stage(s) {', '.join(missing_stages)}",
        )
    return rules


def load_policy(data_dir: Path | None = None) -> DeadlinePolicy:
    """deadlines.csv and calendar.json from ``data_dir`` (default: the repository's data/)."""
    data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
    calendar = load_calendar(data_dir / "calendar.json")
    return DeadlinePolicy(read_rules(data_dir / "deadlines.csv"), calendar)
