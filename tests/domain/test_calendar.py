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

from console.domain.calendar import (
    CalendarYear,
    WorkCalendar,
    load_calendar,
    parse_calendar_years,
)
from console.domain.deadlines import load_policy
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


# --- beyond the covered years (issue 8) -------------------------------------------------

YEAR_2027 = Path(__file__).resolve().parents[1] / "data" / "calendar-2027-test.json"


def test_arithmetic_runs_on_the_plain_week_past_the_covered_years(cal):
    # Thu 2026-12-31 17:00 + 60: 30 that day, then Fri 2027-01-01 (no holidays known) 09:00
    assert cal.add_working_minutes(at(2026, 12, 31, 17), 60) == at(2027, 1, 1, 9)
    assert cal.working_minutes_between(at(2027, 1, 1, 8), at(2027, 1, 4, 18)) == 2 * 450
    assert cal.covers_span(at(2026, 12, 1), at(2026, 12, 31, 23))
    assert not cal.covers_span(at(2026, 12, 31), at(2027, 1, 1, 1))
    assert not cal.covers_span(at(2027, 1, 1, 1), at(2026, 12, 31))  # either order


def test_covered_until(cal):
    assert cal.covered_until(date(2026, 3, 1)) == date(2026, 12, 31)
    assert cal.covered_until(date(2027, 1, 5)) == date(2026, 12, 31)  # already run out
    longer = cal.with_years([CalendarYear(2027, frozenset({date(2027, 1, 1)}), frozenset())])
    assert longer.covered_until(date(2026, 3, 1)) == date(2027, 12, 31)


def test_with_years_adds_or_replaces_a_year(cal):
    years = parse_calendar_years(YEAR_2027.read_text(encoding="utf-8"), YEAR_2027, cal)
    assert [y.year for y in years] == [2027]
    merged = cal.with_years(years)
    assert merged.years == {2026, 2027} and cal.years == {2026}  # the original is unchanged
    assert not merged.is_working_day(date(2027, 1, 5)) and merged.is_working_day(date(2027, 1, 9))
    assert merged.is_working_day(date(2026, 1, 4))  # 2026's make-up days are kept
    # loading 2027 again replaces it; dropping it gives the plain week back
    fixed = merged.with_years([CalendarYear(2027, frozenset({date(2027, 1, 1)}), frozenset())])
    assert fixed.is_working_day(date(2027, 1, 5)) and not fixed.is_working_day(date(2027, 1, 1))
    assert merged.without_years([2027]).is_working_day(date(2027, 1, 5))
    assert merged.without_years([2027]).years == {2026}
    # a stored year reads back the same
    again = parse_calendar_years(json.dumps(years[0].to_json()), "stored")
    assert again == years


@pytest.mark.parametrize("text, problem", [
    ('{"years": [], "holidays": []}', "non-empty list"),
    ('{"years": [2027, 2027], "holidays": [{"date": "2027-01-01"}]}', "non-empty list"),
    ('{"years": [2027], "timezone": "UTC", "holidays": [{"date": "2027-01-01"}]}', "unknown key"),
    ('{"years": [2027]}', "no holidays"),
    ('{"years": [2027], "holidays": [{"from": "2027-01-03", "to": "2027-01-01"}]}', "before it starts"),
    ('{"years": [2027], "holidays": [{"date": "2027-01-01"}], "makeup_days": [{"date": "2027-01-01"}]}',
     "both a holiday and a make-up"),
    ('[2027]', "top level"),
])
def test_year_file_refusals(text, problem):
    with pytest.raises(InvalidInput) as err:
        parse_calendar_years(text, "next.json")
    assert err.value.code == "invalid_calendar_file"
    assert problem in err.value.params["problem"] and err.value.params["file"] == "next.json"


def test_estimated_deadline_and_lights_past_the_covered_years():
    policy = load_policy()
    # 处置 积存垃圾渣土: 4 working days from Wed 2026-12-30 10:00 → Tue 2027-01-05 10:00
    due = policy.deadline_estimate("handle", "event", "0103", False, at(2026, 12, 30, 10))
    assert due == (at(2027, 1, 5, 10), True)
    assert policy.deadline("handle", "event", "0103", False, at(2026, 12, 30, 10)) == due.at
    # wall-clock rules never depend on holidays; a count inside 2026 is exact
    assert policy.deadline_estimate("accept", None, None, False, at(2026, 12, 31, 23)).estimated is False
    assert policy.deadline_estimate("handle", "event", "0103", False, at(2026, 12, 1, 10)).estimated is False
    # the lights and warn_at keep working on the estimate
    warn = policy.warn_at(True, at(2026, 12, 30, 10), due.at)
    assert at(2026, 12, 30, 10) < warn < due.at
    rule = policy.rule_for("handle", "event", "0103", False)
    assert policy.elapsed_fraction(rule, at(2026, 12, 30, 10), due.at, at(2027, 1, 6, 9)) > 1
