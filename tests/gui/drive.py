"""How the GUI tests drive the window as a user would: one copy, shared by every test module."""

from __future__ import annotations

from geoalchemy2.shape import to_shape
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QInputMethodEvent
from qgis.PyQt.QtWidgets import QApplication
from sqlalchemy import select

from console.store.models import GridCell


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user would: keys for ASCII, an input-method commit for Chinese (QTest cannot
    synthesise key events for non-Latin characters)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click_row(qtbot, dock, case_id: str) -> None:
    """Click the case's row in the panel's current view (it must be shown there)."""
    index = dock.proxy.mapFromSource(dock.model.index(dock.model.row_of(case_id), 0))
    assert index.isValid(), "the case is not shown in the panel's current view"
    dock.table.scrollTo(index)
    qtbot.mouseClick(dock.table.viewport(), Qt.LeftButton, pos=dock.table.visualRect(index).center())
    assert dock.current_case_id() == case_id


def point_in(services, district: str, index: int = 0) -> tuple[float, float, str]:
    """A point well inside the ``index``-th grid cell of ``district``: (x, y, cell code)."""
    with services.db.read() as s:
        code, geom = s.execute(select(GridCell.code, GridCell.geom)
                               .where(GridCell.code.startswith(district))
                               .order_by(GridCell.code).offset(index).limit(1)).one()
    p = to_shape(geom).representative_point()
    return p.x, p.y, code


def field_report(services, district: str = "321202", index: int = 0, now=None, **kw) -> dict:
    """An inspector's report from the street (the mobile client's path), in ``district``'s
    ``index``-th cell, by that cell's inspector; ``now`` dates it (an older report)."""
    x, y, _ = point_in(services, district, index)
    inspector = services.locator.locate(x, y).inspector
    return services.cases.register(
        services.auth.actor(inspector), source="inspector", kind="event", class_code="0102",
        description=kw.pop("description", "测试：暴露垃圾"), x=x, y=y, now=now, **kw)


def close_launched_window(look) -> None:
    """Once ``launch`` shows its main window, call ``look(window)`` and close it, so that
    ``launch`` returns (it runs the event loop until its window closes)."""
    from qgis.PyQt.QtCore import QTimer

    from console.widgets.main_window import MainWindow

    def close_when_shown():
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, close_when_shown)
            return
        look(windows[0])
        windows[0].close()

    QTimer.singleShot(50, close_when_shown)
