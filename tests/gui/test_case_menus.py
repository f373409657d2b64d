"""Menus a person expects: change my password, log out / switch user, export the selected case,
search the closed history (real window, real dialogs)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from qgis.PyQt.QtCore import QDate, Qt, QTimer
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from console.services.case_service import Photo
from console.store.models import CaseFile, GridCell

pytestmark = pytest.mark.gui
WAIT_MS = 10_000


def _menu_texts(window) -> list[str]:
    out = []
    for action in window.menuBar().actions():
        out.append(action.text())
        if action.menu() is not None:
            out += [a.text() for a in action.menu().actions()]
    return out


def test_change_my_password_through_the_dialog(qtbot, make_window, services):
    window = make_window("dispatcher")
    assert window.change_password_action in window.menuBar().actions()[0].menu().actions()
    dialog = window.open_change_password()
    qtbot.keyClicks(dialog.old_edit, "demo1234")
    qtbot.keyClicks(dialog.new_edit, "geheim-2026")
    qtbot.keyClicks(dialog.repeat_edit, "geheim-2027")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.isVisible() and not dialog.error_label.isHidden()
    dialog.old_edit.setText("falsch-123")
    dialog.repeat_edit.setText("geheim-2026")
    assert not dialog.try_change() and dialog.old_edit.text() == ""  # wrong old password
    dialog.old_edit.setText("demo1234")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert services.auth.authenticate("dispatcher", "geheim-2026").name == "dispatcher"


def _case_with_photo(services, tmp_path) -> dict:
    with services.db.read() as s:
        geom = s.scalar(select(GridCell.geom).where(GridCell.code.startswith("321202")).limit(1))
    from geoalchemy2.shape import to_shape

    p = to_shape(geom).representative_point()
    image = QImage(40, 30, QImage.Format_RGB32)
    image.fill(QColor("#3366cc"))
    path = tmp_path / "scene.png"
    image.save(str(path), "PNG")
    case = services.cases.register(services.auth.actor("acceptor"), source="public",
                                   kind="event", class_code="0102",
                                   description="导出测试：暴露垃圾", x=p.x, y=p.y,
                                   address="海陵区 测试路1号", photos=[Photo.from_path(path)])
    services.cases.act(services.auth.actor("acceptor"), case["id"], "escalate", reason="请定夺")
    return case


def test_export_the_selected_case_as_html_and_json(qtbot, make_window, services, tmp_path):
    case = _case_with_photo(services, tmp_path)
    window = make_window("acceptor")
    assert window.export_selected_case(str(tmp_path / "none.html")) is None  # nothing selected
    window.select_case(case["id"])
    page = window.export_selected_case(str(tmp_path / "case.html"))
    text = page.read_text(encoding="utf-8")
    assert case["code"] in text and "导出测试：暴露垃圾" in text and "海陵区 测试路1号" in text
    assert "data:image/png;base64," in text  # the photo travels inside the page
    assert text.count("<tr><td>") >= 2  # register and escalate in the timeline
    assert "请定夺" in text
    doc = json.loads(window.export_selected_case(str(tmp_path / "case.json")).read_text("utf-8"))
    assert doc["code"] == case["code"] and [h["action"] for h in doc["history"]][:2] == [
        "register", "escalate"]
    assert doc["photos"][0]["data_base64"]


def test_history_search_runs_off_the_gui_thread_and_selects_everywhere(qtbot, make_window,
                                                                       services):
    window = make_window("dispatcher")
    assert "Search &closed cases…" in _menu_texts(window)
    with services.db.read() as s:
        last = max(s.scalars(select(CaseFile.closed_at).where(
            CaseFile.state == "closed", CaseFile.closed_at.is_not(None),
            CaseFile.district_code == "321202")).all())
    day = last.astimezone(services.policy.calendar.zone).date()
    dialog = window.open_history_search()
    dialog.page = 20
    dialog.from_edit.setDate(QDate(day.year, day.month, day.day).addDays(-30))
    dialog.to_edit.setDate(QDate(day.year, day.month, day.day))
    qtbot.mouseClick(dialog.search_button, Qt.LeftButton)
    assert dialog.busy  # a task: the GUI thread does not wait for the query
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() > 0, timeout=WAIT_MS)
    assert dialog.model.rowCount() == min(20, dialog.total)
    assert all(dialog.model.case(r)["district_code"] == "321202"
               for r in range(dialog.model.rowCount()))
    if dialog.total > 20:
        assert dialog.more_button.isEnabled()
        qtbot.mouseClick(dialog.more_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() > 20, timeout=WAIT_MS)
    chosen = dialog.model.case(3)
    dialog.select_row(3)
    assert window.detail_dock.shown_case_id() == chosen["id"]
    assert window.city_map._highlighted is not None
    dialog.close()


def test_log_out_asks_about_unsaved_input_then_closes(qtbot, make_window, services, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox

    window = make_window("acceptor")
    form = window.report_form()
    form.description_edit.setPlainText("还没登记")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Cancel)
    assert not window.log_out() and window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    assert window.log_out()
    assert window.logout_requested and not window.isVisible()


def test_switch_user_without_restarting(qtbot, db_url):
    from console.widgets.launcher import launch
    from console.widgets.login_dialog import LoginDialog
    from console.widgets.main_window import MainWindow

    seen: list[str] = []

    def step():
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, LoginDialog) and w.isVisible()]
        if windows:
            window = windows[0]
            seen.append(window.actor.name)
            if len(seen) == 1:
                window.log_out()
            else:
                window.close()
                return
        elif dialogs:
            dialogs[0].user_edit.setText("acceptor")
            dialogs[0].password_edit.setText("demo1234")
            dialogs[0].try_login()
        QTimer.singleShot(50, step)

    QTimer.singleShot(50, step)
    assert launch(db_url, as_user="dispatcher", password="demo1234") == 0
    assert seen[0] == "dispatcher" and seen[-1] == "acceptor"


def test_history_dates_default_to_the_last_week(qtbot, make_window):
    window = make_window("leader")
    dialog = window.open_history_search()
    assert dialog.from_edit.date().daysTo(dialog.to_edit.date()) == 7
    assert timedelta(days=7)
    dialog.close()
