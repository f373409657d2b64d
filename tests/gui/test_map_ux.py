"""The map as operators expect it: overdue never hidden in a cluster, closed cases unlike
components, a department's own cases, measuring, going to a coordinate, bookmarks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QPoint, QSize, Qt
from qgis.PyQt.QtGui import QColor

from console.maps.city_map import CityMap
from console.maps.layer_specs import OPEN_CASES_SUBSET

pytestmark = pytest.mark.gui
RENDER_TIMEOUT_MS = 20_000
RED = QColor("#e0202a")
OVERVIEW_SCALE = 25_000


def render(qtbot, city: CityMap) -> None:
    with qtbot.waitSignal(city.canvas.mapCanvasRefreshed, timeout=RENDER_TIMEOUT_MS):
        city.canvas.refresh()


def near(c1: QColor, c2: QColor, tol: int = 30) -> bool:
    return (abs(c1.red() - c2.red()) <= tol and abs(c1.green() - c2.green()) <= tol
            and abs(c1.blue() - c2.blue()) <= tol)


def red_near(image, x: int, y: int, r: int = 4) -> int:
    return sum(1 for yy in range(y - r, y + r + 1) for xx in range(x - r, x + r + 1)
               if 0 <= xx < image.width() and 0 <= yy < image.height()
               and near(QColor(image.pixel(xx, yy)), RED))


def as_utc(value) -> datetime:
    if hasattr(value, "toPyDateTime"):
        value = value.toPyDateTime()
    elif isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)


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


def test_at_city_scale_every_overdue_case_keeps_its_red_mark(qtbot, city):
    layer = city.layer("case")
    request = QgsFeatureRequest().setFilterExpression(
        "\"deadline\" IS NOT NULL AND \"state\" <> 'suspended'")
    deadlines = sorted(as_utc(f["deadline"]) for f in layer.getFeatures(request))
    assert len(deadlines) > 20
    # half the open cases overdue: clusters mix overdue and on-time cases everywhere
    city.set_clock(deadlines[len(deadlines) // 2] + timedelta(seconds=1))
    extent = city.canvas.extent()
    extent.scale(OVERVIEW_SCALE * 2 / city.canvas.scale())
    city.canvas.setExtent(extent)
    render(qtbot, city)
    assert city.canvas.scale() > OVERVIEW_SCALE
    overdue = [f for f in city.layer("case_overdue").getFeatures(
        QgsFeatureRequest().setFilterExpression("\"light\" = 'red'"))]
    assert len(overdue) >= 10
    # the case layers alone (the district names are drawn over everything at this scale)
    settings = QgsMapSettings(city.canvas.mapSettings())
    settings.setLayers([city.layer("case_overdue"), city.layer("case")])
    settings.setFlag(QgsMapSettings.DrawLabeling, False)
    settings.setOutputSize(QSize(1000, 700))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    missing = []
    for f in overdue:
        p = settings.mapToPixel().transform(f.geometry().asPoint())
        if red_near(image, round(p.x()), round(p.y())) < 3:
            missing.append(f["code"])
    assert missing == [], "overdue cases merged away without a red mark"
    # the clustered layer itself never draws (nor clusters) an overdue case
    inner = layer.renderer().embeddedRenderer()
    labels = {r.label() for r in inner.rootRule().descendants()}
    assert "Overdue" not in labels and "Overdue" not in str(inner.rootRule().children()[1].filterExpression())


def test_closed_cases_do_not_look_like_components(city):
    inner = city.layer("case").renderer().embeddedRenderer()
    closed = [r for r in inner.rootRule().descendants() if "closed" in r.filterExpression()]
    assert closed
    for r in closed:
        sl = r.symbol().symbolLayer(0)
        assert sl.color().alpha() == 0  # a hollow ring ...
    for cat in city.layer("component").renderer().categories():
        assert cat.symbol().symbolLayer(0).color().alpha() == 255  # ... components are filled


def test_a_department_sees_its_own_cases_first_and_may_see_all(qtbot, make_window, services):
    window = make_window("dept_sanitation")
    code = window.actor.department_code
    layer = window.city_map.layer("case")
    assert window.own_cases_action.isChecked()
    assert f"'{code}'" in layer.subsetString() and OPEN_CASES_SUBSET in layer.subsetString()
    assert all(f["department_code"] == code for f in layer.getFeatures())
    window.own_cases_action.setChecked(False)
    assert layer.subsetString() == OPEN_CASES_SUBSET
    departments = {f["department_code"] for f in layer.getFeatures()}
    assert len(departments) > 1
    assert window.city_map.layer("case_overdue").subsetString() == OPEN_CASES_SUBSET
    # other roles get no such filter
    assert make_window("dispatcher").own_cases_action is None


def _click(qtbot, canvas, point: QgsPointXY, button=Qt.LeftButton) -> None:
    p = canvas.getCoordinateTransform().transform(point)
    qtbot.mouseClick(canvas.viewport(), button, pos=QPoint(round(p.x()), round(p.y())))


def test_measure_distance_and_area_with_the_mouse(qtbot, make_window):
    window = make_window("dispatcher")
    canvas = window.city_map.canvas
    centre = canvas.extent().center()
    canvas.setExtent(QgsRectangle(centre.x() - 300, centre.y() - 300, centre.x() + 300,
                                  centre.y() + 300))
    canvas.refresh()
    results = []
    window.city_map.measured.connect(lambda v, k, done: results.append((v, k, done)))
    window.measure_actions["distance"].trigger()
    assert window.city_map.measuring == "distance"
    a = QgsPointXY(centre.x() - 200, centre.y())
    b = QgsPointXY(centre.x() + 200, centre.y())
    _click(qtbot, canvas, a)
    _click(qtbot, canvas, b)
    _click(qtbot, canvas, b, Qt.RightButton)
    value, kind, done = results[-1]
    assert kind == "distance" and done
    assert value == pytest.approx(400, rel=0.01)  # ellipsoidal ≈ Gauss-Krüger metres here
    assert "m" in window.measure_label.text() and window.measure_label.isVisible()

    window.measure_actions["area"].trigger()
    assert window.city_map.measuring == "area"
    assert not window.measure_actions["distance"].isChecked()
    for dx, dy in ((-100, -100), (100, -100), (100, 100), (-100, 100)):
        _click(qtbot, canvas, QgsPointXY(centre.x() + dx, centre.y() + dy))
    _click(qtbot, canvas, centre, Qt.RightButton)
    value, kind, done = results[-1]
    assert kind == "area" and done and value == pytest.approx(40_000, rel=0.02)
    assert "m²" in window.measure_label.text()
    window.measure_actions["area"].trigger()  # off: back to the identify tool
    assert window.city_map.measuring is None and not window.measure_label.isVisible()


def test_go_to_a_longitude_latitude_or_projected_point(qtbot, make_window, services):
    from console.services.geo import xy_to_lonlat

    window = make_window("acceptor")
    case = services.queries.list(district="321202", limit=1)[0]
    dialog = window.open_go_to()
    lon, lat = xy_to_lonlat(case["x"], case["y"])
    dialog.first_edit.setText(f"{lon:.7f}")
    dialog.second_edit.setText(f"{lat:.7f}")
    dialog.buttons.accepted.emit()
    centre = window.city_map.canvas.extent().center()
    assert abs(centre.x() - case["x"]) < 0.5 and abs(centre.y() - case["y"]) < 0.5
    assert window.city_map.canvas.scale() == pytest.approx(1_500, rel=0.05)

    dialog = window.open_go_to()
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("xy"))
    dialog.first_edit.setText("abc")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and not dialog.error_label.isHidden()  # stays, says why
    dialog.first_edit.setText(str(case["x"] + 100))
    dialog.second_edit.setText(str(case["y"]))
    dialog.buttons.accepted.emit()
    centre = window.city_map.canvas.extent().center()
    assert abs(centre.x() - case["x"] - 100) < 0.5


def test_bookmarks_are_qgis_bookmarks_kept_per_user(qtbot, make_window):
    window = make_window("acceptor")
    canvas = window.city_map.canvas
    centre = canvas.extent().center()
    view = QgsRectangle(centre.x() - 250, centre.y() - 150, centre.x() + 250, centre.y() + 150)
    canvas.setExtent(view)
    saved_extent = QgsRectangle(canvas.extent())
    bookmark_id = window.add_bookmark("人民公园东门")
    assert window.bookmarks.path.exists()
    window.city_map.zoom_to_city()
    window._fill_bookmark_menu()
    assert "人民公园东门" in [a.text() for a in window.bookmark_menu.actions()]

    again = make_window("acceptor")  # the next session of the same user
    names = [b.name() for b in again.bookmarks.bookmarks()]
    assert names == ["人民公园东门"]
    assert bookmark_id and again.go_to_bookmark(again.bookmarks.bookmarks()[0].id())
    extent = again.city_map.canvas.extent()
    assert extent.center().x() == pytest.approx(saved_extent.center().x(), abs=1)
    assert extent.width() >= saved_extent.width() * 0.99
    dialog = again.open_bookmarks()
    dialog.table.selectRow(0)
    dialog.table.setCurrentIndex(again.bookmarks.model.index(0, 0))
    dialog.delete_selected()
    assert again.bookmarks.bookmarks() == []
    dialog.close()
    other = make_window("dispatcher")
    assert other.bookmarks.bookmarks() == []  # bookmarks are per user
