"""The map's identify tools: a drag pans (and never raises), a click identifies (issue 7, defect 3)."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import QEvent, QPoint, QPointF, Qt
from qgis.PyQt.QtGui import QMouseEvent
from qgis.PyQt.QtWidgets import QApplication

from console.maps.city_map import CityMap
from console.maps.identify_case_tool import IdentifyCaseTool
from console.maps.identify_component_tool import IdentifyComponentTool

pytestmark = pytest.mark.gui

RENDER_TIMEOUT_MS = 30_000


@pytest.fixture
def city(qtbot, demo_db_url):
    m = CityMap(demo_db_url)
    qtbot.addWidget(m)
    m.resize(900, 600)
    m.show()
    qtbot.waitExposed(m)
    m.zoom_to_city()
    with qtbot.waitSignal(m.canvas.mapCanvasRefreshed, timeout=RENDER_TIMEOUT_MS):
        m.canvas.refresh()
    yield m
    m.close()


def _send(widget, kind, pos: QPoint, buttons) -> None:
    button = Qt.LeftButton if kind != QEvent.MouseMove else Qt.NoButton
    event = QMouseEvent(kind, QPointF(pos), button, buttons, Qt.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(widget, start: QPoint, end: QPoint) -> None:
    """Press, move in steps with the button held, release: a user's drag-pan."""
    _send(widget, QEvent.MouseButtonPress, start, Qt.LeftButton)
    steps = 8
    for k in range(1, steps + 1):
        p = start + (end - start) * k / steps
        _send(widget, QEvent.MouseMove, p, Qt.LeftButton)
    _send(widget, QEvent.MouseButtonRelease, end, Qt.NoButton)


@pytest.mark.parametrize("tool_kind", ["case", "component"])
def test_a_drag_pans_the_map_and_raises_nothing(qtbot, city, tool_kind):
    canvas = city.canvas
    if tool_kind == "case":
        tool = canvas.mapTool()
        assert isinstance(tool, IdentifyCaseTool), "the case identify tool is the default"
    else:
        city.start_pick_component()
        tool = canvas.mapTool()
        assert isinstance(tool, IdentifyComponentTool)
    before = canvas.extent()
    # pytest-qt fails the test on any exception raised inside a Qt virtual (the tool's events)
    drag(canvas.viewport(), QPoint(400, 300), QPoint(520, 360))
    qtbot.waitUntil(lambda: canvas.extent() != before, timeout=5_000)
    after = canvas.extent()
    mupp = canvas.mapUnitsPerPixel()
    # dragging right and down moves the view left and up: the centre goes west and north
    assert after.center().x() < before.center().x() - 50 * mupp
    assert after.center().y() > before.center().y() + 20 * mupp
    assert canvas.mapTool() is tool, "the tool stays after a pan"
    # the tool's own cursor is back after the drag
    assert canvas.cursor().shape() == tool.cursor_shape
