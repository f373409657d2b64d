"""The video wall (issue 10): a real wall window on the demo city — every panel shows the
figures the services give, follows another writer's changes, flashes and sounds for an urgent
case, offers no editing, tours and replays the day, and recovers after the database went away."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QColor, QImage, QPainter
from qgis.PyQt.QtWidgets import QAbstractButton, QDockWidget, QLineEdit, QToolBar
from sqlalchemy import func, select

from console.services import wall_feed
from console.services.case_service import Photo
from console.services.kpi_service import KpiService
from console.store.models import CaseFile
from tests.services.helpers import actor, spot

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


def _jpeg(colour: str) -> bytes:
    image = QImage(320, 240, QImage.Format_RGB32)
    image.fill(QColor(colour))
    p = QPainter(image)
    p.fillRect(40, 120, 240, 80, QColor("#333333"))
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "JPG")
    return bytes(data)


def _wall(qtbot, make_window):
    window = make_window("wall", video_wall=True)
    wall = window.wall
    qtbot.waitUntil(lambda: wall.panel.snapshot is not None, timeout=WAIT_MS)
    return window, wall


def _register(services, urgent=False, photo=None, description="大屏测试"):
    x, y, _, inspector = spot(services, index=5)
    photos = [Photo.from_bytes("site.jpg", photo)] if photo else []
    return services.cases.register(actor(services, inspector), source="inspector", kind="event",
                                   class_code="0102", description=description, x=x, y=y,
                                   urgent=urgent, photos=photos)


def test_the_wall_starts_with_every_panel_showing_the_demo_city(qtbot, make_window, services):
    window, wall = _wall(qtbot, make_window)
    panel, snap = wall.panel, wall.panel.snapshot
    assert all(card.notice is None and card.stale_notice is None for card in panel.cards)
    # today's tiles: counted again here, straight from the cases, in the center's day
    zone = services.policy.calendar.zone
    start = snap.as_of.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    with services.db.read() as s:
        def count(column):
            return s.scalar(select(func.count()).where(column >= start, column <= snap.as_of))
        expected = {"reported": count(CaseFile.registered_at), "filed": count(CaseFile.filed_at),
                    "dispatched": count(CaseFile.dispatched_at), "closed": count(CaseFile.closed_at)}
        overdue = [c for c in services.queries.list(overdue=True, open_only=True, now=snap.as_of)
                   if c["state"] != "suspended"]
        newest = s.execute(select(CaseFile.code).order_by(CaseFile.registered_at.desc(),
                                                          CaseFile.code.desc()).limit(3)).scalars().all()
        month_total = s.scalar(select(func.count()).where(
            CaseFile.registered_at >= start - timedelta(days=29)))
    assert expected["reported"] > 0  # the demo city has cases of today
    texts = panel.tiles.texts()
    for key, value in expected.items():
        assert texts[key] == str(value), key
    assert texts["overdue"] == str(len(overdue))
    month = snap.as_of.astimezone(zone).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    rate = KpiService(services.db).compute(month, snap.as_of, now=snap.as_of)["groups"][0]["rates"][
        "on_time_close_rate"]
    assert texts["rate"] == ("—" if rate is None else f"{rate:.1f}%")
    # the ranking: departments by on-time closure, best first, from the KPI service
    names = {g["name"] for g in KpiService(services.db).compute(
        snap.as_of - timedelta(days=30), snap.as_of, by="department", now=snap.as_of)["groups"]}
    assert panel.ranking.names() and set(panel.ranking.names()) <= names
    rates = [r["rate"] for r in panel.ranking.rows if r["rate"] is not None]
    assert rates == sorted(rates, reverse=True)
    # the newest cases on top, the trend over 30 days adds up to the cases of those days
    assert [c["code"] for c in panel.newest.shown()][:3] == newest[:len(panel.newest.shown()[:3])]
    assert len(panel.trend.days) == 30
    assert sum(d["reported"] for d in panel.trend.days) == month_total
    # nothing blank: each panel paints more than its background and frame
    for card in panel.cards:
        image = card.grab().toImage().scaled(120, 80)
        colours = {image.pixel(x, y) for x in range(120) for y in range(80)}
        assert len(colours) > 12, card.objectName()
    assert wall.dock.isVisible() and wall.dock.width() >= window.width() * 0.3


def test_another_writers_case_updates_the_tiles_and_the_list_with_its_photo(qtbot, make_window,
                                                                             services):
    window, wall = _wall(qtbot, make_window)
    panel = wall.panel
    before = dict(panel.snapshot.counts)
    case = _register(services, photo=_jpeg("#2f7fbf"), description="路边垃圾（大屏）")
    window.poller.poll()  # the change feed, at once (it also runs by itself)
    qtbot.waitUntil(lambda: panel.snapshot.counts["reported"] == before["reported"] + 1
                    and panel.newest.cases[0]["id"] == case["id"], timeout=WAIT_MS)
    photo_id = panel.newest.cases[0]["photo_id"]
    assert photo_id and not panel.newest.thumbnails[photo_id].isNull()
    assert panel.newest.shown()[0]["code"] == case["code"]
    services.cases.act(actor(services, "acceptor"), case["id"], "file")
    window.poller.poll()
    qtbot.waitUntil(lambda: panel.snapshot.counts["filed"] == before["filed"] + 1, timeout=WAIT_MS)
    assert panel.tiles.texts()["filed"] == str(before["filed"] + 1)


def test_an_urgent_case_flashes_on_the_map_and_sounds(qtbot, make_window, services):
    window, wall = _wall(qtbot, make_window)
    qtbot.waitUntil(lambda: window.alerts.seeded, timeout=WAIT_MS)
    assert window.alerts.sound  # on by default on the wall
    played = wall.sound.played
    urgent = _register(services, urgent=True, description="井盖缺失（紧急）")
    window.poller.poll()
    qtbot.waitUntil(lambda: ("urgent", urgent["id"]) in wall.alerted, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: wall.sound.played == played + 1, timeout=WAIT_MS)
    # flashed as new (the window) and as urgent (the wall)
    assert window.city_map.calls["flash_case"].count((urgent["id"],)) >= 2
    assert wall.sound.kind in ("QSoundEffect", "beep")
    # a month later every open deadline has passed: one batch, one sound, a few pins flash
    flashed = len(window.city_map.calls["flash_case"])
    raised = window.alerts.check_overdue(now=datetime.now(UTC) + timedelta(days=30))
    assert len(raised) > 10
    qtbot.waitUntil(lambda: wall.sound.played == played + 2, timeout=WAIT_MS)
    qtbot.wait(50)
    assert wall.sound.played == played + 2
    assert ("overdue", raised[0][1]["id"]) in wall.alerted
    assert 0 < len(window.city_map.calls["flash_case"]) - flashed <= 10


def test_the_wall_offers_no_editing(qtbot, make_window):
    window, wall = _wall(qtbot, make_window)
    assert window.case_docks == {} and window.gis_dock is None and window.report_form() is None
    assert window.new_report_action is None
    assert not window.menuBar().isVisible()
    assert all(not bar.isVisible() for bar in window.findChildren(QToolBar))
    assert wall.dock.features() == QDockWidget.NoDockWidgetFeatures
    visible_inputs = [w for w in window.findChildren(QLineEdit) if w.isVisible() and not w.isReadOnly()]
    buttons = [b for b in window.findChildren(QAbstractButton)
               if b.isVisible() and b.isEnabled() and b.objectName() != "alert_show"
               and not b.window().objectName().startswith("qt_")]
    assert visible_inputs == []
    assert [b for b in buttons if b.parent() is not window.message_bar] == []
    # with two screens the panels leave the dock for a window of their own on the second
    screen = window.screen()
    wall.place([screen, screen])
    assert wall.screen_window is not None and wall.panel.window() is wall.screen_window
    assert not wall.dock.isVisible()
    qtbot.waitUntil(lambda: wall.panel.width() == screen.geometry().width(), timeout=WAIT_MS)


def test_the_tour_visits_districts_and_hot_spots_and_the_replay_steps_through_the_day(
        qtbot, make_window, services):
    window, wall = _wall(qtbot, make_window)
    canvas = window.city_map.canvas
    wall.tour.stop()
    names = [name for name, _extent in wall.tour.stops()]
    districts = set(wall_feed.district_names(services.db).values())
    assert districts and districts <= set(names)
    assert len(names) == 1 + len(districts) + len(wall.panel.snapshot.hot_spots)
    seen = []
    finished = []
    wall.tour.cycleFinished.connect(lambda: finished.append(True))
    for _ in names:
        wall.tour.advance()
        seen.append((wall.tour.current, canvas.extent().width()))
    assert [n for n, _w in seen] == names and finished
    assert seen[-1][1] < seen[0][1]  # a hot spot is a close-up of the city
    qtbot.waitUntil(lambda: wall.replay.active, timeout=WAIT_MS)  # the round ends in the replay
    wall.replay._timer.stop()  # stepped by hand below
    layer = window.city_map.layer("case")
    props = layer.temporalProperties()
    assert props.isActive() and wall.replay.frames() >= 1

    def shown() -> int:
        from qgis.core import QgsVectorLayerTemporalContext

        context = QgsVectorLayerTemporalContext()
        context.setLayer(layer)
        expression = props.createFilterString(context, canvas.temporalRange())
        return sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))

    first = shown()
    activity = []
    wall.replay.frameShown.connect(activity.append)
    while wall.replay.active:
        wall.replay.advance()
    assert activity and not props.isActive()
    # at the first frame fewer pins than at the end of the day (the day's cases appear)
    wall.replay.start()
    wall.replay._timer.stop()
    frames = wall.replay.frames()
    wall.replay.navigation.setCurrentFrameNumber(frames - 1)
    assert shown() > first
    wall.replay.stop()
    wall.tour.stop()


@pytest.fixture
def pg_url(pg, postgis_template):
    if not getattr(pg, "can_restart", False):
        pytest.skip("CONSOLE_TEST_PG_URL points at a server the tests may not restart")
    from tests.conftest import _postgis_copy

    return _postgis_copy(pg, postgis_template)


def test_the_wall_says_reconnecting_and_recovers_after_postgres_restarts(qtbot, pg, pg_url):
    from console.maps.city_map import CityMap
    from console.services.app import open_services
    from console.widgets.main_window import MainWindow

    sv = open_services(pg_url)
    city_map = CityMap(pg_url, video_wall=True)
    window = MainWindow(sv, sv.auth.actor("wall"), city_map, video_wall=True)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    panel = window.wall.panel
    qtbot.waitUntil(lambda: panel.snapshot is not None, timeout=WAIT_MS)
    before = panel.snapshot.counts["reported"]
    pg.kill()
    try:
        panel.refresh()
        qtbot.waitUntil(lambda: not panel.online, timeout=WAIT_MS)
        assert all(card.stale_notice for card in panel.cards)
        assert panel.tiles.texts()["reported"] == str(before)  # the last figures stay
    finally:
        pg.start()
    qtbot.waitUntil(lambda: panel.online and panel.snapshot is not None, timeout=WAIT_MS)
    assert all(card.stale_notice is None for card in panel.cards)
    case = _register(sv, description="重连后的新案件")
    qtbot.waitUntil(lambda: panel.snapshot.counts["reported"] == before + 1
                    and panel.newest.cases[0]["id"] == case["id"], timeout=WAIT_MS)
    window.close()
    city_map.shutdown()
    sv.close()


def test_the_wall_screens_option(qtbot):
    from qgis.PyQt.QtWidgets import QApplication

    from console.widgets.launcher import wall_screens

    app = QApplication.instance()
    assert wall_screens(app, None, 1) == [app.primaryScreen()]
    assert len(wall_screens(app, None, 3)) == len(app.screens())  # what is attached


def test_screens_out_of_range_is_refused(capsys):
    from console.cli import main

    code = main(["run", "--as", "wall", "--video-wall", "--screens", "0", "--json"])
    assert code == 2
    assert "screens_out_of_range" in capsys.readouterr().err

