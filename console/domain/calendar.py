"""The center's work calendar: when a working-time clock runs.

Many time limits count working time only (a case dispatched on Friday evening is not late on
Saturday), so deadlines are computed on working periods, weekdays, public holidays and
make-up working days (调休). Holidays are announced by the State Council every year: they
live in data/calendar.json, which a center must extend each year.

All arithmetic runs on UTC instants and per-day working periods, so adding N working days
costs O(N) day steps, never a minute-by-minute walk.

Beyond the covered ``years`` the arithmetic still runs, on the plain working week (weekdays
and periods, no holidays): callers ask ``covers_span`` whether a result is exact, and flag
it as estimated when it is not. A center loads next year's days later as a year file
(``read_calendar_years``; format in data/README.md), merged in with ``with_years``.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console.domain.errors import CatalogError, InvalidInput

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
DEFAULT_TIMEZONE = "Asia/Shanghai"
DEFAULT_PERIODS: tuple[tuple[time, time], ...] = (
    (time(8, 30), time(12, 0)),
    (time(13, 30), time(17, 30)),
)
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_WEEKDAYS = frozenset(range(5))
# A stretch this long without one working day means the holiday data is wrong; stop rather
# than loop for ever.
_MAX_IDLE_DAYS = 366
# A holiday range longer than this is a typo (国庆 is the longest, 8 days).
_MAX_HOLIDAY_RANGE_DAYS = 31
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_KNOWN_KEYS = {"timezone", "weekdays", "periods", "years", "holidays", "makeup_days"}
# A year file adds days to the center's calendar; it may not change the working week.
_YEAR_FILE_KEYS = {"years", "holidays", "makeup_days"}
MAX_YEAR_FILE_BYTES = 1_000_000
_MINUTE = timedelta(minutes=1)


def _bad_calendar(message: str, **params) -> InvalidInput:
    """A malformed calendar: code ``invalid_calendar``, the English problem in ``problem``."""
    return InvalidInput(message, code="invalid_calendar", problem=message, **params)


def require_aware(value, name: str) -> datetime:
    """Naive datetimes are refused: a deadline must not depend on the machine's zone."""
    if not isinstance(value, datetime):
        raise _bad_calendar(f"{name} must be a date and time, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise _bad_calendar(f"{name} must carry a time zone (got naive {value.isoformat()})")
    return value


class WorkCalendar:
    """Working periods on working days, in one time zone.

    A day works if it is a make-up day, or a listed weekday that is not a holiday. Periods
    are half-open: 08:30 is working time, 12:00 is not.
    """

    def __init__(
        self,
        timezone: str = DEFAULT_TIMEZONE,
        periods: Iterable[tuple[time, time]] = DEFAULT_PERIODS,
        weekdays: Iterable[int] = DEFAULT_WEEKDAYS,
        holidays: Iterable[date] = (),
        makeup_days: Iterable[date] = (),
        years: Iterable[int] = (),
    ):
        try:
            self.zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            raise _bad_calendar(f"unknown time zone {timezone!r}", value=timezone) from None
        self.timezone = timezone
        self.periods = tuple(periods)
        self.weekdays = frozenset(weekdays)
        self.holidays = frozenset(holidays)
        self.makeup_days = frozenset(makeup_days)
        self.years = frozenset(years)
        self._validate()

    def _validate(self) -> None:
        if not self.periods:
            raise _bad_calendar("a work calendar needs at least one working period")
        previous_end = None
        for start, end in self.periods:
            if not (isinstance(start, time) and isinstance(end, time)):
                raise _bad_calendar("working periods are pairs of times of day")
            if start >= end:
                raise _bad_calendar(
                    f"working period {start:%H:%M}-{end:%H:%M} ends before it starts",
                    value=f"{start:%H:%M}",
                )
            if previous_end is not None and start < previous_end:
                raise _bad_calendar(
                    f"working period starting {start:%H:%M} overlaps or precedes the one before",
                    value=f"{start:%H:%M}",
                )
            previous_end = end
        if not self.weekdays or not self.weekdays <= set(range(7)):
            raise _bad_calendar("weekdays must be a non-empty set of 0 (Monday) .. 6 (Sunday)")
        for day in sorted(self.holidays | self.makeup_days):
            if not isinstance(day, date) or isinstance(day, datetime):
                raise _bad_calendar(f"holidays and make-up days are dates, not {day!r}")
            if self.years and day.year not in self.years:
                raise _bad_calendar(
                    f"{day.isoformat()} is outside the covered years "
                    f"({', '.join(map(str, sorted(self.years)))})",
                    value=day.isoformat(),
                )
        for day in sorted(self.makeup_days):
            if day in self.holidays:
                raise _bad_calendar(
                    f"{day.isoformat()} is both a holiday and a make-up working day",
                    value=day.isoformat(),
                )
            if day.weekday() in self.weekdays:
                raise _bad_calendar(
                    f"make-up day {day.isoformat()} is a {WEEKDAY_NAMES[day.weekday()]}, "
                    "already a working day",
                    value=day.isoformat(),
                )

    # --- queries ---------------------------------------------------------------------

    @property
    def day_minutes(self) -> int:
        """Working minutes in one working day (450 with the default periods)."""
        return sum(
            (datetime.combine(date.min, e) - datetime.combine(date.min, s)) // _MINUTE
            for s, e in self.periods
        )

    def covers(self, day: date) -> bool:
        """Whether the holidays of ``day``'s year are known (see data/calendar.json)."""
        return day.year in self.years

    def covers_span(self, a: datetime, b: datetime) -> bool:
        """Whether every local day from ``a`` to ``b`` (either order) lies in a covered year:
        a working-time count over that span is then exact, otherwise an estimate."""
        first, last = sorted((a.astimezone(self.zone).date(), b.astimezone(self.zone).date()))
        return all(y in self.years for y in range(first.year, last.year + 1))

    def covered_until(self, day: date) -> date:
        """The last day of the run of covered years from ``day``'s year on; the day before
        that year when it is not covered itself (the calendar has already run out)."""
        year = day.year
        while year in self.years:
            year += 1
        return date(year - 1, 12, 31)

    def with_years(self, years: Iterable[CalendarYear]) -> WorkCalendar:
        """This calendar with each given year's holidays and make-up days replacing whatever
        it had for that year (a later load corrects an earlier one)."""
        by_year = {y.year: y for y in years}
        if not by_year:
            return self

        def keep(days):
            return {d for d in days if d.year not in by_year}

        return WorkCalendar(
            self.timezone, self.periods, self.weekdays,
            keep(self.holidays) | {d for y in by_year.values() for d in y.holidays},
            keep(self.makeup_days) | {d for y in by_year.values() for d in y.makeup_days},
            self.years | set(by_year),
        )

    def without_years(self, years: Iterable[int]) -> WorkCalendar:
        """This calendar as it was before ``years`` were known: the plain working week there."""
        drop = set(years)
        return WorkCalendar(
            self.timezone, self.periods, self.weekdays,
            {d for d in self.holidays if d.year not in drop},
            {d for d in self.makeup_days if d.year not in drop},
            self.years - drop,
        )

    def is_working_day(self, day: date) -> bool:
        if day in self.holidays:
            return False
        return day in self.makeup_days or day.weekday() in self.weekdays

    def is_working_time(self, dt: datetime) -> bool:
        require_aware(dt, "dt")
        local = dt.astimezone(self.zone)
        if not self.is_working_day(local.date()):
            return False
        now = local.time().replace(tzinfo=None)
        return any(start <= now < end for start, end in self.periods)

    def _periods_utc(self, day: date) -> list[tuple[datetime, datetime]]:
        """The day's working periods as UTC instants (correct across DST changes)."""
        if not self.is_working_day(day):
            return []
        return [
            (
                datetime.combine(day, s, tzinfo=self.zone).astimezone(UTC),
                datetime.combine(day, e, tzinfo=self.zone).astimezone(UTC),
            )
            for s, e in self.periods
        ]

    # --- arithmetic ------------------------------------------------------------------

    def add_working_minutes(self, start: datetime, minutes: float) -> datetime:
        """The instant ``minutes`` of working time after ``start``.

        Outside working time the clock starts at the next working period. A result that
        falls exactly on a period's end stays there (17:30, not next morning 08:30). The
        result is in ``start``'s time zone.
        """
        require_aware(start, "start")
        if (
            isinstance(minutes, bool)
            or not isinstance(minutes, int | float)
            or not math.isfinite(minutes)
            or minutes < 0
        ):
            raise _bad_calendar(f"minutes must be a number ≥ 0, not {minutes!r}")
        if minutes == 0:
            return start
        remaining = timedelta(minutes=minutes)
        cursor = start.astimezone(UTC)
        day = cursor.astimezone(self.zone).date()
        idle = 0
        while True:
            periods = self._periods_utc(day)
            idle = 0 if periods else idle + 1
            if idle > _MAX_IDLE_DAYS:
                raise _bad_calendar(f"the work calendar has no working day for a year after {day}")
            for p_start, p_end in periods:
                begin = max(p_start, cursor)
                if begin >= p_end:
                    continue
                available = p_end - begin
                if remaining <= available:
                    return (begin + remaining).astimezone(start.tzinfo)
                remaining -= available
            day += timedelta(days=1)

    def working_minutes_between(self, a: datetime, b: datetime) -> float:
        """Working minutes in [a, b]; negative when b is before a."""
        require_aware(a, "a")
        require_aware(b, "b")
        if b < a:
            return -self.working_minutes_between(b, a)
        a_utc, b_utc = a.astimezone(UTC), b.astimezone(UTC)
        day = a_utc.astimezone(self.zone).date()
        last = b_utc.astimezone(self.zone).date()
        total = timedelta()
        while day <= last:
            for p_start, p_end in self._periods_utc(day):
                low, high = max(p_start, a_utc), min(p_end, b_utc)
                if high > low:
                    total += high - low
            day += timedelta(days=1)
        return total / _MINUTE


@dataclass(frozen=True)
class CalendarYear:
    """One year's public holidays and make-up working days (调休), as the State Council's
    notice announces them: what a center loads each autumn for the next year."""

    year: int
    holidays: frozenset[date]
    makeup_days: frozenset[date]

    def to_json(self) -> dict:
        """A one-year calendar year file (see data/README.md), one entry per day, so the
        stored text reads back through ``parse_calendar_years`` unchanged."""
        return {
            "years": [self.year],
            "holidays": [{"date": d.isoformat()} for d in sorted(self.holidays)],
            "makeup_days": [{"date": d.isoformat()} for d in sorted(self.makeup_days)],
        }


# --- loading ---------------------------------------------------------------------------


def _line_of(text: str, needle) -> int | None:
    """Best-effort line of a bad value in the JSON text, so the message points at it."""
    if needle is None:
        return None
    needle = str(needle)
    for candidate in (json.dumps(needle, ensure_ascii=False), needle):
        at = text.find(candidate)
        if at >= 0:
            return text.count("\n", 0, at) + 1
    return None


def _parse_time(path: Path, text: str, value) -> time:
    match = _HHMM.match(value) if isinstance(value, str) else None
    if not match:
        raise CatalogError(
            path, _line_of(text, value), f"time {value!r} is not HH:MM (00:00-23:59)"
        )
    return time(int(match[1]), int(match[2]))


def _parse_date(path: Path, text: str, value, what: str) -> date:
    try:
        if not isinstance(value, str):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise CatalogError(
            path, _line_of(text, value), f"{what} {value!r} is not a date (YYYY-MM-DD)"
        ) from None


def _expand_days(path: Path, text: str, entries, key: str) -> list[date]:
    """Entries are {"name", "date"} or {"name", "from", "to"} (both ends included)."""
    if not isinstance(entries, list):
        raise CatalogError(path, _line_of(text, key), f"{key} must be a list")
    out: list[date] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise CatalogError(path, _line_of(text, key), f"each of {key} must be an object")
        label = entry.get("name") or entry.get("date") or entry.get("from")
        if "date" in entry:
            if "from" in entry or "to" in entry:
                raise CatalogError(
                    path, _line_of(text, label), f"{key} entry has both date and from/to"
                )
            out.append(_parse_date(path, text, entry["date"], "date"))
            continue
        if "from" not in entry or "to" not in entry:
            raise CatalogError(
                path, _line_of(text, label), f"{key} entry needs date, or from and to"
            )
        first = _parse_date(path, text, entry["from"], "from")
        last = _parse_date(path, text, entry["to"], "to")
        if last < first:
            raise CatalogError(
                path, _line_of(text, entry["to"]), f"range ends ({last}) before it starts ({first})"
            )
        if (last - first).days >= _MAX_HOLIDAY_RANGE_DAYS:
            raise CatalogError(
                path, _line_of(text, entry["to"]), f"range {first}..{last} is longer than a month"
            )
        out += [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return out


def load_calendar(path: Path | None = None) -> WorkCalendar:
    """Read data/calendar.json (or ``path``), failing with file, line and problem."""
    path = Path(path) if path is not None else DATA_DIR / "calendar.json"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CatalogError(path, None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise CatalogError(path, None, f"not UTF-8 text ({exc.reason})") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(path, exc.lineno, f"not valid JSON: {exc.msg}") from None
    if not isinstance(doc, dict):
        raise CatalogError(path, 1, "the top level must be an object")
    unknown = sorted(k for k in doc if not k.startswith("_") and k not in _KNOWN_KEYS)
    if unknown:
        raise CatalogError(
            path,
            _line_of(text, unknown[0]),
            f"unknown key(s) {', '.join(unknown)} (comments start with _)",
        )

    timezone = doc.get("timezone", DEFAULT_TIMEZONE)
    periods = DEFAULT_PERIODS
    if "periods" in doc:
        raw = doc["periods"]
        if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 for p in raw):
            raise CatalogError(
                path, _line_of(text, "periods"), 'periods must be [["HH:MM", "HH:MM"], ...]'
            )
        periods = tuple((_parse_time(path, text, s), _parse_time(path, text, e)) for s, e in raw)
    weekdays = DEFAULT_WEEKDAYS
    if "weekdays" in doc:
        raw = doc["weekdays"]
        if not isinstance(raw, list):
            raise CatalogError(path, _line_of(text, "weekdays"), "weekdays must be a list")
        for name in raw:
            if name not in WEEKDAY_NAMES:
                raise CatalogError(
                    path,
                    _line_of(text, name),
                    f"unknown weekday {name!r}; use {', '.join(WEEKDAY_NAMES)}",
                )
        weekdays = frozenset(WEEKDAY_NAMES.index(n) for n in raw)
    years = doc.get("years", [])
    if not isinstance(years, list) or not all(
        isinstance(y, int) and not isinstance(y, bool) and 1900 < y < 2200 for y in years
    ):
        raise CatalogError(path, _line_of(text, "years"), "years must be a list of years like 2026")
    holidays = _expand_days(path, text, doc.get("holidays", []), "holidays")
    makeup_days = _expand_days(path, text, doc.get("makeup_days", []), "makeup_days")
    try:
        return WorkCalendar(timezone, periods, weekdays, holidays, makeup_days, years)
    except InvalidInput as exc:
        raise CatalogError(path, _line_of(text, exc.details.get("value")), exc.message) from None


def _bad_year_file(source, line: int | None, problem: str) -> InvalidInput:
    return InvalidInput(
        f"{source}{':' + str(line) if line is not None else ''}: {problem}",
        code="invalid_calendar_file", file=str(source), line=line, problem=problem,
    )


def parse_calendar_years(
    text: str, source: str | Path = "<calendar year file>", base: WorkCalendar | None = None
) -> list[CalendarYear]:
    """Read a year file (``years``, ``holidays``, ``makeup_days``, as in data/calendar.json).

    Every refusal is ``invalid_calendar_file`` (file, line, problem). Each listed year needs
    at least one holiday (an empty template must not pass for an announced year), every day
    must lie in a listed year, and with ``base`` the days must fit its working week (a
    make-up day on a weekday is a typo).
    """
    path = Path(str(source))
    try:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CatalogError(path, exc.lineno, f"not valid JSON: {exc.msg}") from None
        if not isinstance(doc, dict):
            raise CatalogError(path, 1, "the top level must be an object")
        unknown = sorted(k for k in doc if not k.startswith("_") and k not in _YEAR_FILE_KEYS)
        if unknown:
            raise CatalogError(
                path,
                _line_of(text, unknown[0]),
                f"unknown key(s) {', '.join(unknown)}: a year file has years, holidays and "
                "makeup_days only (comments start with _)",
            )
        years = doc.get("years")
        if (
            not isinstance(years, list)
            or not years
            or not all(
                isinstance(y, int) and not isinstance(y, bool) and 1900 < y < 2200 for y in years
            )
            or len(set(years)) != len(years)
        ):
            raise CatalogError(
                path, _line_of(text, "years"), "years must be a non-empty list of years like 2027"
            )
        holidays = _expand_days(path, text, doc.get("holidays", []), "holidays")
        makeup_days = _expand_days(path, text, doc.get("makeup_days", []), "makeup_days")
    except CatalogError as exc:
        raise _bad_year_file(source, exc.details.get("line"), exc.details["problem"]) from None
    for day in holidays + makeup_days:
        if day.year not in years:
            raise _bad_year_file(
                source,
                _line_of(text, day.isoformat()),
                f"{day.isoformat()} is outside the file's years ({', '.join(map(str, years))})",
            )
    out = [
        CalendarYear(
            y,
            frozenset(d for d in holidays if d.year == y),
            frozenset(d for d in makeup_days if d.year == y),
        )
        for y in sorted(years)
    ]
    for y in out:
        if not y.holidays:
            raise _bad_year_file(
                source,
                _line_of(text, "years"),
                f"year {y.year} has no holidays: enter the dates of the State Council's notice",
            )
    try:
        (base or WorkCalendar()).with_years(out)
    except InvalidInput as exc:
        value = exc.details.get("value")
        raise _bad_year_file(source, _line_of(text, value), exc.details.get("problem", exc.message)) from None
    return out


def read_calendar_years(
    path: str | Path, base: WorkCalendar | None = None
) -> list[CalendarYear]:
    """``parse_calendar_years`` on a file: a regular UTF-8 file of at most 1 MB (a FIFO or a
    device is refused, never waited on)."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise _bad_year_file(path, None, f"cannot open: {exc.strerror}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _bad_year_file(path, None, "not a regular file")
        if info.st_size > MAX_YEAR_FILE_BYTES:
            raise _bad_year_file(path, None, f"larger than {MAX_YEAR_FILE_BYTES} bytes")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(MAX_YEAR_FILE_BYTES + 1)
    finally:
        os.close(fd)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _bad_year_file(path, None, f"not UTF-8 text ({exc.reason})") from None
    return parse_calendar_years(text, path, base)
