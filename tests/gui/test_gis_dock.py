"""The component maintenance dock (部件维护), driven as a GIS technician would: real canvas,
clicks at map coordinates, the service's refusals in the message bar.

Every test works on its own copy of the demo database (the ``db_url`` fixture); waits are
``qtbot.waitUntil``/``waitSignal``, never sleep.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsFeatureRequest, QgsPointXY, QgsRectangle
from qgis.PyQt.QtCore import QPoint, QRect, Qt

from console.domain.errors import NotFound
from tests.gui.drive import point_in, type_text
from tests.gui.test_widgets import (
    ALLOWED_LATIN,
    WAIT_MS,
    _english_words,
    _message_texts,
    _visible_texts,
)

pytestmark = pytest.mark.gui

RENDER_MS = 30_000
HL, GG = "321202", "321203"  # two districts of the demo city


# --- helpers -------------------------------------------------------------------------------


def _look_at(qtbot, window, x: float, y: float, half: float = 60.0) -> None:
    """Show a street corner around (x, y) and wait until it is drawn."""
    canvas = window.city_map.canvas
    with qtbot.waitSignal(canvas.mapCanvasRefreshed, timeout=RENDER_MS):
        canvas.setExtent(QgsRectangle(x - half, y - half, x + half, y + half))
        canvas.refresh()
    assert canvas.extent().contains(QgsPointXY(x, y))


def _pixel(window, x: float, y: float) -> QPoint:
    p = window.city_map.canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    return QPoint(round(p.x()), round(p.y()))


def _click_map(qtbot, window, x: float, y: float) -> None:
    qtbot.mouseClick(window.city_map.canvas.viewport(), Qt.LeftButton, pos=_pixel(window, x, y))


def _grab(window, x: float, y: float, half_px: int = 10):
    px = _pixel(window, x, y)
    box = QRect(px.x() - half_px, px.y() - half_px, 2 * half_px, 2 * half_px)
    return window.city_map.canvas.grab().toImage().copy(box)


def _differs(a, b) -> int:
    return sum(a.pixel(x, y) != b.pixel(x, y) for x in range(a.width()) for y in range(a.height()))


def _on_layer(window, code: str):
    layer = window.city_map.layer("component")
    return next(layer.getFeatures(QgsFeatureRequest().setFilterExpression(f"\"code\" = '{code}'")),
                None)


def _component_in(sv, district: str, index: int = 0) -> dict:
    x, y, _ = point_in(sv, district, index)
    return sv.components.add(sv.auth.actor("gis"), class_code="0118", x=x, y=y, note="测试路灯")


# --- who gets the dock ---------------------------------------------------------------------


@pytest.mark.parametrize("user, has_dock", [("gis", True), ("admin", True), ("acceptor", False),
                                            ("leader", False)])
def test_gis_technicians_and_admins_get_the_dock(make_window, user, has_dock):
    window = make_window(user)
    assert (window.gis_dock is not None) is has_dock
    if has_dock:
        assert window.gis_dock.isVisible()
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        assert any(window.gis_dock.toggleViewAction() in m.actions() for m in menus)
        assert "overview" in window.case_docks  # the open cases stay a tab away


# --- the technician's day, on the map ------------------------------------------------------


def test_add_select_change_move_and_retire_on_the_map(qtbot, make_window, services):
    window = make_window("gis")
    dock = window.gis_dock
    city_map = window.city_map
    x, y, cell = point_in(services, HL, 3)

    # the form: class by type-ahead, a state, an owner, a note
    dock.tabs.setCurrentIndex(1)
    picker = dock.class_picker
    type_text(qtbot, picker.search_edit, "景观灯")
    picker.completer.complete()
    qtbot.waitUntil(lambda: picker.completer.completionCount() >= 1, timeout=WAIT_MS)
    picker.completer.activated[str].emit(picker.completer.currentCompletion())
    assert picker.class_code == "0120"
    dock.new_state_combo.setCurrentIndex(dock.new_state_combo.findData("占用"))
    owner = services.reference.departments()[0]["code"]
    dock.new_owner_combo.setCurrentIndex(dock.new_owner_combo.findData(owner))
    type_text(qtbot, dock.new_note_edit, "新装景观灯")

    # at city scale components are not drawn: picking zooms in, and says so
    city_map.zoom_to_city()
    assert not city_map.layer("component").isInScaleRange(city_map.canvas.scale())
    qtbot.mouseClick(dock.add_button, Qt.LeftButton)
    assert city_map.picking
    assert city_map.layer("component").isInScaleRange(city_map.canvas.scale())
    assert any("1:10,000" in t for t in _message_texts(window))

    _look_at(qtbot, window, x, y)
    before = _grab(window, x, y)
    city_map.calls["refresh_tables"].clear()
    with qtbot.waitSignal(city_map.canvas.mapCanvasRefreshed, timeout=RENDER_MS):
        _click_map(qtbot, window, x, y)
    code = dock.current_code()
    assert code and code.startswith(HL + "0120")
    row = services.components.show(code)
    assert row["grid_code"] == cell and row["state"] == "占用" and row["owner"] == owner
    assert row["note"] == "新装景观灯" and abs(row["x"] - x) < 2 and abs(row["y"] - y) < 2
    assert ({"component"},) in city_map.calls["refresh_tables"]  # repainted at once
    assert _differs(before, _grab(window, x, y)) > 20, "the new component is drawn"
    assert any(code in t for t in _message_texts(window))
    assert not city_map.picking

    # select it by clicking it with the select tool
    dock.clear_component()
    qtbot.mouseClick(dock.select_button, Qt.LeftButton)
    assert city_map.picking_component and dock.select_button.isChecked()
    _click_map(qtbot, window, x + 0.3, y - 0.3)  # a pixel or two beside the symbol
    qtbot.waitUntil(lambda: dock.current_code() == code, timeout=WAIT_MS)
    assert dock.tabs.currentIndex() == 0
    assert dock.values["grid"].text().startswith(cell)
    assert dock.state_combo.currentData() == "占用" and dock.owner_combo.currentData() == owner
    assert dock.note_edit.text() == "新装景观灯"
    assert dock.history.topLevelItemCount() == 1
    assert city_map._highlight is not None

    # change its state
    assert not dock.save_button.isEnabled()  # nothing changed yet
    dock.state_combo.setCurrentIndex(dock.state_combo.findData("丢失"))
    assert dock.save_button.isEnabled()
    qtbot.mouseClick(dock.revert_button, Qt.LeftButton)  # changed my mind
    assert dock.state_combo.currentData() == "占用" and not dock.save_button.isEnabled()
    dock.state_combo.setCurrentIndex(dock.state_combo.findData("破损"))
    qtbot.mouseClick(dock.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: services.components.show(code)["state"] == "破损", timeout=WAIT_MS)
    assert dock.state_combo.currentText() == "Damaged"
    assert not dock.save_button.isEnabled()
    assert dock.history.topLevelItemCount() == 2

    # move it to another cell of the district: click "Move", then the new place
    x2, y2, cell2 = point_in(services, HL, 4)
    qtbot.mouseClick(dock.move_button, Qt.LeftButton)
    assert city_map.picking
    _look_at(qtbot, window, x2, y2)
    _click_map(qtbot, window, x2, y2)
    qtbot.waitUntil(lambda: services.components.show(code)["grid_code"] == cell2, timeout=WAIT_MS)
    moved = services.components.show(code)
    assert abs(moved["x"] - x2) < 2 and abs(moved["y"] - y2) < 2
    assert _on_layer(window, code).geometry().asPoint().distance(QgsPointXY(x2, y2)) < 2
    assert city_map.picking_component and dock.select_button.isChecked()  # back to selecting
    assert [h["op"] for h in moved["history"]] == ["insert", "update", "update"]
    assert dock.history.topLevelItemCount() == 3

    # retire: without a reason the service refuses and nothing changes
    qtbot.mouseClick(dock.retire_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: any("reason" in t for t in _message_texts(window)), timeout=WAIT_MS)
    assert services.components.show(code)["state"] == "破损"
    assert dock.current_code() == code
    type_text(qtbot, dock.reason_edit, "道路改造拆除")
    city_map.calls["refresh_tables"].clear()
    qtbot.mouseClick(dock.retire_button, Qt.LeftButton)
    with pytest.raises(NotFound):
        services.components.show(code)
    assert dock.current_code() is None and dock.placeholder.isVisible()
    assert ({"component"},) in city_map.calls["refresh_tables"]
    assert _on_layer(window, code) is None

    # the select tool goes with the button
    qtbot.mouseClick(dock.select_button, Qt.LeftButton)
    assert not city_map.picking_component and not city_map.picking


def test_a_move_across_districts_is_refused_in_the_message_bar(qtbot, make_window, services):
    component = _component_in(services, HL)
    window = make_window("gis")
    dock = window.gis_dock
    window.search_edit.setText(component["code"])  # found by its code: shown in the dock
    qtbot.keyClick(window.search_edit, Qt.Key_Return)
    assert dock.current_code() == component["code"]

    ox, oy, _ = point_in(services, GG)
    qtbot.mouseClick(dock.move_button, Qt.LeftButton)
    _look_at(qtbot, window, ox, oy)
    _click_map(qtbot, window, ox, oy)
    qtbot.waitUntil(lambda: any("identifier would be wrong" in t and "Retire" in t
                                for t in _message_texts(window)),
                    timeout=WAIT_MS)
    after = services.components.show(component["code"])
    assert (after["grid_code"], after["x"], after["y"]) == (
        component["grid_code"], component["x"], component["y"])
    assert dock.current_code() == component["code"]


def test_a_click_beside_a_component_or_at_city_scale_selects_nothing(qtbot, make_window, services):
    component = _component_in(services, HL, 2)
    window = make_window("gis")
    dock = window.gis_dock
    _look_at(qtbot, window, component["x"], component["y"], half=40)
    qtbot.mouseClick(dock.select_button, Qt.LeftButton)
    reach = 8 * window.city_map.canvas.mapUnitsPerPixel()
    with qtbot.assertNotEmitted(window.city_map.componentClicked, wait=100):
        _click_map(qtbot, window, component["x"] + 3 * reach, component["y"])
    _click_map(qtbot, window, component["x"], component["y"])
    qtbot.waitUntil(lambda: dock.current_code() == component["code"], timeout=WAIT_MS)
    # what the map does not draw (city scale) cannot be picked
    window.city_map.zoom_to_city()
    tool = window.city_map._component_tool
    assert tool.component_at(QgsPointXY(component["x"], component["y"])) is None


def test_an_edit_elsewhere_reaches_the_shown_component(qtbot, make_window, services):
    component = _component_in(services, HL, 1)
    window = make_window("gis")
    dock = window.gis_dock
    assert dock.show_component(component["code"])
    window.city_map.calls["refresh_tables"].clear()
    # another workstation changes it, then retires it
    other = services.auth.actor("admin")
    services.components.update(other, component["code"], state="丢失", note="井盖被盗")
    qtbot.waitUntil(lambda: dock.state_combo.currentText() == "Missing", timeout=WAIT_MS)
    assert dock.note_edit.text() == "井盖被盗"
    assert any("component" in call[0] for call in window.city_map.calls["refresh_tables"])
    services.components.retire(other, component["code"], reason="重复普查")
    qtbot.waitUntil(lambda: dock.current_code() is None, timeout=WAIT_MS)


def test_the_dock_speaks_chinese(qtbot, make_window, services):
    from qgis.core import QgsApplication

    from console.widgets.i18n import install_translator, remove_translators

    component = _component_in(services, HL)
    services.components.move(services.auth.actor("gis"), component["code"],
                             x=component["x"] + 5, y=component["y"])
    app = QgsApplication.instance()
    translators = install_translator(app, "zh_CN")
    try:
        window = make_window("gis")
        dock = window.gis_dock
        assert dock.windowTitle() == "部件维护"
        assert dock.show_component(component["code"])
        assert dock.state_combo.currentText() == "完好"
        from console.widgets.login_dialog import database_name

        leftovers = _english_words(_visible_texts(window), ALLOWED_LATIN,
                                   ["gis", database_name(window.services.db.url)])
        assert leftovers == set()
    finally:
        remove_translators(app, translators)
