"""The city map on a real QgsMapCanvas (offscreen): layers, rendering, tools, find, refresh.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/gui/test_maps.py -q
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

import pytest
from qgis.core import QgsExpressionContextUtils, QgsFeatureRequest, QgsPointXY, QgsRectangle
from qgis.PyQt.QtCore import QPoint, QRect, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtTest import QTest

from console.maps.city_map import CityMap
from console.maps.layer_factory import LayerFactory
from console.maps.layer_specs import LAYER_SPECS, spec

pytestmark = pytest.mark.gui

RENDER_TIMEOUT_MS = 30_000
RED = QColor("#e0202a")  # overdue (layers/build_styles.py LIGHT_COLOURS)
BLUE = QColor("#3d6fb6")  # open, not overdue, at city scale
GREEN = QColor("#23a347")
WATER = QColor("#b3d4ec")
OVERVIEW_SCALE = 25_000  # layers/build_styles.py: beyond it pins become dots and clusters
MAIN_ROAD = QColor("#ffd98a")


# --- helpers --------------------------------------------------------------------------


def render(qtbot, city: CityMap) -> None:
    """Refresh the canvas and wait until the render is complete."""
    with qtbot.waitSignal(city.canvas.mapCanvasRefreshed, timeout=RENDER_TIMEOUT_MS):
        city.canvas.refresh()


def near(c1: QColor, c2: QColor, tol: int = 24) -> bool:
    return (abs(c1.red() - c2.red()) <= tol and abs(c1.green() - c2.green()) <= tol
            and abs(c1.blue() - c2.blue()) <= tol)


def count_colour(image, colour: QColor, rect=None, step: int = 1) -> int:
    x0, y0, w, h = rect or (0, 0, image.width(), image.height())
    n = 0
    for y in range(max(0, y0), min(image.height(), y0 + h), step):
        for x in range(max(0, x0), min(image.width(), x0 + w), step):
            if near(QColor(image.pixel(x, y)), colour):
                n += 1
    return n


def open_cases(city: CityMap) -> list:
    """Open cases with a running deadline, from the displayed case layer."""
    request = QgsFeatureRequest().setFilterExpression(
        "\"deadline\" IS NOT NULL AND \"state\" <> 'suspended'")
    return [f for f in city.layer("case").getFeatures(request) if f.hasGeometry()]


def isolated_case(city: CityMap, radius: float = 30.0):
    """An open case with no other displayed pin within ``radius`` metres (never clustered
    at street scale), with a running stage clock."""
    layer = city.layer("case")
    for feature in open_cases(city):
        if not feature["stage_started_at"]:
            continue
        p = feature.geometry().asPoint()
        rect = QgsRectangle(p.x() - radius, p.y() - radius, p.x() + radius, p.y() + radius)
        if sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect))) == 1:
            return feature
    pytest.skip("no isolated open case in this demo")


def deadline_of(feature) -> datetime:
    """The stored naive-UTC deadline as an aware datetime."""
    return as_utc(feature["deadline"])


def as_utc(value) -> datetime:
    """A stored naive-UTC time (QDateTime or text, as the provider gives it), made aware."""
    if hasattr(value, "toPyDateTime"):
        value = value.toPyDateTime()
    elif isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)


def pixel_of(city: CityMap, point: QgsPointXY) -> QPoint:
    p = city.canvas.getCoordinateTransform().transform(point)
    return QPoint(round(p.x()), round(p.y()))


@pytest.fixture
def city(qtbot, demo_db_url):
    m = CityMap(demo_db_url)
    qtbot.addWidget(m)
    m.resize(1000, 700)
    m.show()
    qtbot.waitExposed(m)
    m.zoom_to_city()
    render(qtbot, m)
    yield m
    m.close()


# --- layers -----------------------------------------------------------------------------


def test_every_layer_loads_valid_with_features_and_style(city):
    assert set(city.layers) == {s.key for s in LAYER_SPECS}
    for key, layer in city.layers.items():
        assert layer.isValid(), key
        assert layer.crs().authid() == "EPSG:4549", key
        assert layer.featureCount() > 0, key
        assert layer.isSpatial()
    assert city.layer("case").renderer().type() == "pointCluster"
    assert city.layer("component").renderer().type() == "categorizedSymbol"
    assert city.layer("road").renderer().type() == "RuleRenderer"
    assert city.layer("case").fields().indexOf("light") >= 0  # virtual field from case.qml
    assert city.layer("component").hasScaleBasedVisibility()
    assert city.layer("component").minimumScale() == spec("component").min_scale
    # tree order: cases on top, base map at the bottom
    assert city.canvas.layers()[0] is city.layer("case_overdue")  # never clustered, on top
    assert city.canvas.layers()[1] is city.layer("case")
    assert city.canvas.layers()[-1] is city.layer("water")
    assert city.layer_tree_view.layerTreeModel() is not None


def test_closed_cases_are_hidden_unless_asked_for(city):
    layer = city.layer("case")
    shown = {f["state"] for f in layer.getFeatures()}
    assert shown and not shown & {"closed", "rejected", "cancelled"}
    open_count = layer.featureCount()
    city.set_show_closed(True)
    assert {f["state"] for f in layer.getFeatures()} & {"closed", "rejected", "cancelled"}
    assert layer.featureCount() > open_count
    city.set_show_closed(False)
    assert layer.featureCount() == open_count


def test_postgres_url_becomes_a_qgis_uri():
    factory = LayerFactory("postgresql+psycopg://city:secret@/console?host=/tmp/pg.sock&port=5433")
    uri = factory.uri(spec("grid_cell"))
    assert factory.provider == "postgres"
    assert (uri.host(), uri.port(), uri.database()) == ("/tmp/pg.sock", "5433", "console")
    assert (uri.username(), uri.password()) == ("city", "secret")
    assert (uri.schema(), uri.table(), uri.geometryColumn(), uri.keyColumn()) == (
        "public", "grid_cell", "geom", "id")
    uri = LayerFactory("postgresql://u@db.example:5432/console").uri(spec("case"))
    assert (uri.host(), uri.port()) == ("db.example", "5432")
    assert "closed" in uri.sql()


# --- deadline lights --------------------------------------------------------------------


def _lights(layer) -> dict[str, str | None]:
    return {f["id"]: f["light"] for f in layer.getFeatures()}


@pytest.mark.parametrize("tz", ["UTC", "Asia/Shanghai", "America/New_York"])
def test_overdue_light_follows_the_deadline_in_any_time_zone(city, tz):
    old = os.environ.get("TZ")
    os.environ["TZ"] = tz
    time.tzset()
    try:
        layer = city.layer("case")
        case = open_cases(city)[0]
        deadline = deadline_of(case)
        city.set_clock(deadline - timedelta(minutes=2))
        assert _lights(layer)[case["id"]] in ("green", "yellow")
        city.set_clock(deadline + timedelta(minutes=2))
        assert _lights(layer)[case["id"]] == "red"
        # Without the console's clock (QGIS Desktop) the style derives "now" itself.
        QgsExpressionContextUtils.setLayerVariable(layer, "console_now_ms", None)
        now = datetime.now(UTC)
        for feature in open_cases(city):
            expected_red = deadline_of(feature) < now - timedelta(seconds=5)
            not_red = deadline_of(feature) > now + timedelta(seconds=5)
            if expected_red:
                assert feature["light"] == "red", (tz, feature["code"])
            elif not_red:
                assert feature["light"] != "red", (tz, feature["code"])
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()
        city.set_clock(None)


def test_yellow_after_80_percent_of_the_stage(city):
    """Yellow from the stored 80 % point (working time where the rule says so), red after."""
    case = next(f for f in open_cases(city) if f["warn_at"])
    warn, deadline = as_utc(case["warn_at"]), deadline_of(case)
    city.set_clock(warn - timedelta(minutes=1))
    assert _lights(city.layer("case"))[case["id"]] == "green"
    city.set_clock(warn + timedelta(minutes=1))
    assert _lights(city.layer("case"))[case["id"]] == ("yellow" if deadline > warn + timedelta(minutes=1) else "red")
    city.set_clock(None)


def test_map_and_lists_show_the_same_light(city, demo_db_url):
    from console.services.app import open_services
    from console.services.case_query import light
    from console.store.models import CaseFile

    sv = open_services(demo_db_url)
    ids = [f["id"] for f in open_cases(city)]
    with sv.db.read() as s:
        rows = {r.id: r for r in s.query(CaseFile).filter(CaseFile.id.in_(ids))}
    moments = [datetime.now(UTC)] + [rows[i].warn_at + timedelta(minutes=m) for i in ids[:5]
                                     if rows[i].warn_at for m in (-1, 1)]
    try:
        for moment in moments:
            city.set_clock(moment)
            on_map = _lights(city.layer("case"))
            for case_id in ids:
                assert on_map[case_id] == light(rows[case_id], moment, sv.policy), (case_id, moment)
    finally:
        city.set_clock(None)
        sv.close()


# --- rendering ----------------------------------------------------------------------------


def test_city_extent_renders_base_map_and_case_pins(qtbot, city, tmp_path):
    city.zoom_to_city()
    render(qtbot, city)
    assert city.canvas.scale() > 5_000
    districts = city.layer("district").extent()
    assert city.canvas.extent().contains(districts)
    assert city.canvas.extent().width() < districts.width() * 3
    image = city.render_to_image(tmp_path / "city.png", 800, 600)
    assert (tmp_path / "city.png").stat().st_size > 10_000
    background = QColor(city.canvas.canvasColor())
    drawn = 800 * 600 // 16 - count_colour(image, background, step=4)
    assert drawn > 800 * 600 // 16 * 0.05, "the city is drawn"
    assert count_colour(image, WATER, step=2) > 50, "the base map's water"
    assert count_colour(image, MAIN_ROAD, step=2) > 50, "the base map's main roads"
    # All open cases overdue: the city-scale pins and clusters turn red.
    city.set_clock(datetime.now(UTC) + timedelta(days=400))
    image = city.render_to_image(None, 800, 600)
    assert count_colour(image, RED, step=2) > 20
    # None overdue: blue at city scale (beyond 1:25,000), green closer.
    city.set_clock(datetime.now(UTC) - timedelta(days=400))
    image = city.render_to_image(None, 800, 600)
    calm = BLUE if city.canvas.scale() > OVERVIEW_SCALE else GREEN
    assert count_colour(image, calm, step=2) > 20
    assert count_colour(image, RED, step=2) < count_colour(image, calm, step=2)
    # Zoomed out beyond 1:25,000 the pins are dots and clusters, blue when none is overdue.
    extent = city.canvas.extent()
    extent.scale(OVERVIEW_SCALE * 1.5 / city.canvas.scale())
    image = city.render_to_image(tmp_path / "overview.png", 800, 600, extent)
    assert count_colour(image, BLUE, step=1) > 20
    assert count_colour(image, GREEN, step=1) == 0


def test_street_corner_renders_the_case_pin_in_its_light(qtbot, city, tmp_path):
    case = isolated_case(city)
    point = case.geometry().asPoint()
    city.canvas.setCenter(point)
    city.canvas.zoomScale(1_500)
    city.set_clock(deadline_of(case) + timedelta(hours=1))  # overdue
    render(qtbot, city)
    assert city.layer("component").isInScaleRange(city.canvas.scale())
    image = city.canvas.grab().toImage()
    px = pixel_of(city, point)
    box = (px.x() - 12, px.y() - 12, 24, 24)
    assert count_colour(image, RED, box) > 20, "an overdue pin is red"
    # the base map and boundaries are drawn too
    background = QColor(city.canvas.canvasColor())
    total = image.width() * image.height() // 16
    assert total - count_colour(image, background, step=4) > total * 0.05
    # and the pin turns green before its deadline (early in its stage)
    start = as_utc(case["stage_started_at"])
    city.set_clock(start + (deadline_of(case) - start) * 0.1)
    render(qtbot, city)
    image = city.canvas.grab().toImage()
    assert count_colour(image, GREEN, box) > 20
    assert count_colour(image, RED, box) < 5
    city.render_to_image(tmp_path / "corner.png", 1280, 800)
    assert (tmp_path / "corner.png").exists()


# --- tools --------------------------------------------------------------------------------


def test_pick_tool_emits_the_clicked_map_coordinates(qtbot, city):
    city.start_pick_location()
    assert city.picking
    viewport = city.canvas.viewport()
    expected = city.canvas.getCoordinateTransform().toMapCoordinates(300, 200)
    with qtbot.waitSignal(city.locationPicked, timeout=5_000) as blocker:
        QTest.mouseClick(viewport, Qt.LeftButton, Qt.NoModifier, QPoint(300, 200))
    x, y = blocker.args
    mupp = city.canvas.mapUnitsPerPixel()
    assert abs(x - expected.x()) <= mupp and abs(y - expected.y()) <= mupp
    assert not city.picking, "one pick, then the default tool is back"
    # with the default tool a click on empty map picks nothing
    with qtbot.assertNotEmitted(city.locationPicked, wait=100):
        QTest.mouseClick(viewport, Qt.LeftButton, Qt.NoModifier, QPoint(310, 210))


def test_pick_tool_ignores_a_drag(qtbot, city):
    city.start_pick_location()
    viewport = city.canvas.viewport()
    with qtbot.assertNotEmitted(city.locationPicked, wait=100):
        QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, QPoint(100, 100))
        QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, QPoint(180, 160))
    assert city.picking
    city.cancel_pick_location()
    assert not city.picking


def test_clicking_a_pin_emits_case_clicked(qtbot, city):
    case = isolated_case(city)
    city.canvas.setCenter(case.geometry().asPoint())
    city.canvas.zoomScale(1_000)
    render(qtbot, city)
    px = pixel_of(city, case.geometry().asPoint())
    with qtbot.waitSignal(city.caseClicked, timeout=5_000) as blocker:
        QTest.mouseClick(city.canvas.viewport(), Qt.LeftButton, Qt.NoModifier, px)
    # another pin may lie under the same spot; it must be one at this place
    clicked = blocker.args[0]
    hits = [f for f in city.layer("case").getFeatures(
        QgsFeatureRequest().setFilterExpression(f"\"id\" = '{clicked}'"))]
    assert hits and hits[0].geometry().asPoint().distance(case.geometry().asPoint()) < 10


def test_cursor_position_in_metres_and_degrees(qtbot, city):
    viewport = city.canvas.viewport()
    with qtbot.waitSignal(city.cursorMoved, timeout=5_000) as blocker:
        QTest.mouseMove(viewport, QPoint(400, 300))
    x, y, lon, lat = blocker.args
    expected = city.canvas.getCoordinateTransform().toMapCoordinates(400, 300)
    assert abs(x - expected.x()) < 1e-6 * abs(x) + city.canvas.mapUnitsPerPixel()
    assert 118 < lon < 122 and 30 < lat < 34  # Taizhou, Jiangsu (EPSG:4549 zone)
    assert city.coordinates.isVisible() and "°E" in city.coordinates.text()


# --- find and select ------------------------------------------------------------------


def test_find_zooms_to_a_grid_cell_and_highlights_it(qtbot, city):
    cell = next(city.layer("grid_cell").getFeatures())
    assert city.find(cell["code"])
    render(qtbot, city)
    box = cell.geometry().boundingBox()
    extent = city.canvas.extent()
    assert extent.contains(box)
    assert extent.width() < box.width() * 6 and extent.height() < box.height() * 6
    assert city._highlight is not None
    assert not city.find("999999999999999")
    assert not city.find("not a code")
    assert not city.find("12345")


def test_find_a_community_component_and_case(qtbot, city):
    community = next(city.layer("community").getFeatures())
    assert city.find(community["code"])
    assert city.canvas.extent().contains(community.geometry().boundingBox())
    component = next(city.layer("component").getFeatures())
    assert city.find(component["code"])
    assert city.canvas.extent().contains(component.geometry().asPoint())
    assert city.canvas.scale() < 3_000
    case = next(city.layer("case").getFeatures())
    assert city.find(case["code"])
    assert city.canvas.extent().contains(case.geometry().asPoint())


def test_select_case_highlights_and_zooms_also_to_a_closed_case(qtbot, city):
    city.set_show_closed(True)
    closed = next(city.layer("case").getFeatures(
        QgsFeatureRequest().setFilterExpression("\"state\" = 'closed'")))
    city.set_show_closed(False)
    city.zoom_to_city()
    assert city.select_case(closed["id"])
    assert city.canvas.extent().contains(closed.geometry().asPoint())
    assert city.canvas.scale() < 3_000
    assert city._highlight is not None and city._highlight.isVisible()
    city.zoom_to_city()
    scale = city.canvas.scale()
    assert city.select_case(closed["id"], zoom=False)
    assert city.canvas.scale() == pytest.approx(scale)
    assert not city.select_case("no-such-case")
    city.clear_highlight()
    assert city._highlight is None


def test_flash_case(city):
    case = next(city.layer("case").getFeatures())
    assert city.flash_case(case["id"])
    assert not city.flash_case("no-such-case")


# --- live refresh -------------------------------------------------------------------------


def _count_repaints(city: CityMap) -> dict[str, list]:
    counts = {}
    for key, layer in city.layers.items():
        counts[key] = []
        layer.repaintRequested.connect(lambda *a, k=key: counts[k].append(1))
    return counts


def test_refresh_tables_repaints_only_the_named_layers(qtbot, city):
    counts = _count_repaints(city)
    case_layers = {"case", "case_overdue", "case_heat"}  # pins, overdue pins, density: case_file
    city.refresh_tables({"case_file"})
    assert all(len(counts[k]) == 1 for k in case_layers)
    assert all(not v for k, v in counts.items() if k not in case_layers)
    city.refresh_tables({"grid_cell", "component", "attachment"})
    assert len(counts["grid_cell"]) == 1 and len(counts["component"]) == 1
    assert all(not v for k, v in counts.items() if k not in case_layers | {"grid_cell", "component"})
    city.refresh_tables({"change_log", "app_user"})  # tables without a layer: nothing
    assert sum(len(v) for v in counts.values()) == 5


def test_refresh_tables_waits_for_a_running_render(qtbot, city):
    counts = _count_repaints(city)
    during = []

    def on_render_starting():
        assert city.canvas.isDrawing()
        city.refresh_tables({"case_file", "road"})
        during.append((len(counts["case"]), len(counts["road"])))

    city.canvas.renderStarting.connect(on_render_starting)
    city.canvas.refreshAllLayers()
    qtbot.waitUntil(lambda: bool(during), timeout=RENDER_TIMEOUT_MS)
    city.canvas.renderStarting.disconnect(on_render_starting)
    assert during[0] == (0, 0), "nothing repainted while the render ran"
    qtbot.waitUntil(lambda: len(counts["case"]) == 1 and len(counts["road"]) == 1,
                    timeout=RENDER_TIMEOUT_MS)
    assert all(not v for k, v in counts.items() if k not in ("case", "case_overdue", "case_heat", "road"))


def test_a_new_row_appears_after_refresh_tables(qtbot, demo_db_url, tmp_path):
    """Another writer adds a case: after refresh_tables the map shows and flashes it."""
    import shutil

    from geoalchemy2.shape import from_shape
    from shapely.geometry import Point

    from console.store.engine import Database
    from console.store.models import CaseFile, new_id

    if not demo_db_url.startswith("sqlite:///"):
        pytest.skip("writes into a copy of a SpatiaLite demo")
    copy = tmp_path / "copy.sqlite"
    shutil.copy(demo_db_url[len("sqlite:///"):], copy)
    url = f"sqlite:///{copy}"
    city = CityMap(url)
    qtbot.addWidget(city)
    city.resize(600, 400)
    city.show()
    render(qtbot, city)
    template = next(city.layer("case").getFeatures())
    p = template.geometry().asPoint()
    city.canvas.setCenter(QgsPointXY(p.x() + 30, p.y() + 30))
    city.canvas.zoomScale(1_500)
    render(qtbot, city)
    px = pixel_of(city, QgsPointXY(p.x() + 30, p.y() + 30))
    box = QRect(px.x() - 12, px.y() - 12, 24, 24)
    before = city.canvas.grab().toImage().copy(box)
    db = Database(url)
    now = datetime.now(UTC)
    new = new_id()
    with db.unit_of_work() as s:
        s.add(CaseFile(
            id=new, code="2099999999", source="public", kind="event", class_code="0101",
            description="map test", x=p.x() + 30, y=p.y() + 30,
            geom=from_shape(Point(p.x() + 30, p.y() + 30), srid=4549),
            grid_code=template["grid_code"], community_code=template["community_code"],
            street_code=template["street_code"], district_code=template["district_code"],
            state="dispatched", reporter="test", stage="handle", stage_started_at=now,
            deadline=now + timedelta(hours=2), registered_at=now, updated_at=now))
    db.dispose()
    counts = _count_repaints(city)
    with qtbot.waitSignal(city.canvas.mapCanvasRefreshed, timeout=RENDER_TIMEOUT_MS):
        city.refresh_tables({"case_file"})
    assert counts["case"] and not counts["grid_cell"]
    after = city.canvas.grab().toImage().copy(box)
    changed = sum(before.pixel(x, y) != after.pixel(x, y)
                  for x in range(box.width()) for y in range(box.height()))
    assert changed > 40, "the new pin is drawn"
    assert city.find("2099999999")
    assert city.flash_case(new)
    city.close()


# --- life cycle -------------------------------------------------------------------------


def test_close_removes_the_layers(qtbot, demo_db_url):
    m = CityMap(demo_db_url)
    qtbot.addWidget(m)
    project = m.project
    assert len(project.mapLayers()) == len(LAYER_SPECS)
    m.close()
    assert project.mapLayers() == {}
    assert m.layers == {}
    m.shutdown()  # idempotent


def test_video_wall_map_is_dark_and_lighter(qtbot, demo_db_url):
    m = CityMap(demo_db_url, video_wall=True)
    qtbot.addWidget(m)
    m.resize(800, 450)
    m.show()
    render(qtbot, m)
    assert m.canvas.canvasColor().lightness() < 60
    visible = set(m.canvas.layers())
    assert m.layer("case") in visible and m.layer("component") not in visible
    assert isinstance(m.canvas.extent(), QgsRectangle)
    m.close()


# --- a center's own base map ----------------------------------------------------------


def test_wms_address_becomes_a_qgis_source():
    from console.maps.base_map import wms_source, xyz_source

    src = wms_source("https://gis.example.cn/wms?SERVICE=WMS&layers=basemap&crs=EPSG:4549"
                     "&format=image/png&key=abc")
    assert src.startswith("url=https://gis.example.cn/wms?key=abc&")
    assert "layers=basemap" in src and "crs=EPSG:4549" in src and "format=image/png" in src
    assert "SERVICE" not in src
    raw = "crs=EPSG:3857&format=image/png&layers=a&styles=&url=https://x/wms"
    assert wms_source(raw) == raw
    assert xyz_source("https://t.example.cn/{z}/{x}/{y}.png").startswith(
        "type=xyz&url=https://t.example.cn/{z}/{x}/{y}.png")


def test_base_map_file_draws_under_the_city(qtbot, city, tmp_path):
    from osgeo import gdal, osr

    from console.maps.base_map import BaseMapError

    extent = city.layer("district").extent()
    path = tmp_path / "basemap.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 20, 20, 3, gdal.GDT_Byte)
    ds.SetGeoTransform([extent.xMinimum() - 500, (extent.width() + 1000) / 20, 0,
                        extent.yMaximum() + 500, 0, -(extent.height() + 1000) / 20])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    ds.SetProjection(srs.ExportToWkt())
    for band, value in zip((1, 2, 3), (120, 40, 200), strict=True):  # a purple no style uses
        ds.GetRasterBand(band).Fill(value)
    ds = None
    city.set_base_map("file", str(path))
    assert city.base_map is not None and city.base_map.isValid()
    render(qtbot, city)
    assert city.canvas.layers()[-1] is city.base_map, "under everything"
    image = city.render_to_image(None, 400, 300)
    assert count_colour(image, QColor(120, 40, 200), step=2) > 100
    with pytest.raises(BaseMapError):
        city.set_base_map("file", str(tmp_path / "missing.tif"))
    assert city.base_map is not None, "a bad address keeps the previous base map"
    with pytest.raises(ValueError):
        city.set_base_map("ftp", "x")
    city.set_base_map("xyz", "https://tile.example.cn/{z}/{x}/{y}.png")
    assert city.base_map.providerType() == "wms"
    assert len([lyr for lyr in city.project.mapLayers().values()
                if lyr.providerType() in ("wms", "gdal")]) == 1
    city.set_base_map("none")
    assert city.base_map is None
    assert len(city.project.mapLayers()) == len(LAYER_SPECS)


def test_a_shared_project_keeps_its_other_layers(qtbot, demo_db_url):
    from qgis.core import QgsProject, QgsVectorLayer

    project = QgsProject()
    other = QgsVectorLayer("Point?crs=EPSG:4549", "someone else's", "memory")
    project.addMapLayer(other)
    m = CityMap(demo_db_url, project=project)
    qtbot.addWidget(m)
    assert len(project.mapLayers()) == len(LAYER_SPECS) + 1
    m.close()
    assert list(project.mapLayers()) == [other.id()]
    assert [n.name() for n in project.layerTreeRoot().children()] == ["someone else's"]
    project.clear()


def test_video_wall_shows_the_case_density_and_the_desk_does_not(qtbot, demo_db_url, tmp_path):
    desk = CityMap(demo_db_url)
    qtbot.addWidget(desk)
    tree = desk.project.layerTreeRoot()
    assert not tree.findLayer(desk.layer("case_heat").id()).isVisible()
    desk.shutdown()
    wall = CityMap(demo_db_url, video_wall=True)
    qtbot.addWidget(wall)
    wall.resize(800, 600)
    wall.show()
    qtbot.waitExposed(wall)
    heat = wall.layer("case_heat")
    assert wall.project.layerTreeRoot().findLayer(heat.id()).isVisible()
    assert heat.renderer().type() == "heatmapRenderer" and heat.featureCount() > 0
    wall.zoom_to_city()
    path = tmp_path / "wall.png"
    wall.render_to_image(str(path), 800, 600)
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(path))
    warm = sum(1 for x in range(0, 800, 4) for y in range(0, 600, 4)
               if QColor(image.pixel(x, y)).red() > 180 and QColor(image.pixel(x, y)).blue() < 120)
    assert warm > 50  # the density shows as warm colours over the dark wall
    wall.shutdown()
