"""A layer that cannot load never crashes the console; the window says what is wrong and
loads the layers once the database is there; a libpq service name works for the layers too
(issue 7, defect 5)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from console.maps.layer_factory import LayerFactory
from console.maps.layer_specs import LAYER_SPECS, spec

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 15_000

_SCRIPT = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from console.maps.city_map import CityMap
    m = CityMap(sys.argv[1])
    print("missing:", sorted(m.missing_layers()))
    m.shutdown()
    print("survived")
""")


@pytest.mark.parametrize("url", [
    "sqlite:////nonexistent/dir/console.sqlite",        # missing SpatiaLite file
    "postgresql://console:pw@127.0.0.1:1/city",         # nobody listens there
])
def test_a_map_on_an_unloadable_database_does_not_crash(url):
    # in a child process: a regression is a segmentation fault, which must not take the
    # test run with it
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PGCONNECT_TIMEOUT="3")
    done = subprocess.run([sys.executable, "-c", _SCRIPT, url], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert "survived" in done.stdout
    assert "case" in done.stdout  # the case layer is named among the missing ones


def test_a_service_name_becomes_a_qgis_service_uri():
    factory = LayerFactory("postgresql://?service=city")
    uri = factory.uri(spec("grid_cell"))
    assert uri.service() == "city"
    assert uri.host() == "" and uri.database() == ""
    assert "service='city'" in uri.uri(False)
    uri = LayerFactory("postgresql://reader:pw@/city_b?service=city&sslmode=require").uri(spec("case"))
    assert (uri.service(), uri.database(), uri.username()) == ("city", "city_b", "reader")
    assert uri.sslMode() == uri.SslRequire


def test_the_window_names_the_missing_layers_and_loads_them_when_the_file_is_back(
        qtbot, services, db_url, tmp_path, monkeypatch):
    from console.maps.city_map import CityMap
    from console.widgets import main_window as mw

    monkeypatch.setattr(mw, "LAYER_RETRY_MS", 200)
    later = tmp_path / "later" / "console.sqlite"
    city_map = CityMap(f"sqlite:///{later}")
    window = mw.MainWindow(services, services.auth.actor("dispatcher"), city_map)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert city_map.missing_layers(), "nothing can load from a missing file"
    texts = [f"{i.title()} {i.text()}" for i in window.message_bar.items()]
    assert any(str(later) in t for t in texts), texts

    later.parent.mkdir()
    src, dst = sqlite3.connect(db_url[len("sqlite:///"):]), sqlite3.connect(later)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    qtbot.waitUntil(lambda: not city_map.missing_layers(), timeout=WAIT_MS)
    assert [s.key for s in LAYER_SPECS if s.key in city_map.layers] == [s.key for s in LAYER_SPECS]
    # each layer in its place in the layer tree, as on a normal start
    order = [layer.id() for layer in city_map.project.layerTreeRoot().layerOrder()]
    assert order.index(city_map.layers["case"].id()) < order.index(city_map.layers["grid_cell"].id())
    qtbot.waitUntil(lambda: not any(str(later) in f"{i.title()} {i.text()}"
                                    for i in window.message_bar.items()), timeout=WAIT_MS)
    window.close()
    city_map.shutdown()


def test_layers_load_through_a_service_name_and_a_missing_database_does_not_crash(
        qtbot, pg, postgis_template, tmp_path, monkeypatch):
    from sqlalchemy import create_engine, text

    from console.maps.city_map import CityMap

    name = f"svc_{os.getpid()}"
    admin = create_engine(pg.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{postgis_template}"'))
    admin.dispose()
    service_file = tmp_path / "pg_service.conf"
    service_file.write_text(f"[city]\nhost={pg.host}\nport={pg.port}\nuser={pg.user}\ndbname={name}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(service_file))

    city = CityMap("postgresql://?service=city")
    qtbot.addWidget(city)
    try:
        assert city.missing_layers() == {}
        assert city.layers["case"].isValid() and city.layers["case"].featureCount() > 0
    finally:
        city.shutdown()

    gone = CityMap(f"postgresql://{pg.user}@/no_such_database?host={pg.host}&port={pg.port}")
    qtbot.addWidget(gone)
    try:
        assert "case" in gone.missing_layers()
    finally:
        gone.shutdown()
