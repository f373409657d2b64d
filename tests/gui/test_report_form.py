"""The registration form as an acceptor uses it for a call from the public (real window)."""

from __future__ import annotations

import pytest
from qgis.core import QgsPointXY, QgsRectangle
from qgis.PyQt.QtCore import QPoint, Qt
from sqlalchemy import select

from console.store.models import CaseFile
from tests.gui.drive import point_in, type_text

pytestmark = pytest.mark.gui
WAIT_MS = 10_000


def _click_map_at(qtbot, window, x: float, y: float) -> None:
    canvas = window.city_map.canvas
    canvas.setExtent(QgsRectangle(x - 80, y - 80, x + 80, y + 80))
    canvas.refresh()
    qtbot.waitUntil(lambda: canvas.extent().contains(QgsPointXY(x, y)), timeout=WAIT_MS)
    window.start_new_report()
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    qtbot.mouseClick(canvas.viewport(), Qt.LeftButton, pos=QPoint(round(pixel.x()), round(pixel.y())))


def test_a_public_call_from_pick_to_registration(qtbot, make_window, services):
    window = make_window("acceptor")
    form = window.report_form()
    assert form.class_code is None  # nothing preselected: the acceptor must choose
    assert not form.has_unsaved_input()
    form.source_combo.setCurrentIndex(form.source_combo.findData("inspector")
                                      if form.source_combo.findData("inspector") >= 0 else 0)
    form.source_combo.setCurrentIndex(form.source_combo.findData("public"))
    assert not form.caller_box.isHidden() and not form.caller_label.isHidden()

    x, y, cell = point_in(services, "321202", 5)
    _click_map_at(qtbot, window, x, y)
    qtbot.waitUntil(lambda: form.location is not None, timeout=WAIT_MS)
    expected = window.addresses.address_at(*form.location)
    assert form.address_edit.text() == expected["address"]
    assert expected["road"] in form.address_edit.text() and "号" in form.address_edit.text()
    assert expected["district"] == "海陵区" and not (not form.location_note.isHidden())
    assert form.has_unsaved_input()

    # register without a class: refused in the form
    type_text(qtbot, form.description_edit, "井盖缺失，行人易跌倒")
    qtbot.mouseClick(form.register_button, Qt.LeftButton)
    assert (not form.message_label.isHidden()) and form.class_code is None

    form.set_class("component", "0101")
    type_text(qtbot, form.caller_name_edit, "张先生")
    qtbot.keyClicks(form.caller_phone_edit, "13912345678abc")  # letters are not typed
    assert form.caller_phone_edit.text() == "13912345678"
    form.reply_check.setChecked(True)
    assert form.caller_params() == {"caller_name": "张先生", "caller_phone": "13912345678",
                                    "reply_wanted": True}
    # the user's own address wins over the one the next pick would fill in
    form.address_edit.setText("")
    type_text(qtbot, form.address_edit, "海陵区 人民公园东门")
    form.set_location(x + 5, y + 5)
    assert form.address_edit.text() == "海陵区 人民公园东门"

    qtbot.mouseDClick(form.register_button, Qt.LeftButton)  # the double click of defect 8
    qtbot.mouseClick(form.register_button, Qt.LeftButton)
    with services.db.read() as s:
        rows = s.execute(select(CaseFile).where(CaseFile.description == "井盖缺失，行人易跌倒")).scalars().all()
        assert len(rows) == 1
        row = rows[0]
        assert row.address == "海陵区 人民公园东门" and row.grid_code[:6] == "321202"
        assert (row.caller_name, row.caller_phone, row.reply_wanted) == ("张先生", "13912345678", True)
    # the success stays; no stale "pick the location first" under it
    assert (not form.message_label.isHidden()) and row.code in form.message_label.text()
    assert not (not form.location_note.isHidden())
    assert not form.has_unsaved_input() and form.class_code is None
    assert form.caller_name_edit.text() == ""


def test_a_point_outside_the_users_district_is_flagged_at_once(qtbot, make_window, services):
    window = make_window("acceptor")  # 海陵区 (321202)
    form = window.report_form()
    x, y, _cell = point_in(services, "321203", 2)  # 高港区
    form.set_location(x, y)
    assert (not form.location_note.isHidden())
    assert "高港区" in form.location_note.text() and "海陵区" in form.location_note.text()
    x, y, _cell = point_in(services, "321202", 2)
    form.set_location(x, y)
    assert not (not form.location_note.isHidden())
    form.set_location(0.0, 0.0)  # outside the city
    assert (not form.location_note.isHidden()) and form.location_flagged


def test_phone_checks_for_callers_who_want_a_reply(qtbot, make_window, services):
    window = make_window("acceptor")
    form = window.report_form()
    form.source_combo.setCurrentIndex(form.source_combo.findData("public"))
    x, y, _cell = point_in(services, "321202", 1)
    form.set_location(x, y)
    form.set_class("event", "0102")
    type_text(qtbot, form.description_edit, "暴露垃圾")
    form.reply_check.setChecked(True)
    assert form.register() is None and (not form.message_label.isHidden())
    form.caller_phone_edit.setText("12")
    assert form.register() is None
    form.caller_phone_edit.setText("0523-86001234")
    assert form.register() is not None
    # a source without a caller hides the fields and sends none
    form.source_combo.setCurrentIndex(form.source_combo.findData("leader")
                                      if form.source_combo.findData("leader") >= 0 else 0)
    if form.source_combo.currentData() != "public":
        assert form.caller_box.isHidden() and form.caller_params() == {}
