"""The city map on PostGIS: the same layers and styles through QGIS's postgres provider.

Uses the throw-away cluster and the small demo template of tests/conftest.py; the map reads a
copy of the template (a template must have no open connections when others copy it, and QGIS
keeps its connections).
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

import pytest
from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtGui import QColor

from console.maps.city_map import CityMap
from console.maps.layer_specs import LAYER_SPECS

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def pg_map_url(pg, postgis_template) -> str:
    from sqlalchemy import create_engine, text

    name = f"maps_{os.getpid()}"
    admin = create_engine(pg.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{postgis_template}"'))
    admin.dispose()
    return pg.url(name)


def test_postgis_layers_load_render_and_judge_deadlines(qtbot, pg_map_url):
    city = CityMap(pg_map_url)
    qtbot.addWidget(city)
    city.resize(800, 600)
    city.show()
    city.zoom_to_city()
    assert city.canvas.extent().width() > 1_000
    with qtbot.waitSignal(city.canvas.mapCanvasRefreshed, timeout=30_000):
        city.canvas.refresh()
    assert set(city.layers) == {s.key for s in LAYER_SPECS}
    for key, layer in city.layers.items():
        assert layer.isValid() and layer.providerType() == "postgres", key
        # (featureCount() is an estimate on PostGIS: -1 before the first ANALYZE)
        assert next(layer.getFeatures(), None) is not None, key
    case_layer = city.layer("case")
    assert not {f["state"] for f in case_layer.getFeatures()} & {"closed", "rejected"}

    # Deadlines are "timestamp without time zone" in UTC: the light must match in any zone.
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    try:
        request = QgsFeatureRequest().setFilterExpression(
            "\"deadline\" IS NOT NULL AND \"state\" <> 'suspended'")
        case = next(case_layer.getFeatures(request))
        deadline = case["deadline"].toPyDateTime().replace(tzinfo=UTC)
        lights = {}
        for when in (deadline - timedelta(minutes=2), deadline + timedelta(minutes=2)):
            city.set_clock(when)
            lights[when > deadline] = next(case_layer.getFeatures(
                QgsFeatureRequest().setFilterFid(case.id())))["light"]
        assert lights[True] == "red" and lights[False] in ("green", "yellow")
    finally:
        os.environ.pop("TZ", None) if old is None else os.environ.__setitem__("TZ", old)
        time.tzset()
        city.set_clock(None)

    cell = next(city.layer("grid_cell").getFeatures())
    assert city.find(cell["code"])
    assert city.select_case(case["id"])
    city.set_clock(datetime.now(UTC))
    image = city.render_to_image(None, 600, 400)
    background = QColor(city.canvas.canvasColor())
    assert any(QColor(image.pixel(x, y)) != background
               for x in range(0, 600, 7) for y in range(0, 400, 7))
    city.close()
