"""WorkCalendar: working-time arithmetic on the default periods (08:30-12:00, 13:30-17:30).

Expected values are worked out by hand in the comments; 2026-03-09 is a Monday.
"""

from __future__ import annotations

import json
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from console.domain.calendar import WorkCalendar, load_calendar
from console.domain.errors import CatalogError, InvalidInput

CST = ZoneInfo("Asia/Shanghai")
DATA = Path(__file__).resolve().parents[2] / "data" / "calendar.json"


def at(y, mo, d, h=0, mi=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=CST)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return load_calendar(DATA)


def test_default_day_has_450_working_minutes(cal):
    # 08:30-12:00 = 210, 13:30-17:30 = 240
    assert cal.day_minutes == 450
    assert WorkCalendar().day_minutes == 450


@pytest.mark.parametrize(
    "start, minutes, expected",
    [
        # within the morning: 09:00 + 30
        (at(2026, 3, 9, 9, 0), 30, at(2026, 3, 9, 9, 30)),
        # across lunch: 11:30 + 60 = 30 before noon, 30 after 13:30
        (at(2026, 3, 9, 11, 30), 60, at(2026, 3, 9, 14, 0)),
        # starting at lunch: the clock starts at 13:30
        (at(2026, 3, 9, 12, 15), 30, at(2026, 3, 9, 14, 0)),
        # overnight: 17:00 + 60 = 30 until 17:30, then Tue 08:30 + 30
        (at(2026, 3, 9, 17, 0), 60, at(2026, 3, 10, 9, 0)),
        # late evening: the clock starts next morning 08:30
        (at(2026, 3, 9, 22, 0), 15, at(2026, 3, 10, 8, 45)),
        # landing exactly on a period end stays there, not next period's start
        (at(2026, 3, 9, 8, 30), 450, at(2026, 3, 9, 17, 30)),
        (at(2026, 3, 9, 8, 30), 210, at(2026, 3, 9, 12, 0)),
        # weekend: Fri 03-13 17:00 + 60 = 30 Fri, then Mon 03-16 08:30 + 30
        (at(2026, 3, 13, 17, 0), 60, at(2026, 3, 16, 9, 0)),
        # started on a Saturday: Mon 08:30 + 100 = 10:10
        (at(2026, 3, 14, 10, 0), 100, at(2026, 3, 16, 10, 10)),
        # holiday: 清明 Sat 04-04..Mon 04-06 off; Fri 04-03 17:00 + 60 -> Tue 04-07 09:00
        (at(2026, 4, 3, 17, 0), 60, at(2026, 4, 7, 9, 0)),
        # make-up day: Sat 02-14 works (春节调休); Fri 02-13 17:00 + 60 -> Sat 09:00
        (at(2026, 2, 13, 17, 0), 60, at(2026, 2, 14, 9, 0)),
        # then 春节 02-15..02-23 off: Sat 02-14 17:00 + 60 -> Tue 02-24 09:00
        (at(2026, 2, 14, 17, 0), 60, at(2026, 2, 24, 9, 0)),
        # 5 working days (5 x 450) from Mon 10:00 is the next Mon 10:00
        (at(2026, 3, 9, 10, 0), 5 * 450, at(2026, 3, 16, 10, 0)),
        # zero minutes: unchanged, even outside working time
        (at(2026, 3, 14, 10, 0), 0, at(2026, 3, 14, 10, 0)),
    ],
)
def test_add_working_minutes(cal, start, minutes, expected):
    assert cal.add_working_minutes(start, minutes) == expected


def test_add_keeps_the_callers_zone(cal):
    # 01:00Z = 09:00 CST; + 30 -> 09:30 CST = 01:30Z
    start = datetime(2026, 3, 9, 1, 0, tzinfo=UTC)
    result = cal.add_working_minutes(start, 30)
    assert result == datetime(2026, 3, 9, 1, 30, tzinfo=UTC)
    assert result.utcoffset() == timedelta(0)
    # 03:45Z = 11:45 CST; + 30 = 15 before noon + 15 after 13:30 -> 13:45 CST = 05:45Z
    assert cal.add_working_minutes(datetime(2026, 3, 9, 3, 45, tzinfo=UTC), 30) == datetime(
        2026, 3, 9, 5, 45, tzinfo=UTC
    )


@pytest.mark.parametrize(
    "moment, working",
    [
        (at(2026, 3, 9, 8, 29), False),
        (at(2026, 3, 9, 8, 30), True),
        (at(2026, 3, 9, 11, 59), True),
        (at(2026, 3, 9, 12, 0), False),
        (at(2026, 3, 9, 13, 30), True),
        (at(2026, 3, 9, 17, 29), True),
        (at(2026, 3, 9, 17, 30), False),
        (at(2026, 3, 14, 10, 0), False),  # Saturday
        (at(2026, 2, 14, 10, 0), True),  # Saturday, make-up day
        (at(2026, 10, 1, 10, 0), False),  # Thursday, 国庆
        (datetime(2026, 3, 9, 2, 0, tzinfo=UTC), True),  # 10:00 CST
        (datetime(2026, 3, 9, 10, 0, tzinfo=UTC), False),  # 18:00 CST
    ],
)
def test_is_working_time(cal, moment, working):
    assert cal.is_working_time(moment) is working


def test_working_minutes_between(cal):
    # across lunch: 11:00..14:00 = 60 + 30
    assert cal.working_minutes_between(at(2026, 3, 9, 11), at(2026, 3, 9, 14)) == 90
    # Fri 16:00 .. Mon 10:00 = 90 (Fri) + 90 (Mon 08:30-10:00)
    assert cal.working_minutes_between(at(2026, 3, 13, 16), at(2026, 3, 16, 10)) == 180
    assert cal.working_minutes_between(at(2026, 3, 16, 10), at(2026, 3, 13, 16)) == -180
    # a whole weekend and a night: nothing
    assert cal.working_minutes_between(at(2026, 3, 13, 18), at(2026, 3, 16, 8)) == 0
    # seconds count: 09:00:00 .. 09:00:30
    assert (
        cal.working_minutes_between(at(2026, 3, 9, 9), at(2026, 3, 9, 9) + timedelta(seconds=30))
        == 0.5
    )


def test_year_2026_has_248_working_days(cal):
    # 365 days - 104 weekend days - 13 legal holidays = 248; each day 450 minutes.
    assert cal.working_minutes_between(at(2026, 1, 1), at(2027, 1, 1)) == 248 * 450
    assert sum(cal.is_working_day(date(2026, 1, 1) + timedelta(days=i)) for i in range(365)) == 248


def test_between_inverts_add(cal):
    # From every 37 minutes over a week that holds a make-up day and a holiday stretch.
    start = at(2026, 2, 10, 0, 7)
    for step in range(0, 7 * 24 * 60, 37):
        s = start + timedelta(minutes=step)
        for minutes in (1, 29, 210, 451, 2250):
            end = cal.add_working_minutes(s, minutes)
            assert cal.working_minutes_between(s, end) == minutes, (s, minutes)


def test_adding_is_fast(cal):
    # 1,000 deadlines of 20 working days each: day steps, not minute steps.
    began = clock.perf_counter()
    for i in range(1000):
        cal.add_working_minutes(at(2026, 3, 9, 9) + timedelta(minutes=i), 20 * 450)
    assert clock.perf_counter() - began < 2.0


def test_naive_datetimes_are_refused(cal):
    with pytest.raises(InvalidInput, match="time zone"):
        cal.add_working_minutes(datetime(2026, 3, 9, 9), 10)
    with pytest.raises(InvalidInput):
        cal.is_working_time(datetime(2026, 3, 9, 9))
    with pytest.raises(InvalidInput, match="minutes"):
        cal.add_working_minutes(at(2026, 3, 9, 9), -1)


def test_covers_only_listed_years(cal):
    assert cal.covers(date(2026, 7, 1))
    assert not cal.covers(date(2027, 1, 1))


def test_calendar_file_says_it_needs_yearly_maintenance():
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    assert "yearly" in doc["_maintenance"].lower()


def test_constructor_validates():
    with pytest.raises(InvalidInput, match="overlaps"):
        WorkCalendar(periods=((time(8), time(12)), (time(11), time(17))))
    with pytest.raises(InvalidInput, match="already a working day"):
        WorkCalendar(makeup_days=[date(2026, 3, 9)])  # a Monday
    with pytest.raises(InvalidInput, match="time zone"):
        WorkCalendar(timezone="Mars/Olympus")


def _write(tmp_path, text) -> Path:
    path = tmp_path / "calendar.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text, line, problem",
    [
        (
            '{\n  "timezone": "Asia/Shanghai",\n  "years": [2026]\n  "holidays": []\n}',
            4,
            "not valid JSON",
        ),
        (
            '{\n  "years": [2026],\n  "holidays": [\n    {"name": "x", "date": "2026-02-30"}\n  ]\n}',
            4,
            "not a date",
        ),
        (
            '{\n  "years": [2026],\n  "periods": [["08:30", "12:00"], ["13:30", "25:00"]]\n}',
            3,
            "HH:MM",
        ),
        ('{\n  "timezone": "Asia/Nowhere"\n}', 2, "unknown time zone"),
        (
            '{\n  "years": [2026],\n  "makeup_days": [\n    {"date": "2026-03-09"}\n  ]\n}',
            4,
            "already a working day",
        ),
        (
            '{\n  "years": [2026],\n  "holidays": [\n    {"date": "2062-10-01"}\n  ]\n}',
            4,
            "outside the covered years",
        ),
        ('{\n  "weekdays": ["mon", "tues"]\n}', 2, "unknown weekday"),
        ('{\n  "holiday": []\n}', 2, "unknown key"),
    ],
)
def test_malformed_calendar_names_file_and_line(tmp_path, text, line, problem):
    path = _write(tmp_path, text)
    with pytest.raises(CatalogError) as err:
        load_calendar(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert problem in str(err.value)
    assert {k: err.value.details[k] for k in ("file", "line")} == {"file": str(path), "line": line}
