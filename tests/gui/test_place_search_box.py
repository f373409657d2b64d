"""The search field suggests places by name and pinyin as one types; a choice zooms the map."""

from __future__ import annotations

import pytest
from qgis.core import QgsRectangle
from qgis.PyQt.QtCore import Qt

pytestmark = pytest.mark.gui


def _suggestions(window) -> list[str]:
    model = window.place_search.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _highlight_box(window) -> QgsRectangle:
    geom, _layer = window.city_map._highlighted
    return geom.boundingBox()


def test_typing_pinyin_initials_suggests_and_choosing_zooms_there(qtbot, make_window):
    window = make_window("acceptor")
    qtbot.waitUntil(lambda: window.place_search.index.loaded, timeout=10_000)  # loaded off-thread
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, "hlq")
    assert _suggestions(window)[0].startswith("海陵区")
    popup = window.place_search.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(window.place_search.model.index(0, 0))
    qtbot.keyClick(popup, Qt.Key_Return)
    assert window.search_edit.text() == "海陵区"  # the name, not the suggestion's details
    hit = window.place_search.index.place("district", "321202")
    minx, miny, maxx, maxy = hit.geom.bounds
    box = _highlight_box(window)
    assert box.xMinimum() == pytest.approx(minx) and box.yMaximum() == pytest.approx(maxy)
    extent = window.city_map.canvas.extent()
    assert extent.contains(QgsRectangle(minx, miny, maxx, maxy))
    assert extent.width() < (maxx - minx) * 2.5  # zoomed to it, not the whole city


def test_chinese_name_road_and_enter_without_choosing(qtbot, make_window):
    window = make_window("dispatcher")
    window.place_search.load_now()
    community = next(p for p in window.place_search.index._places if p.kind == "community")
    window.search_edit.setFocus()
    # QTest types ASCII only: a Chinese input method commits text, then the field says edited
    window.search_edit.setText(community.name[:2])
    window.search_edit.textEdited.emit(community.name[:2])
    assert any(s.startswith(community.name) for s in _suggestions(window))
    window.search_edit.setText(community.name)
    qtbot.keyClick(window.search_edit, Qt.Key_Return)  # Enter on the text: best match
    cx, cy = community.geom.representative_point().coords[0]
    assert _highlight_box(window).contains(window.city_map.canvas.extent().center()) or \
        window.city_map.canvas.extent().contains(cx, cy)
    assert _highlight_box(window).width() == pytest.approx(
        community.geom.bounds[2] - community.geom.bounds[0])

    road = next(p for p in window.place_search.index._places if p.kind == "road")
    window.search_edit.setText(f"{road.name}20号")
    qtbot.keyClick(window.search_edit, Qt.Key_Return)
    spot = window.addresses.locate_address(f"{road.name}20号")
    centre = window.city_map.canvas.extent().center()
    assert abs(centre.x() - spot["x"]) < 1 and abs(centre.y() - spot["y"]) < 1
    assert window.city_map.canvas.scale() < 3_000  # a door address: street scale


def test_codes_still_work_and_unknown_names_say_so(qtbot, make_window, services):
    window = make_window("acceptor")
    case = services.queries.list(district="321202", limit=1)[0]
    window.search_edit.setText(case["code"])
    qtbot.keyClick(window.search_edit, Qt.Key_Return)
    assert window.detail_dock.shown_case_id() == case["id"]
    window.search_edit.setText("不存在的地名")
    qtbot.keyClick(window.search_edit, Qt.Key_Return)
    texts = [w.text() for w in window.message_bar.findChildren(
        __import__("qgis.PyQt.QtWidgets", fromlist=["QLabel"]).QLabel)]
    texts += [item.text() for item in window.message_bar.items()]
    assert any("不存在的地名" in t for t in texts)
