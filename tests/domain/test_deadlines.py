"""Deadline rules, deadlines, elapsed fractions, traffic lights and pauses.

Expected values are worked out by hand in the comments; default calendar 08:30-12:00 and
13:30-17:30 (450 working minutes a day); 2026-03-09 is a Monday.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from console.domain.calendar import WorkCalendar
from console.domain.deadlines import (
    DeadlinePolicy,
    DeadlineRule,
    load_policy,
    read_rules,
    traffic_light,
)
from console.domain.errors import CatalogError, InvalidInput
from console.domain.workflow import STAGES

CST = ZoneInfo("Asia/Shanghai")
DATA = Path(__file__).resolve().parents[2] / "data"


def at(y, mo, d, h=0, mi=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=CST)


@pytest.fixture(scope="module")
def policy() -> DeadlinePolicy:
    return load_policy()


# --- rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stage, kind, code, urgent, minutes, working",
    [
        ("accept", None, None, False, 20, False),
        ("accept", "event", "0102", True, 5, False),
        ("dispatch", "component", "0101", False, 10, False),
        ("dispatch", "component", "0101", True, 5, False),
        ("verify", "event", "0501", False, 30, True),
        ("check", "event", "0501", True, 30, True),
        ("review", "component", "0301", False, 60, False),
        ("handle", "event", "0199", False, 1440, True),  # '*' default: 3 working days
        ("handle", "event", "0199", True, 120, False),  # urgent '*' beats any '*'
        ("handle", "event", "0102", False, 240, True),  # 暴露垃圾
        ("handle", "event", "0104", False, 180, True),  # 道路不洁
        ("handle", "event", "0103", False, 1920, True),  # 积存垃圾渣土
        ("handle", "event", "0101", False, 7200, True),  # 私搭乱建
        ("handle", "event", "0401", False, 240, False),  # major 04 突发事件
        ("handle", "component", "0102", False, 120, False),  # 污水井盖, not event 0102
        ("handle", "component", "0112", False, 360, False),  # 公安井盖
        ("handle", "component", "0113", False, 1440, True),  # 消防设施
        ("handle", "component", "0118", False, 480, True),  # 路灯
        ("handle", "component", "0401", False, 1440, True),  # major 04 is an event rule only
        # class beats urgency (the documented order): urgent 暴露垃圾 keeps its class rule
        ("handle", "event", "0102", True, 240, True),
    ],
)
def test_shipped_rules(policy, stage, kind, code, urgent, minutes, working):
    rule = policy.rule_for(stage, kind, code, urgent)
    assert (rule.minutes, rule.working) == (minutes, working)


def test_every_stage_has_a_rule(policy):
    for stage in STAGES:
        for urgent in (True, False):
            assert policy.rule_for(stage, None, None, urgent).stage == stage


def _rule(kind="*", cls="*", urgent=None, minutes=1, stage="handle"):
    return DeadlineRule(stage, kind, cls, urgent, minutes, False)


@pytest.fixture
def layered() -> DeadlinePolicy:
    """One rule per specificity level; minutes identify which one won."""
    rules = [_rule(minutes=1, stage=s) for s in STAGES] + [
        _rule(urgent=True, minutes=2),
        _rule(kind="event", minutes=3),
        _rule(kind="event", urgent=False, minutes=4),
        _rule(kind="event", cls="01", minutes=5),
        _rule(kind="event", cls="0102", minutes=6),
        _rule(kind="event", cls="0102", urgent=True, minutes=7),
    ]
    return DeadlinePolicy(rules, WorkCalendar())


@pytest.mark.parametrize(
    "kind, code, urgent, winner",
    [
        ("event", "0102", True, 7),  # class code + urgent-specific
        ("event", "0102", False, 6),  # class code, urgent-any
        ("event", "0103", True, 5),  # major 01
        ("event", "0103", False, 5),
        ("event", "0501", False, 4),  # kind-only, urgent-specific beats kind-only any (3)
        ("event", "0501", True, 3),  # kind-only any beats '*' urgent (2)
        ("component", "0102", True, 2),  # no component rules: '*' urgent
        ("component", "0102", False, 1),  # '*'
        (None, None, False, 1),
    ],
)
def test_most_specific_rule_wins(layered, kind, code, urgent, winner):
    assert layered.rule_for("handle", kind, code, urgent).minutes == winner


@pytest.mark.parametrize(
    "args, problem",
    [
        (("close", "event", "0102", False), "unknown stage"),
        (("handle", "thing", "0102", False), "unknown kind"),
        (("handle", "event", "102", False), "not 4 digits"),
        (("handle", None, "0102", False), "needs its kind"),
        (("handle", "event", "0102", None), "urgent"),
    ],
)
def test_rule_for_refuses_bad_arguments(policy, args, problem):
    with pytest.raises(InvalidInput, match=problem):
        policy.rule_for(*args)


def test_policy_needs_fallbacks_and_no_duplicates():
    with pytest.raises(InvalidInput, match="fallback.*check"):
        DeadlinePolicy([_rule(stage=s) for s in STAGES if s != "check"], WorkCalendar())
    with pytest.raises(InvalidInput, match="duplicate"):
        DeadlinePolicy([_rule(stage=s) for s in STAGES] + [_rule()], WorkCalendar())


# --- deadlines -------------------------------------------------------------------------


def test_wall_clock_deadlines(policy):
    # urgent 立案 at 22:00: 5 min, night or not
    assert policy.deadline("accept", None, None, True, at(2026, 3, 9, 22)) == at(2026, 3, 9, 22, 5)
    # 公安井盖 6 h from Sat 22:00 -> Sun 04:00
    assert policy.deadline("handle", "component", "0112", False, at(2026, 3, 14, 22)) == at(
        2026, 3, 15, 4
    )
    # UTC in, UTC out: 14:00Z + 20 min
    start = datetime(2026, 3, 9, 14, 0, tzinfo=UTC)
    assert policy.deadline("accept", None, None, False, start) == datetime(
        2026, 3, 9, 14, 20, tzinfo=UTC
    )


def test_working_time_deadlines(policy):
    # 暴露垃圾 240 working min from Mon 11:00: 60 until noon, 180 from 13:30 -> 16:30
    assert policy.deadline("handle", "event", "0102", False, at(2026, 3, 9, 11)) == at(
        2026, 3, 9, 16, 30
    )
    # default 3 working days from Fri 16:00 ends Wed 16:00 (Fri 90 + Mon 450 + Tue 450
    # + Wed 360 = 1350 = 3 x 450 calendar minutes)
    assert policy.deadline("handle", "event", "0199", False, at(2026, 3, 13, 16)) == at(
        2026, 3, 18, 16
    )
    # 路灯 1 working day from Mon 08:30 ends the same day 17:30
    assert policy.deadline("handle", "component", "0118", False, at(2026, 3, 9, 8, 30)) == at(
        2026, 3, 9, 17, 30
    )
    # 私搭乱建 15 working days from Mon 09-14 10:00: 09-15..18 (4), Sun 09-20 make-up (5),
    # 09-21..24 (9), 09-25 中秋 off, 09-28..30 (12), 10-01..07 国庆 off, 10-08, 10-09 (14),
    # Sat 10-10 make-up (15) -> 10-10 10:00
    assert policy.deadline("handle", "event", "0101", False, at(2026, 9, 14, 10)) == at(
        2026, 10, 10, 10
    )
    # 核实 30 working min asked at 11:50: 10 before noon, 20 after 13:30 -> 13:50
    assert policy.deadline("verify", None, None, False, at(2026, 3, 9, 11, 50)) == at(
        2026, 3, 9, 13, 50
    )


# --- elapsed fraction and traffic lights -------------------------------------------------


@pytest.mark.parametrize(
    "now, fraction, light",
    [
        (at(2026, 3, 9, 9, 59), 0.0, "green"),  # before the start: nothing used
        (at(2026, 3, 9, 10, 16), 0.8, "green"),  # 16 / 20
        (at(2026, 3, 9, 10, 17), 0.85, "yellow"),  # 17 / 20
        (at(2026, 3, 9, 10, 20), 1.0, "yellow"),  # 20 / 20: due, not late
        (at(2026, 3, 9, 10, 21), 1.05, "red"),  # 21 / 20
    ],
)
def test_wall_clock_fraction(policy, now, fraction, light):
    rule = policy.rule_for("accept", None, None, False)  # 20 min wall-clock
    start = at(2026, 3, 9, 10)
    deadline = policy.deadline_for_rule(rule, start)
    got = policy.elapsed_fraction(rule, start, deadline, now)
    assert got == pytest.approx(fraction)
    assert traffic_light(got) == light


@pytest.mark.parametrize(
    "now, fraction",
    [
        (at(2026, 3, 9, 12, 45), 0.25),  # lunch: 60 / 240
        (at(2026, 3, 9, 14, 0), 0.375),  # 60 + 30 = 90 / 240
        (at(2026, 3, 9, 16, 30), 1.0),  # the deadline
        (at(2026, 3, 9, 17, 45), 1.25),  # 60 + 240 = 300 / 240
    ],
)
def test_working_time_fraction(policy, now, fraction):
    rule = policy.rule_for("handle", "event", "0102", False)  # 240 working min
    start = at(2026, 3, 9, 11)
    deadline = at(2026, 3, 9, 16, 30)
    assert policy.elapsed_fraction(rule, start, deadline, now) == pytest.approx(fraction)
    # the working flag alone gives the same answer
    assert policy.elapsed_fraction(True, start, deadline, now) == pytest.approx(fraction)


def test_past_a_working_deadline_is_red_even_after_hours(policy):
    # 240 working min from Mon 13:30 ends 17:30; at 18:00 no working minute has passed
    # since (240 / 240 = 1.0), but the case is late.
    start, deadline = at(2026, 3, 9, 13, 30), at(2026, 3, 9, 17, 30)
    assert policy.elapsed_fraction(True, start, deadline, at(2026, 3, 9, 17, 30)) == 1.0
    late = policy.elapsed_fraction(True, start, deadline, at(2026, 3, 9, 18))
    assert late > 1.0
    assert traffic_light(late) == "red"


@pytest.mark.parametrize(
    "fraction, light",
    [
        (0.0, "green"),
        (0.8, "green"),
        (0.8000001, "yellow"),
        (1.0, "yellow"),
        (1.0000001, "red"),
        (3, "red"),
    ],
)
def test_traffic_light_thresholds(fraction, light):
    assert traffic_light(fraction) == light


def test_traffic_light_refuses_nan():
    with pytest.raises(InvalidInput):
        traffic_light(float("nan"))


# --- pauses (挂账) ----------------------------------------------------------------------


def test_wall_clock_pause_extends_by_the_pause(policy):
    # paused 10:00-10:45: 45 min more
    got = policy.deadline_after_pause(
        at(2026, 3, 9, 12), at(2026, 3, 9, 10), at(2026, 3, 9, 10, 45), False
    )
    assert got == at(2026, 3, 9, 12, 45)


def test_working_pause_extends_by_working_minutes(policy):
    # paused Mon 11:00 .. Tue 09:00 = 60 + 240 + 30 = 330 working min.
    # Mon 16:30 + 330: 60 until 17:30, Tue 08:30-12:00 210, 60 from 13:30 -> Tue 14:30
    got = policy.deadline_after_pause(
        at(2026, 3, 9, 16, 30), at(2026, 3, 9, 11), at(2026, 3, 10, 9), True
    )
    assert got == at(2026, 3, 10, 14, 30)


def test_pause_outside_working_time_changes_nothing(policy):
    # Fri 17:45 .. Mon 08:00: no working minute
    deadline = at(2026, 3, 17, 10)
    assert (
        policy.deadline_after_pause(deadline, at(2026, 3, 13, 17, 45), at(2026, 3, 16, 8), True)
        == deadline
    )
    # wall-clock: the same pause is 62 h 15 min
    assert policy.deadline_after_pause(
        deadline, at(2026, 3, 13, 17, 45), at(2026, 3, 16, 8), False
    ) == deadline + timedelta(hours=62, minutes=15)


def test_pause_refuses_resume_before_pause(policy):
    with pytest.raises(InvalidInput, match="before"):
        policy.deadline_after_pause(
            at(2026, 3, 9, 12), at(2026, 3, 9, 11), at(2026, 3, 9, 10), True
        )


# --- malformed files -------------------------------------------------------------------

HEADER = "stage,kind,class,urgent,minutes,working,note\n"
FALLBACKS = "".join(f"{s},*,*,,30,false,\n" for s in STAGES)  # lines 2 to len(STAGES) + 1


@pytest.mark.parametrize(
    "bad_row, problem",
    [
        ("close,*,*,,30,false,", "unknown stage 'close'"),
        ("handle,thing,*,,30,false,", "unknown kind 'thing'"),
        ("handle,event,123,,30,false,", "class '123'"),
        ("handle,*,0102,,30,false,", "needs a kind"),
        ("handle,event,0102,maybe,30,false,", "urgent must be empty, true or false"),
        ("handle,event,0102,,0,false,", "minutes must be a positive whole number"),
        ("handle,event,0102,,-5,false,", "minutes must be a positive whole number"),
        ("handle,event,0102,,1.5,false,", "minutes must be a positive whole number"),
        ("handle,event,0102,,30,yes,", "working must be true or false"),
        ("handle,event,0102,,30,,", "empty working"),
        ("handle,*,*,,45,true,", "duplicate rule: same stage, kind, class and urgent as line 5"),
        ("handle,event,0102,,30,false,x,y", "more fields"),
    ],
)
def test_malformed_row_names_file_and_line(tmp_path, bad_row, problem):
    path = tmp_path / "deadlines.csv"
    path.write_text(
        HEADER + FALLBACKS + "handle,event,0101,,60,true,ok\n" + bad_row + "\n", encoding="utf-8"
    )
    with pytest.raises(CatalogError) as err:
        read_rules(path)
    # header 1, a fallback per stage, the good row, then the bad row
    assert str(err.value).startswith(f"{path}:{len(STAGES) + 3}: ")
    assert problem in str(err.value)


def test_missing_fallback_is_reported(tmp_path):
    path = tmp_path / "deadlines.csv"
    rows = "".join(f"{s},*,*,,30,false,\n" for s in STAGES if s != "review")
    path.write_text(HEADER + rows + "review,*,*,true,30,false,\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"fallback .* review") as err:
        read_rules(path)
    assert str(path) in str(err.value)


def test_missing_column_is_reported(tmp_path):
    path = tmp_path / "deadlines.csv"
    path.write_text("stage,kind,class,minutes,working\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="urgent") as err:
        read_rules(path)
    assert str(err.value).startswith(f"{path}:1: ")


def test_load_policy_reads_a_data_dir(tmp_path):
    shutil.copy(DATA / "calendar.json", tmp_path / "calendar.json")
    (tmp_path / "deadlines.csv").write_text(
        HEADER + FALLBACKS.replace("handle,*,*,,30,false", "handle,*,*,,480,true"), encoding="utf-8"
    )
    policy = load_policy(tmp_path)
    # 480 = 1 working day: Mon 10:00 -> Tue 10:00
    assert policy.deadline("handle", "event", "0102", False, at(2026, 3, 9, 10)) == at(
        2026, 3, 10, 10
    )
    (tmp_path / "calendar.json").unlink()
    with pytest.raises(CatalogError, match="calendar.json: file not found"):
        load_policy(tmp_path)


def test_warn_at_counts_working_time_across_a_weekend():
    from datetime import datetime, timedelta

    from console.domain.deadlines import load_policy

    policy = load_policy()
    zone = policy.calendar.zone
    # Friday 2026-11-20 16:00 local, 3 working days → Wednesday 16:00; 1,350 working minutes
    start = datetime(2026, 11, 20, 16, 0, tzinfo=zone)
    deadline = policy.calendar.add_working_minutes(start, 3 * policy.calendar.day_minutes)
    warn = policy.warn_at(True, start, deadline)
    # 80 % of the working minutes, not of the wall-clock span (which would fall on Tuesday 04:48)
    assert policy.calendar.working_minutes_between(start, warn) == pytest.approx(
        0.8 * policy.calendar.working_minutes_between(start, deadline), abs=0.01)
    assert policy.calendar.is_working_time(warn) or warn == deadline
    wall = policy.warn_at(False, start, deadline)
    assert wall == start + (deadline - start) * 0.8
    assert warn != wall and start < warn < deadline
    assert policy.warn_at(True, start, start - timedelta(minutes=1)) == start - timedelta(minutes=1)
