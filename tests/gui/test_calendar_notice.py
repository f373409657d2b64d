"""The work calendar beyond its years in the console: the estimated deadline's note in the case
detail, and the notice administrators and commanders get a month before the calendar ends."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from console.services.calendar_service import calendar_status
from tests.services.helpers import spot

pytestmark = pytest.mark.gui
WAIT_MS = 10_000
CST = ZoneInfo("Asia/Shanghai")


def _notices(window):
    return [i for i in window.message_bar.items() if i.objectName() == "calendar_notice"]


def test_an_estimated_deadline_says_so_beside_it(qtbot, chinese, make_window, services):
    now = datetime(2026, 12, 30, 10, tzinfo=CST)
    x, y, _, inspector = spot(services)
    case = services.cases.register(services.auth.actor(inspector), source="inspector",
                                   kind="event", class_code="0103", description="积存渣土",
                                   x=x, y=y, now=now)
    case = services.cases.act(services.auth.actor("acceptor"), case["id"], "file", now=now)
    case = services.cases.act(services.auth.actor("dispatcher"), case["id"], "dispatch",
                              department=case["suggested_department"], now=now)
    assert case["deadline_estimated"]
    window = make_window("dispatcher")
    window.detail_dock.show_case(case["id"])
    text = window.detail_dock.values["deadline"].text()
    assert text.startswith("2027-01-05 10:00") and "（估算：2027 年节假日未载入）" in text
    # an exact deadline has no note
    exact = services.cases.act(services.auth.actor("acceptor"), services.cases.register(
        services.auth.actor(inspector), source="inspector", kind="event", class_code="0103",
        description="积存渣土", x=x, y=y)["id"], "file")
    window.detail_dock.show_case(exact["id"])
    assert "估算" not in window.detail_dock.values["deadline"].text()


def test_the_notice_is_worded_for_a_month_before_and_silent_before(qtbot, chinese, make_window,
                                                                    services):
    window = make_window("admin")
    notice = window.calendar_notice
    assert notice.show_status(calendar_status(services.db, datetime(2026, 10, 1, tzinfo=CST))) is None
    item = notice.show_status(calendar_status(services.db, datetime(2026, 12, 1, tzinfo=CST)))
    assert item is not None and item in _notices(window)
    assert "2026-12-31" in item.text() and "30" in item.text() and "console calendar load" in item.text()


def test_admins_see_the_notice_at_login_when_the_calendar_runs_out(qtbot, make_window, services):
    warn = calendar_status(services.db)["warn"]  # today's clock decides
    window = make_window("admin")
    if warn:
        qtbot.waitUntil(lambda: bool(_notices(window)), timeout=WAIT_MS)
    else:
        qtbot.wait(500)
        assert _notices(window) == []
    dispatcher = make_window("dispatcher")
    qtbot.wait(500)
    assert _notices(dispatcher) == []  # not for other roles
