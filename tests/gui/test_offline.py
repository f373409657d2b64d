"""PostgreSQL stops under a running console: it says so within 5 s, keeps what the user typed,
refuses actions clearly, reconnects by itself and catches up (issue 4, faults)."""

import pytest
from qgis.PyQt.QtCore import Qt
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from console.maps.city_map import CityMap
from console.services.app import open_services
from console.widgets.main_window import MainWindow

WAIT_MS = 20_000


@pytest.fixture
def pg_url(pg, postgis_template):
    if not getattr(pg, "can_restart", False):
        pytest.skip("CONSOLE_TEST_PG_URL points at a server the tests may not restart")
    from tests.conftest import _postgis_copy

    url = _postgis_copy(pg, postgis_template)
    admin = create_engine(pg.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:  # what was committed must survive the crash
        conn.execute(text(f'ALTER DATABASE "{make_url(url).database}" SET synchronous_commit = on'))
    admin.dispose()
    return url


def _filed_case(sv):
    from tests.services.helpers import actor, spot

    x, y, _, inspector = spot(sv, index=7)
    case = sv.cases.register(actor(sv, inspector), source="inspector", kind="event", class_code="0102",
                             description="断网测试", x=x, y=y)
    return sv.cases.act(actor(sv, "acceptor"), case["id"], "file")


def test_console_survives_a_postgres_restart(qtbot, pg, pg_url):
    sv = open_services(pg_url)
    case = _filed_case(sv)
    city_map = CityMap(pg_url)
    window = MainWindow(sv, sv.auth.actor("dispatcher"), city_map)
    qtbot.addWidget(window)
    window.resize(1600, 960)
    window.show()
    dock = window.case_docks["dispatch"]
    qtbot.waitUntil(lambda: dock.loaded_once and dock.model.row_of(case["id"]) >= 0, timeout=WAIT_MS)
    if dock.view_combo.isVisible():
        dock.view_combo.setCurrentIndex(0)
    index = dock.proxy.mapFromSource(dock.model.index(dock.model.row_of(case["id"]), 0))
    qtbot.mouseClick(dock.table.viewport(), Qt.LeftButton, pos=dock.table.visualRect(index).center())
    assert dock.current_case_id() == case["id"]
    qtbot.keyClicks(dock.reason_edit, "call the team first")

    pg.kill()
    try:
        qtbot.waitUntil(lambda: "Offline" in window.online_label.text() or "离线" in window.online_label.text(),
                        timeout=5000)
        qtbot.mouseClick(dock.buttons["dispatch"], Qt.LeftButton)
        messages = " ".join(f"{i.title()} {i.text()}" for i in window.message_bar.items())
        assert "does not answer" in messages  # worded for the user (error_text.py), no SQL
        assert dock.reason_edit.text() == "call the team first"  # nothing the user typed is lost
    finally:
        pg.start()
    qtbot.waitUntil(lambda: "Online" in window.online_label.text() or "在线" in window.online_label.text(),
                    timeout=WAIT_MS)
    # a change made elsewhere after the restart reaches the panel (caught up, not reloaded by hand)
    other = _filed_case(sv)
    qtbot.waitUntil(lambda: dock.model.row_of(other["id"]) >= 0, timeout=WAIT_MS)
    assert dock.current_case_id() == case["id"]
    qtbot.mouseClick(dock.buttons["dispatch"], Qt.LeftButton)
    qtbot.waitUntil(lambda: sv.queries.show(case["id"])["state"] == "dispatched", timeout=WAIT_MS)
    window.close()
    city_map.shutdown()
    sv.close()
