"""A workstation of a center: the real window reads PostGIS with the read-only login and acts
only through the application server, which runs as its own process."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import Qt
from sqlalchemy import text

from console.domain.errors import ConsoleError
from console.services.demo_city.build import DEMO_PASSWORD
from console.widgets.case_table_model import ID_ROLE
from tests.gui.drive import click_row
from tests.services.helpers import HL, spot

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


@pytest.fixture
def workstation(center_db, server):
    from console.services.app import open_services
    from console.services.remote import RemoteServices

    services = RemoteServices(server.url, reader=open_services(center_db["reader"]))
    yield services
    services.close()


def _one_filed_case(workstation, center_db) -> None:
    """The demo's own filed cases when it has some; a demo built at a quiet hour gets one
    from the field, filed by the acceptor (through the server, like everything else)."""
    if workstation.queries.list(state="filed", district=HL, limit=1):
        return
    from console.services.remote import RemoteServices

    x, y, _cell, inspector = spot(workstation.reader, index=2)
    desk = RemoteServices(workstation.server)
    try:
        field = desk.auth.authenticate(inspector, DEMO_PASSWORD)
        case = desk.cases.register(field, source="inspector", kind="event", class_code="0102",
                                   description="占道经营", x=x, y=y)
        acceptor = desk.auth.authenticate("acceptor", DEMO_PASSWORD)
        desk.cases.act(acceptor, case["id"], "file")
    finally:
        desk.close()


def _owner_view(url: str, case_id: str) -> dict:
    from console.services.app import open_services

    owner = open_services(url)
    try:
        return owner.queries.show(case_id)
    finally:
        owner.close()


def test_the_dispatcher_dispatches_a_demo_case_through_the_server(qtbot, workstation,
                                                                  center_db):
    from console.maps.city_map import CityMap
    from console.widgets.main_window import MainWindow

    _one_filed_case(workstation, center_db)
    actor = workstation.auth.authenticate("dispatcher", DEMO_PASSWORD)
    users = workstation.auth.list_users()
    assert any(u["name"] == "dispatcher" for u in users)
    window = MainWindow(workstation, actor, CityMap(center_db["reader"]))
    qtbot.addWidget(window)
    window.resize(1600, 960)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: all(d.loaded_once for d in window.case_docks.values()),
                    timeout=WAIT_MS)
    # the map draws from the read-only login: the layers are valid and hold the city
    layers = window.city_map.canvas.layers()
    assert layers and all(layer.isValid() for layer in layers)
    assert any(layer.featureCount() > 0 for layer in layers)

    # the status bar says where changes go and that the database is only read here
    assert workstation.server.split("://")[1] in window.db_label.text()
    dock = window.case_docks["dispatch"]
    dock.view_combo.setCurrentIndex(0)  # 待派遣
    qtbot.waitUntil(lambda: dock.proxy.rowCount() >= 1, timeout=WAIT_MS)
    case_id = dock.proxy.index(0, 0).data(ID_ROLE)
    click_row(qtbot, dock, case_id)
    chosen = dock.department_combo.currentData()
    assert chosen and dock.current_case_id() == case_id
    qtbot.mouseClick(dock.buttons["dispatch"], Qt.LeftButton)

    acted = _owner_view(center_db["owner"], case_id)
    assert acted["state"] == "dispatched" and acted["department"] == chosen
    assert acted["history"][-1]["actor"] == "dispatcher"
    texts = [f"{i.title()} {i.text()}" for i in window.message_bar.items()]
    assert any(acted["code"] in t for t in texts), texts

    # the credential this workstation holds cannot write the database behind the server
    with pytest.raises(Exception) as refused:
        with workstation.db.engine.begin() as conn:
            conn.execute(text("UPDATE case_file SET state = 'closed' WHERE id = :i"),
                         {"i": case_id})
    assert "permission denied" in str(refused.value)
    assert _owner_view(center_db["owner"], case_id)["state"] == "dispatched"
    window.close()


def test_a_refusal_from_the_server_reads_like_a_local_one(qtbot, workstation, center_db):
    """A stale version from another desk: the window words the server's code, not HTTP."""
    actor = workstation.auth.authenticate("dispatcher", DEMO_PASSWORD)
    filed = workstation.queries.list(state="filed", limit=5)
    case = filed[0]
    with pytest.raises(ConsoleError) as stale:
        workstation.cases.act(actor, case["id"], "dispatch", department=case["suggested_department"],
                              expect_version=case["version"] - 1)
    assert stale.value.kind == "stale"
    from console.widgets.error_text import error_text

    worded = error_text(stale.value)
    assert case["code"] in worded or "版" in worded or "version" in worded.lower()
