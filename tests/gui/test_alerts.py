"""Notices in a real window: fed by the change poller and the deadline clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from geoalchemy2.shape import to_shape
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QPushButton
from sqlalchemy import select

from console.store.models import GridCell

pytestmark = pytest.mark.gui
WAIT_MS = 10_000


def _point_in(services, district: str, index: int = 0):
    with services.db.read() as s:
        geom = s.scalar(select(GridCell.geom).where(GridCell.code.startswith(district))
                        .order_by(GridCell.code).offset(index).limit(1))
    p = to_shape(geom).representative_point()
    return p.x, p.y


def _register(services, user: str, district: str = "321202", urgent: bool = False,
              description: str = "提醒测试") -> dict:
    x, y = _point_in(services, district, 4)
    return services.cases.register(services.auth.actor(user), source="inspector" if user.startswith(
        "inspector") else "public", kind="event", class_code="0102", description=description,
        x=x, y=y, urgent=urgent)


def _alert_items(window, kind: str | None = None):
    return [i for i in window.alerts.items()
            if kind is None or i.objectName() == f"alert_{kind}"]


def test_an_urgent_case_from_elsewhere_raises_a_dismissable_notice(qtbot, make_window, services):
    window = make_window("acceptor")
    qtbot.waitUntil(lambda: window.alerts.seeded, timeout=WAIT_MS)
    inspector = next(u["name"] for u in services.auth.list_users()
                     if u["cells"] and u["cells"][0].startswith("321202"))
    urgent = _register(services, inspector, urgent=True, description="燃气泄漏气味")
    _register(services, "acceptor_gg", district="321203", urgent=True)  # another district
    window.poller.poll()
    qtbot.waitUntil(lambda: bool(_alert_items(window, "urgent")), timeout=WAIT_MS)
    items = _alert_items(window, "urgent")
    assert len(items) == 1 and items[0].property("case_id") == urgent["id"]
    assert urgent["code"] in items[0].text()
    # "Show" selects the case everywhere
    button = items[0].widget()
    assert isinstance(button, QPushButton) and button.objectName() == "alert_show"
    qtbot.mouseClick(button, Qt.LeftButton)
    assert window.detail_dock.shown_case_id() == urgent["id"]
    # dismissable: the bar's close button takes it away
    window.message_bar.popWidget(items[0])
    assert _alert_items(window, "urgent") == []
    assert window.alerts.history[0]["case_id"] == urgent["id"]
    dialog = window.open_alert_history()
    assert urgent["code"] in dialog.list.item(0).text()
    dialog.close()


def test_own_registration_and_other_roles_raise_nothing(qtbot, make_window, services):
    window = make_window("dispatcher")
    qtbot.waitUntil(lambda: window.alerts.seeded, timeout=WAIT_MS)
    _register(services, "acceptor", urgent=True)
    window.poller.poll()
    qtbot.wait(50)
    assert _alert_items(window) == []


def test_escalation_reaches_the_shift_leader(qtbot, make_window, services):
    case = _register(services, "acceptor")
    window = make_window("shift_leader")
    qtbot.waitUntil(lambda: window.alerts.seeded and case["id"] in window.alerts.snapshots,
                    timeout=WAIT_MS)
    services.cases.act(services.auth.actor("acceptor"), case["id"], "escalate", reason="请值班长定")
    window.poller.poll()
    qtbot.waitUntil(lambda: bool(_alert_items(window, "escalated")), timeout=WAIT_MS)
    assert _alert_items(window, "escalated")[0].property("case_id") == case["id"]


def test_a_department_return_request_reaches_the_dispatcher(qtbot, make_window, services):
    dispatched = services.queries.list(state="dispatched", district="321202", limit=20)
    case = next(c for c in dispatched if not c.get("return_requested"))
    department = next(u["name"] for u in services.auth.list_users()
                      if u["department"] == case["department"])
    window = make_window("dispatcher")
    qtbot.waitUntil(lambda: window.alerts.seeded and case["id"] in window.alerts.snapshots,
                    timeout=WAIT_MS)
    services.cases.act(services.auth.actor(department), case["id"], "return",
                       reason="不属于本部门职责")
    window.poller.poll()
    qtbot.waitUntil(lambda: bool(_alert_items(window, "returned")), timeout=WAIT_MS)
    item = _alert_items(window, "returned")[0]
    assert item.property("case_id") == case["id"] and "不属于本部门职责" in item.text()


def test_deadlines_passing_raise_overdue_for_the_queue_that_holds_them(qtbot, make_window,
                                                                       services):
    window = make_window("acceptor")
    qtbot.waitUntil(lambda: window.alerts.seeded, timeout=WAIT_MS)
    assert window.alerts.snapshots
    # a demo built long ago may hold only red cases in this queue: one fresh report
    # guarantees a deadline that passes during the test, whatever the demo's age
    inspector = next(u["name"] for u in services.auth.list_users()
                     if u["cells"] and u["cells"][0].startswith("321202"))
    fresh = _register(services, inspector, description="待核实的新上报")
    window.poller.poll()
    qtbot.waitUntil(lambda: fresh["id"] in window.alerts.snapshots, timeout=WAIT_MS)
    already = {k for k, s in window.alerts.snapshots.items() if s.red}
    raised = window.alerts.check_overdue(now=datetime.now(UTC) + timedelta(days=60))
    assert raised and all(kind == "overdue" for kind, _c in raised)
    assert fresh["id"] in {c["id"] for _k, c in raised}
    assert not already & {c["id"] for _k, c in raised}  # red at start: no notice
    assert {c["state"] for _k, c in raised} <= {"reported", "verifying", "awaiting_check",
                                                "checking"}
    assert all(c.get("district_code") == "321202" for _k, c in raised)
    # many at once: one item for the lot, not a wall of bars
    assert 1 <= len(_alert_items(window, "overdue")) <= 3
    assert window.alerts.check_overdue(now=datetime.now(UTC) + timedelta(days=61)) == []


def test_sound_is_a_setting_on_by_default_on_the_video_wall(qtbot, make_window):
    window = make_window("acceptor")
    assert not window.alerts.sound and not window.alert_sound_action.isChecked()
    window.alert_sound_action.setChecked(True)
    assert window.alerts.sound
    wall = make_window("wall", video_wall=True)
    assert wall.alerts.sound  # the acceptor's choice was stored; the wall is on anyway
    from console.widgets.alerts import sound_enabled

    assert sound_enabled(False)
