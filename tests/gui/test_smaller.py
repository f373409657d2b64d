"""Issue 7, defect 8 (the parts in the panels): local dates on components, a sensible
postponement default, actions and states worded apart, quitting asks before input is lost."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from qgis.PyQt.QtCore import Qt

pytestmark = pytest.mark.gui

WAIT_MS = 10_000


def _click_row(qtbot, dock, case_id):
    qtbot.waitUntil(lambda: dock.model.row_of(case_id) >= 0, timeout=WAIT_MS)
    dock.select_case(case_id)
    index = dock.proxy.mapFromSource(dock.model.index(dock.model.row_of(case_id), 0))
    qtbot.mouseClick(dock.table.viewport(), Qt.LeftButton, pos=dock.table.visualRect(index).center())
    assert dock.current_case_id() == case_id


def test_a_components_change_date_is_the_local_day(qtbot, make_window, services):
    window = make_window("gis")
    code = services.components.list(limit=1)[0]["code"] if hasattr(services.components, "list") else None
    if code is None:
        from sqlalchemy import select

        from console.store.models import Component

        with services.db.read() as s:
            code = s.scalar(select(Component.code).order_by(Component.code).limit(1))
    # 07:30 in Beijing on 2 December is still 1 December in UTC
    services.components.update(services.auth.actor("gis"), code, note="清洗",
                               now=datetime(2026, 12, 1, 23, 30, tzinfo=UTC))
    assert window.gis_dock.show_component(code)
    assert window.gis_dock.values["changed"].text() == "2026-12-02"


def test_the_postponement_default_is_one_working_day_past_the_deadline(qtbot, make_window, services):
    from console.widgets.case_table_model import parse_iso

    dispatched = [c for c in services.queries.list(state="dispatched", district="321202", limit=200)
                  if c.get("department") and c.get("deadline")]
    users = {u["department"]: u["name"] for u in services.auth.list_users() if u["department"]}
    now = datetime.now(UTC)
    case = next((c for c in dispatched if c["department"] in users
                 and parse_iso(c["deadline"]) > now), None)
    if case is None:
        pytest.skip("no running dispatched demo case with a department user")
    window = make_window(users[case["department"]])
    dock = window.case_docks["handling"]
    _click_row(qtbot, dock, case["id"])
    chosen = dock.until()
    # shown in Beijing time, whatever the workstation's zone
    shown = dock.until_edit.dateTime().toString("yyyy-MM-dd HH:mm")
    assert shown == chosen.astimezone(services.policy.calendar.zone).strftime("%Y-%m-%d %H:%M")
    deadline = parse_iso(case["deadline"])
    calendar = services.policy.calendar
    expected = calendar.add_working_minutes(deadline, calendar.day_minutes)
    assert chosen > deadline and chosen > now
    assert abs((chosen - expected).total_seconds()) < 60
    assert (chosen - deadline).days < 5  # one working day (a weekend at most), not "now"


def test_no_action_is_worded_like_a_state(chinese):
    from console.widgets import labels

    states = {labels.state(s) for s in labels.STATES}
    clash = [a for a in labels.ACTIONS if labels.action(a) in states]
    assert clash == [], [(a, labels.action(a)) for a in clash]


def test_the_timeline_shows_the_action_and_its_result_apart(qtbot, chinese, make_window, services):
    reported = [c for c in services.queries.list(state="reported", district="321202", limit=20)]
    if not reported:
        pytest.skip("no reported demo case")
    case = reported[0]
    done = services.cases.act(services.auth.actor("acceptor"), case["id"], "reject", reason="重复上报")
    window = make_window("acceptor")
    window.detail_dock.show_case(done["id"])
    last = window.detail_dock.timeline.topLevelItem(window.detail_dock.timeline.topLevelItemCount() - 1)
    action, result = last.text(1), last.text(3)
    assert action == "不受理"
    to_state = result.split("→")[-1].strip()
    assert to_state == "不予受理" and to_state != action


def test_quitting_with_a_typed_reason_asks_first(qtbot, make_window, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox

    window = make_window("dispatcher")
    dock = window.case_docks["dispatch"]
    assert not dock.has_unsaved_input()
    qtbot.keyClicks(dock.reason_edit, "wait for the rain to stop")
    assert dock.has_unsaved_input()
    asked = []

    def answer(parent, title, text, buttons, default):
        asked.append(text)
        return QMessageBox.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.quit_console()
    assert asked and dock.windowTitle() in asked[0]
    assert window.isVisible(), "Cancel keeps the console open"
