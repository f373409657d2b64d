"""The console's panels, driven as a user would: qtbot, a real map canvas (offscreen).

Each test works on its own copy of the demo database, so tests do not see each other's
cases. Panels fetch in QGIS worker tasks, so every wait is ``qtbot.waitUntil`` (never sleep).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsPointXY, QgsRectangle
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtGui import QColor, QImage

from console.domain.workflow import Actor
from console.widgets import labels
from console.widgets.change_poller import ChangePoller
from console.widgets.main_window import docks_for
from tests.gui.drive import close_launched_window, point_in, type_text

pytestmark = pytest.mark.gui

PASSWORD = "demo1234"
ROOT = Path(__file__).resolve().parents[2]
CONSOLE = ROOT / ".venv" / "bin" / "console"
WAIT_MS = 10_000


# --- fixtures ------------------------------------------------------------------------------


def _a_case_in(services, district: str) -> dict:
    cases = services.queries.list(district=district, limit=50)
    assert cases, f"the demo has no case in {district}"
    return cases[0]


def _register(services, user=None, source="inspector", kind="event", class_code="0102",
              district="321202", **kw) -> dict:
    """A new report; by default the cell inspector's own (filed without a verification, which
    the seeds require of public, system and video reports)."""
    x, y, _ = point_in(services, district, kw.pop("cell", 0))
    if user is None:
        user = services.locator.locate(x, y).inspector if source == "inspector" else "acceptor"
    actor = services.auth.actor(user)
    return services.cases.register(actor, source=source, kind=kind, class_code=class_code,
                                   description=kw.pop("description", "测试：暴露垃圾"),
                                   x=x, y=y, **kw)


def _photo(tmp_path, name: str, color: str) -> str:
    image = QImage(64, 48, QImage.Format_RGB32)
    image.fill(QColor(color))
    path = str(tmp_path / name)
    assert image.save(path, "PNG")
    return path


def _select(qtbot, dock, case_id: str) -> dict:
    """Click the case's row, as a user would (the view selector set to show everything)."""
    qtbot.waitUntil(lambda: dock.model.row_of(case_id) >= 0, timeout=WAIT_MS)
    if dock.view_combo.isVisible():
        for i, (_, predicate) in enumerate(dock._views):
            if predicate is None:
                dock.view_combo.setCurrentIndex(i)
                break
    dock.filter_edit.clear()
    index = dock.proxy.mapFromSource(dock.model.index(dock.model.row_of(case_id), 0))
    rect = dock.table.visualRect(index)
    qtbot.mouseClick(dock.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert dock.current_case_id() == case_id
    return dock.current_case()


def _click(qtbot, dock, action: str) -> None:
    button = dock.buttons[action]
    assert button.isEnabled(), f"{action} is not offered for the selected case"
    qtbot.mouseClick(button, Qt.LeftButton)


def _message_texts(window) -> list[str]:
    bar = window.message_bar
    texts = []
    for item in bar.items():
        texts.append(f"{item.title()} {item.text()}")
    return texts


def _user_of_department(services, code: str) -> str:
    return next(u["name"] for u in services.auth.list_users() if u["department"] == code)


# --- roles and panels ----------------------------------------------------------------------


@pytest.mark.parametrize("user, expected", [
    ("acceptor", {"acceptance", "closure", "callback"}),
    ("shift_leader", {"acceptance", "adjudication", "closure", "callback"}),
    ("dispatcher", {"dispatch"}),
    ("commander", {"dispatch"}),
    ("dept_sanitation", {"handling"}),
    ("leader", {"overview"}),
    ("wall", {"overview"}),
    ("gis", {"overview"}),
])
def test_each_role_sees_its_panels(make_window, user, expected):
    window = make_window(user)
    assert set(window.case_docks) == expected
    for dock in window.case_docks.values():
        assert dock.isVisible() or window.tabifiedDockWidgets(dock)
    assert window.detail_dock is not None


def test_login_dialog_shows_errors_inline_and_logs_in(qtbot, services):
    from console.widgets.login_dialog import LoginDialog

    dialog = LoginDialog(services, user="dispatcher")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password_edit, "wrong-password")
    qtbot.mouseClick(dialog.login_button, Qt.LeftButton)
    assert dialog.error_label.isVisible()
    assert "password" in dialog.error_label.text()  # worded for the user (error_text.py)
    assert dialog.actor is None and dialog.isVisible()
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.LeftButton)
    assert dialog.actor is not None and dialog.actor.name == "dispatcher"
    assert dialog.result() == dialog.Accepted


def test_docks_for_roles_implies():
    assert docks_for(Actor("x", frozenset({"shift_leader"}))) == ["acceptance", "adjudication",
                                                                   "closure", "callback"]
    assert docks_for(Actor("x", frozenset({"commander"}))) == ["dispatch"]
    assert docks_for(Actor("x", frozenset({"viewer"}))) == ["overview"]


def test_user_without_a_roles_rights_is_not_offered_its_actions(make_window, services):
    acceptor = make_window("acceptor")
    offered = set(acceptor.case_docks["acceptance"].buttons)
    assert offered == {"request_verification", "file", "reject", "escalate"}
    assert "cancel" not in offered and "transfer_to_city" not in offered
    assert set(acceptor.case_docks["closure"].buttons) == {"request_check", "close", "rework", "escalate"}

    dispatcher = make_window("dispatcher")
    offered = set(dispatcher.case_docks["dispatch"].buttons)
    assert {"dispatch", "accept_result", "reject_result", "urge"} <= offered
    assert not offered & {"approve_postponement", "deny_postponement", "suspend", "resume"}

    commander = make_window("commander")
    assert {"approve_postponement", "deny_postponement", "suspend", "resume"} <= set(
        commander.case_docks["dispatch"].buttons)

    department = make_window("dept_sanitation")
    assert set(department.case_docks["handling"].buttons) == {"report_done", "return",
                                                              "request_postponement", "answer_urge"}
    leader = make_window("leader")
    assert leader.case_docks["overview"].buttons == {}


def test_actions_follow_the_selected_case_and_refusals_reach_the_message_bar(
        qtbot, make_window, services):
    reported = _register(services)
    window = make_window("acceptor")
    dock = window.case_docks["acceptance"]
    _select(qtbot, dock, reported["id"])
    enabled = {a for a, b in dock.buttons.items() if b.isEnabled()}
    assert {"file", "reject", "escalate"} <= enabled and "cancel" not in enabled
    # reject needs a reason: the service refuses, the message bar says so, nothing changes
    _click(qtbot, dock, "reject")
    qtbot.waitUntil(lambda: any("reason" in t for t in _message_texts(window)), timeout=WAIT_MS)
    assert services.queries.show(reported["id"])["state"] == "reported"

    # a case another workstation changed meanwhile: the stale version is refused
    other = services.auth.actor("acceptor")
    services.cases.act(other, reported["id"], "escalate", reason="另一台工作站")
    _click(qtbot, dock, "file")
    qtbot.waitUntil(lambda: any("version" in t for t in _message_texts(window)), timeout=WAIT_MS)
    assert services.queries.show(reported["id"])["state"] == "adjudicating"
    # ... and the panel now shows the truth: the escalated case left the acceptance queue
    qtbot.waitUntil(lambda: dock.model.row_of(reported["id"]) < 0, timeout=WAIT_MS)


# --- a new report, picked on the canvas ----------------------------------------------------


def test_pick_a_location_on_the_canvas_and_register_a_report(qtbot, make_window, services):
    window = make_window("acceptor")
    dock = window.case_docks["acceptance"]
    form = dock.form
    x0, y0, cell = point_in(services, "321202", 3)
    target = {"x": x0, "y": y0, "grid_code": cell}
    canvas = window.city_map.canvas
    canvas.setExtent(QgsRectangle(target["x"] - 60, target["y"] - 60,
                                  target["x"] + 60, target["y"] + 60))
    canvas.refresh()
    qtbot.waitUntil(lambda: canvas.extent().contains(QgsPointXY(target["x"], target["y"])),
                    timeout=WAIT_MS)

    window.start_new_report()
    assert dock.tabs.currentIndex() == 1 and form.isVisible()
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(target["x"], target["y"]))
    qtbot.mouseClick(canvas.viewport(), Qt.LeftButton, pos=QPoint(round(pixel.x()), round(pixel.y())))
    qtbot.waitUntil(lambda: form.location is not None, timeout=WAIT_MS)
    x, y = form.location
    assert abs(x - target["x"]) < 2 and abs(y - target["y"]) < 2
    assert form.grid_label.text() == target["grid_code"]
    assert form.inspector_label.text() not in ("", "—")

    # class by type-ahead: the completer offers matching classes; choosing one sets the combos
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("event"))
    type_text(qtbot, form.search_edit, "暴露")
    form.completer.complete()
    qtbot.waitUntil(lambda: form.completer.completionCount() >= 1, timeout=WAIT_MS)
    form.completer.activated[str].emit(form.completer.currentCompletion())
    assert form.class_code == "0102"
    assert form.department_label.text() not in ("", "—")  # suggested department, from preview

    form.source_combo.setCurrentIndex(form.source_combo.findData("public"))
    type_text(qtbot, form.description_edit, "人行道上堆放的垃圾")
    qtbot.mouseClick(form.register_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: any(c["description"] == "人行道上堆放的垃圾"
                                for c in (dock.model.case(r) for r in range(dock.model.rowCount()))),
                    timeout=WAIT_MS)
    new = next(c for c in (dock.model.case(r) for r in range(dock.model.rowCount()))
               if c["description"] == "人行道上堆放的垃圾")
    assert new["grid_code"] == target["grid_code"] and new["state"] == "reported"
    assert window.detail_dock.shown_case_id() == new["id"]
    # a second report at the same place sees the first as a possible duplicate
    form.set_class("event", "0102")
    form.set_location(x, y)
    texts = [form.duplicates_list.item(i).text() for i in range(form.duplicates_list.count())]
    assert any(new["code"] in t for t in texts)


def test_registration_errors_show_in_the_form(qtbot, make_window, services):
    window = make_window("acceptor")
    window.case_docks["acceptance"].show_form()
    form = window.case_docks["acceptance"].form
    qtbot.mouseClick(form.register_button, Qt.LeftButton)
    assert form.message_label.isVisible()
    form.set_location(0.0, 0.0)  # far outside the city
    assert form.message_label.isVisible() and form.message_label.text()


# --- one case through every panel to closure -------------------------------------------------


def test_walk_one_case_through_every_panel_to_closure(qtbot, make_window, services, tmp_path):
    case = _register(services, description="走完全流程的案卷",
                     photos=[__import__("console.services.case_service", fromlist=["Photo"])
                             .Photo.from_path(_photo(tmp_path, "before.png", "#aa3333"))])
    cid = case["id"]

    # 受理: the acceptor escalates it to the shift leader
    w = make_window("acceptor")
    dock = w.case_docks["acceptance"]
    _select(qtbot, dock, cid)
    type_text(qtbot, dock.reason_edit, "疑似重复，请值班长裁定")
    _click(qtbot, dock, "escalate")
    qtbot.waitUntil(lambda: dock.model.row_of(cid) < 0, timeout=WAIT_MS)
    assert services.queries.show(cid)["state"] == "adjudicating"

    # 值班长: the shift leader files it
    w = make_window("shift_leader")
    dock = w.case_docks["adjudication"]
    _select(qtbot, dock, cid)
    assert dock.buttons["file"].isEnabled() and not dock.buttons["cancel"].isEnabled()
    _click(qtbot, dock, "file")
    qtbot.waitUntil(lambda: services.queries.show(cid)["state"] == "filed", timeout=WAIT_MS)

    # 派遣: the dispatcher dispatches it to the suggested department (pre-selected)
    w = make_window("dispatcher")
    dock = w.case_docks["dispatch"]
    row = _select(qtbot, dock, cid)
    assert dock.department_combo.currentData() == row["suggested_department"]
    _click(qtbot, dock, "dispatch")
    qtbot.waitUntil(lambda: services.queries.show(cid)["state"] == "dispatched", timeout=WAIT_MS)
    department = services.queries.show(cid)["department"]

    # 处置: the department asks for more time ...
    w = make_window(_user_of_department(services, department))
    dock = w.case_docks["handling"]
    _select(qtbot, dock, cid)
    type_text(qtbot, dock.reason_edit, "需要调运设备")
    _click(qtbot, dock, "request_postponement")
    qtbot.waitUntil(lambda: bool(services.queries.show(cid)["postponement_requested_until"]),
                    timeout=WAIT_MS)

    # ... the commander approves (a dispatcher could not) ...
    w = make_window("commander")
    dock = w.case_docks["dispatch"]
    _select(qtbot, dock, cid)
    _click(qtbot, dock, "approve_postponement")
    qtbot.waitUntil(lambda: not services.queries.show(cid)["postponement_requested_until"],
                    timeout=WAIT_MS)

    # ... and the department reports the result, with a photo
    w = make_window(_user_of_department(services, department))
    dock = w.case_docks["handling"]
    _select(qtbot, dock, cid)
    type_text(qtbot, dock.reason_edit, "已清运")
    dock.set_photos([_photo(tmp_path, "after.png", "#33aa33")])
    _click(qtbot, dock, "report_done")
    qtbot.waitUntil(lambda: services.queries.show(cid)["state"] == "handled", timeout=WAIT_MS)

    # 派遣: the dispatcher accepts the result; the inspector is sent to check (mobile client)
    w = make_window("dispatcher")
    dock = w.case_docks["dispatch"]
    _select(qtbot, dock, cid)
    _click(qtbot, dock, "accept_result")
    qtbot.waitUntil(lambda: services.queries.show(cid)["state"] == "awaiting_check", timeout=WAIT_MS)

    # 结案: the acceptor orders the inspection (seed 000 4.6.1), the inspector answers from
    # the field (mobile client), the acceptor sees before/after photos side by side and closes
    w = make_window("acceptor")
    dock = w.case_docks["closure"]
    _select(qtbot, dock, cid)
    _click(qtbot, dock, "request_check")
    qtbot.waitUntil(lambda: services.queries.show(cid)["state"] == "checking", timeout=WAIT_MS)
    inspector = services.auth.actor(services.queries.show(cid)["inspector"])
    from console.services.case_service import Photo

    services.cases.act(inspector, cid, "submit_check", result="passed",
                       photos=[Photo.from_path(_photo(tmp_path, "check.png", "#3333aa"))])
    qtbot.waitUntil(lambda: (dock.current_case() or {}).get("check_result") == "passed", timeout=WAIT_MS)
    row = dock.current_case()
    assert row["id"] == cid, "the selection stayed on the case while the result came in"
    assert dock.before_photos.count() == 1 and dock.after_photos.count() == 2
    qtbot.waitUntil(lambda: dock.after_photos.loaded_count() == 2, timeout=WAIT_MS)
    assert not dock.buttons["rework"].isEnabled()
    dock.close_type_combo.setCurrentIndex(dock.close_type_combo.findData("normal"))
    _click(qtbot, dock, "close")
    qtbot.waitUntil(lambda: services.queries.show(cid)["state"] == "closed", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dock.model.row_of(cid) < 0, timeout=WAIT_MS)

    # the detail panel tells the whole story
    w.select_case(cid)
    detail = w.detail_dock
    actions = [detail.timeline.topLevelItem(i).text(1) for i in range(detail.timeline.topLevelItemCount())]
    assert actions == [labels.action(a) for a in (
        "register", "escalate", "file", "dispatch", "request_postponement", "approve_postponement",
        "report_done", "accept_result", "request_check", "submit_check", "close")]
    assert detail.values["state"].text() == labels.state("closed")
    assert detail.stages.topLevelItemCount() >= 4


# --- map and panels follow each other ---------------------------------------------------------


def test_a_pin_clicked_on_the_map_is_selected_in_the_panels(qtbot, make_window, services):
    reported = _register(services)
    window = make_window("shift_leader")
    dock = window.case_docks["acceptance"]
    qtbot.waitUntil(lambda: dock.model.row_of(reported["id"]) >= 0, timeout=WAIT_MS)
    dock.view_combo.setCurrentIndex(2)  # "in verification": hides the reported case
    window.city_map.calls["select_case"].clear()
    window.city_map.caseClicked.emit(reported["id"])
    assert dock.current_case_id() == reported["id"]  # the view switched to show it
    # the clicked pin gets the highlight (the previous one does not linger), without a zoom
    assert window.city_map.calls["select_case"] == [(reported["id"],)]
    assert window.detail_dock.shown_case_id() == reported["id"]
    assert window.case_docks["closure"].current_case_id() is None
    # and a row clicked in a panel selects the pin and fills the detail
    other = _register(services, class_code="0104")
    qtbot.waitUntil(lambda: dock.model.row_of(other["id"]) >= 0, timeout=WAIT_MS)
    window.city_map.calls["select_case"].clear()
    _select(qtbot, dock, other["id"])
    assert window.city_map.calls["select_case"][-1][0] == other["id"]
    assert window.detail_dock.shown_case_id() == other["id"]


def test_the_search_box_finds_cases_and_places(qtbot, make_window, services):
    window = make_window("dispatcher")
    case = _a_case_in(services, "321202")
    window.search_edit.setText(case["code"])
    qtbot.keyClick(window.search_edit, Qt.Key_Return)
    assert window.detail_dock.shown_case_id() == case["id"]
    window.search_edit.setText(case["grid_code"])
    qtbot.keyClick(window.search_edit, Qt.Key_Return)
    assert not any("Nothing found" in t for t in _message_texts(window))
    window.search_edit.setText("999999999999999")
    qtbot.keyClick(window.search_edit, Qt.Key_Return)
    assert any("Nothing found" in t for t in _message_texts(window))


def test_settings_dialog_stores_database_language_and_base_map(qtbot):
    from console.widgets.settings import ConsoleSettings
    from console.widgets.settings_dialog import SettingsDialog

    settings = ConsoleSettings()
    assert settings.language == "zh_CN" and settings.basemap_kind == "none"
    dialog = SettingsDialog(settings, "sqlite:////tmp/a.sqlite")
    qtbot.addWidget(dialog)
    assert dialog.db_edit.text() == "sqlite:////tmp/a.sqlite"
    assert not dialog.basemap_edit.isEnabled()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.basemap_combo.setCurrentIndex(dialog.basemap_combo.findData("xyz"))
    assert dialog.basemap_edit.isEnabled()
    dialog.basemap_edit.setText("https://tiles.example.cn/{z}/{x}/{y}.png")
    dialog.save()
    again = ConsoleSettings()
    assert (again.language, again.basemap_kind, again.basemap_url, again.db_url) == (
        "en", "xyz", "https://tiles.example.cn/{z}/{x}/{y}.png", "sqlite:////tmp/a.sqlite")


# --- live: another process changes a case ----------------------------------------------------


def _console(db_url: str, *args: str) -> dict:
    import json

    env = dict(os.environ, CONSOLE_PASSWORD=PASSWORD)
    done = subprocess.run([str(CONSOLE), *args, "--db", db_url, "--json"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_change_by_another_process_reaches_the_panels_and_the_map(qtbot, make_window, services,
                                                                   db_url):
    reported = _register(services)
    window = make_window("shift_leader")
    acceptance = window.case_docks["acceptance"]
    adjudication = window.case_docks["adjudication"]
    qtbot.waitUntil(lambda: acceptance.model.row_of(reported["id"]) >= 0, timeout=WAIT_MS)
    window.select_case(reported["id"])
    window.city_map.calls["refresh_tables"].clear()

    _console(db_url, "case", "act", reported["code"], "file", "--as", "acceptor")
    qtbot.waitUntil(lambda: acceptance.model.row_of(reported["id"]) < 0
                    and adjudication.model.row_of(reported["id"]) >= 0, timeout=WAIT_MS)
    assert adjudication.model.case_by_id(reported["id"])["state"] == "filed"
    qtbot.waitUntil(lambda: any("case_file" in args[0]
                                for args in window.city_map.calls["refresh_tables"]),
                    timeout=WAIT_MS)
    # the detail panel follows the case it shows
    qtbot.waitUntil(lambda: window.detail_dock.values["state"].text() == labels.state("filed"),
                    timeout=WAIT_MS)

    # a new report from another process appears in the queue and its pin flashes
    x, y, _ = point_in(services, "321202", 5)
    created = _console(db_url, "case", "report", "--as", "acceptor", "--source", "public",
                       "--kind", "event", "--class", "0104", "--x", str(x),
                       "--y", str(y), "--description", "另一台工作站登记")
    qtbot.waitUntil(lambda: acceptance.model.row_of(created["id"]) >= 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: (created["id"],) in [a[:1] for a in window.city_map.calls["flash_case"]],
                    timeout=WAIT_MS)


def test_change_poller_reports_tables_ids_and_new_cases(qtbot, services):
    poller = ChangePoller(services.db)
    with qtbot.waitSignal(poller.changesArrived, timeout=WAIT_MS) as changed, \
            qtbot.waitSignal(poller.casesCreated, timeout=WAIT_MS) as created:
        case = _register(services)
        poller.poll()
    tables, ids = changed.args
    assert "case_file" in tables and case["id"] in ids
    assert created.args[0] == [case["id"]]
    assert poller.poll() is False  # nothing new: nothing emitted


def test_dock_layout_is_remembered_per_user(qtbot, make_window):
    window = make_window("shift_leader")
    window.case_docks["closure"].hide()
    window.close()
    window = make_window("shift_leader")
    assert not window.case_docks["closure"].isVisible()
    other = make_window("acceptor")
    assert other.case_docks["closure"].isVisible() or other.tabifiedDockWidgets(
        other.case_docks["closure"])


# --- the model, without widgets ------------------------------------------------------------


def _cases():
    base = {"state": "reported", "source": "public", "kind": "event", "class_code": "0102",
            "grid_code": "321202001001001", "deadline": None, "light": None, "overdue": False,
            "version": 1, "urgent": False}
    return [
        dict(base, id="a", code="2026000001", registered_at="2026-03-01T08:00:00+00:00",
             deadline="2026-03-01T09:00:00+00:00", light="red", overdue=True),
        dict(base, id="b", code="2026000002", registered_at="2026-03-01T11:30:00+00:00",
             deadline="2026-03-01T12:00:00+00:00", light="green", source="video"),
        dict(base, id="c", code="2026000003", registered_at="2026-02-27T10:00:00+00:00",
             state="verifying", grid_code="321203001001001"),
    ]


def _model(columns=("code", "state", "source", "grid", "age", "deadline", "light")):
    from datetime import UTC, datetime

    from console.widgets.case_table_model import CaseTableModel

    return CaseTableModel(columns, clock=lambda: datetime(2026, 3, 1, 12, 0, tzinfo=UTC), zone=UTC)


def test_case_table_model_holds_and_describes_cases(qtmodeltester):
    from console.widgets.case_table_model import CASE_ROLE, ID_ROLE, SORT_ROLE

    model = _model()
    model.set_cases(_cases())
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 7
    assert model.headerData(0, Qt.Horizontal) == "Case"
    index = model.index(0, model.columns.index("age"))
    assert model.data(index) == "4h 0m"
    assert model.data(model.index(2, model.columns.index("age"))) == "2d 2h"
    assert model.data(index, SORT_ROLE) == 4 * 3600
    assert model.data(model.index(0, 0), ID_ROLE) == "a"
    assert model.data(model.index(1, 0), CASE_ROLE)["source"] == "video"
    assert model.data(model.index(0, model.columns.index("state"))) == labels.state("reported")
    assert model.data(model.index(1, model.columns.index("source"))) == labels.source("video")
    light = model.index(0, model.columns.index("light"))
    assert model.data(light) == labels.light("red")
    assert model.data(light, Qt.DecorationRole).name() == "#d32f2f"
    assert model.data(model.index(0, 0), Qt.ForegroundRole) is not None  # overdue in red
    assert model.data(model.index(1, 0), Qt.ForegroundRole) is None
    assert model.data(model.index(0, model.columns.index("deadline"))) == "03-01 09:00"


def test_case_table_model_upserts_and_removes_single_rows(qtbot, qtmodeltester):
    model = _model()
    model.set_cases(_cases())
    with qtbot.waitSignal(model.dataChanged):
        assert model.upsert(dict(_cases()[1], state="verifying", version=2)) is False
    assert model.case_by_id("b")["version"] == 2 and model.rowCount() == 3
    with qtbot.waitSignal(model.rowsInserted):
        assert model.upsert(dict(_cases()[0], id="d", code="2026000004")) is True
    assert model.row_of("d") == 3
    with qtbot.waitSignal(model.rowsRemoved):
        assert model.remove("a") is True
    assert model.remove("a") is False
    assert model.ids() == ["b", "c", "d"] and model.row_of("d") == 2
    qtmodeltester.check(model)


def test_case_filter_proxy_sorts_on_raw_values_and_filters(qtmodeltester):
    from console.widgets.case_table_model import CaseFilterProxyModel

    model = _model()
    model.set_cases(_cases())
    proxy = CaseFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    age = model.columns.index("age")
    proxy.sort(age, Qt.AscendingOrder)  # newest first
    assert [proxy.index(r, 0).data() for r in range(3)] == ["2026000002", "2026000001",
                                                            "2026000003"]
    deadline = model.columns.index("deadline")
    proxy.sort(deadline, Qt.AscendingOrder)  # no deadline last
    assert proxy.index(2, 0).data() == "2026000003"
    proxy.setFilterFixedString("321203")
    assert proxy.rowCount() == 1
    proxy.setFilterFixedString("")
    proxy.set_predicate(lambda c: c["state"] == "reported")
    assert proxy.rowCount() == 2


def test_case_table_model_rejects_unknown_columns():
    from console.widgets.case_table_model import CaseTableModel

    with pytest.raises(ValueError):
        CaseTableModel(("code", "nonsense"))


# --- language ------------------------------------------------------------------------------


def test_chinese_translation_is_complete_and_used(qtbot, make_window):
    import xml.etree.ElementTree as ET

    from qgis.core import QgsApplication

    from console.widgets.i18n import I18N_DIR, install_translator, remove_translators

    ts = ET.parse(I18N_DIR / "console_zh_CN.ts").getroot()
    untranslated = [m.findtext("source") for m in ts.iter("message")
                    if m.find("translation").get("type") in ("unfinished",)
                    or not (m.findtext("translation") or "".join(
                        n.text or "" for n in m.find("translation").iter("numerusform")))]
    assert untranslated == []
    assert (I18N_DIR / "console_zh_CN.qm").stat().st_mtime >= (I18N_DIR / "console_zh_CN.ts").stat().st_mtime - 1

    app = QgsApplication.instance()
    translators = install_translator(app, "zh_CN")
    try:
        window = make_window("shift_leader")
        assert window.case_docks["acceptance"].windowTitle() == "受理"
        assert window.case_docks["adjudication"].windowTitle() == "值班长"
        assert window.case_docks["closure"].windowTitle() == "结案"
        assert window.case_docks["acceptance"].buttons["file"].text() == "立案"
        assert labels.state("dispatched") == "已派遣"
    finally:
        remove_translators(app, translators)
    assert labels.state("dispatched") == "Dispatched"


ALLOWED_LATIN = {"GIS", "XYZ", "WMS", "WMTS", "GeoPackage", "MBTiles", "PostGIS", "SpatiaLite",
                 "sqlite", "postgresql", "URL", "png", "jpg", "gpkg", "mbtiles", "tif"}


def _visible_texts(window) -> list[str]:
    """Every text a user can read in the window's widgets (not the map's own layers)."""
    from qgis.PyQt.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTableView,
        QTabWidget,
        QTreeWidget,
    )

    texts = [window.windowTitle()]
    for action in window.findChildren(__import__("qgis.PyQt.QtWidgets", fromlist=["QAction"]).QAction):
        texts.append(action.text())
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
    for w in window.findChildren(QLabel):
        texts.append(w.text())
    for w in window.findChildren(QAbstractButton):
        texts.append(w.text())
    for w in window.findChildren(QLineEdit):
        texts.append(w.placeholderText())
    for w in window.findChildren(QPlainTextEdit):
        texts.append(w.placeholderText())
    for w in window.findChildren(QComboBox):
        texts += [w.itemText(i) for i in range(w.count())]
    for w in window.findChildren(QDockWidget):
        texts.append(w.windowTitle())
    for w in window.findChildren(QGroupBox):
        texts.append(w.title())
    for w in window.findChildren(QTabWidget):
        texts += [w.tabText(i) for i in range(w.count())]
    for w in window.findChildren(QTableView):
        model = w.model()
        if model is not None:
            texts += [str(model.headerData(c, Qt.Horizontal) or "") for c in range(model.columnCount())]
            for r in range(min(model.rowCount(), 20)):
                texts += [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
    for w in window.findChildren(QTreeWidget):
        texts += [w.headerItem().text(c) for c in range(w.columnCount())]
        for i in range(w.topLevelItemCount()):
            item = w.topLevelItem(i)
            texts += [item.text(c) for c in range(w.columnCount())]
    return texts


def _english_words(texts, allowed, names=()) -> set[str]:
    import re

    found = set()
    for text in texts:
        for name in names:  # user names are data, not UI text
            text = (text or "").replace(name, "")
        for word in re.findall(r"[A-Za-z][A-Za-z&]{2,}", text or ""):
            if word.replace("&", "") not in allowed:
                found.add(f"{word!r} in {text!r}")
    return found


@pytest.mark.parametrize("user", ["shift_leader", "commander", "dept_sanitation", "leader"])
def test_no_english_is_left_in_the_chinese_ui(qtbot, make_window, services, user):
    from qgis.core import QgsApplication

    from console.widgets.i18n import install_translator, remove_translators

    case = _register(services)  # something in the lists and in the detail panel
    app = QgsApplication.instance()
    translators = install_translator(app, "zh_CN")
    try:
        window = make_window(user)
        window.select_case(case["id"])
        if window.report_form() is not None:
            window.report_form().set_class("event", "0102")
            window.report_form().set_location(case["x"], case["y"])
        names = [n for n in (user, case["inspector"], "acceptor") if n]
        from console.widgets.login_dialog import database_name

        names.append(database_name(window.services.db.url))  # a file name is data, not UI text
        leftovers = _english_words(_visible_texts(window), ALLOWED_LATIN, names)
        assert leftovers == set()
    finally:
        remove_translators(app, translators)


def test_launch_logs_in_builds_the_window_and_returns_when_it_closes(qtbot, db_url):

    from console.widgets.launcher import EXIT_LOGIN_FAILED, launch

    seen = {}

    def look(window):
        seen["docks"] = set(window.case_docks)
        seen["title"] = window.case_docks["dispatch"].windowTitle()

    close_launched_window(look)
    assert launch(db_url, as_user="dispatcher", password=PASSWORD) == 0
    assert seen["docks"] == {"dispatch"}
    assert seen["title"] == "派遣"  # the default language is Simplified Chinese
    assert labels.state("filed") == "Filed"  # and its translator is gone afterwards
    assert launch(db_url, as_user="dispatcher", password="wrong") == EXIT_LOGIN_FAILED


def test_video_wall_is_view_only(make_window):
    window = make_window("wall", video_wall=True)
    assert window.case_docks == {}
    assert not window.menuBar().isVisible()


@pytest.fixture(scope="module", autouse=True)
def _python_is_the_venv():
    assert CONSOLE.exists(), f"{CONSOLE} is needed for the second-process tests"
    assert sys.version_info >= (3, 11)
