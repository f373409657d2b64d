"""GUI test set-up: one QgsApplication (pytest-qgis), an offscreen platform, a demo database.

pytest-qgis creates the ``QgsApplication`` in ``pytest_load_initial_conftests`` (tryfirst),
i.e. before this file is imported: the environment below only helps when the plugin is off
(``-p no:pytest_qgis``). Run GUI tests with ``QT_QPA_PLATFORM=offscreen`` in the environment
(the README's test command does) or under Xvfb.

Fixtures shared by every GUI test module:

- ``demo_db_url`` (session): a SpatiaLite URL of a small demo city. ``CONSOLE_TEST_DEMO_DB``
  names a ready database to use instead (any URL, e.g. the city-scale demo); otherwise the
  demo builder (``console demo --scale small``) writes one into a temporary folder, or, while
  that builder does not exist, ``build_test_city`` below does.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-" + str(os.getuid()))

import math  # noqa: E402
import random  # noqa: E402
import sqlite3  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

import pytest  # noqa: E402
from qgis.PyQt.QtCore import QSettings  # noqa: E402

DEMO_ENV = "CONSOLE_TEST_DEMO_DB"
CELL = 200.0  # metres; the test city's blocks
ORIGIN = (490_000.0, 3_588_000.0)  # EPSG:4549, Taizhou (泰州) old town


@pytest.fixture(scope="session")
def demo_db_url(tmp_path_factory) -> str:
    """URL of a demo city database, built once per test session."""
    ready = os.environ.get(DEMO_ENV)
    if ready:
        return ready
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    url = f"sqlite:///{path}"
    try:
        from console.services.demo_city.build import build_demo
    except ImportError:
        build_test_city(url)
    else:
        build_demo(url, scale="small", seed=1)
    return url


# --- a small test city, built from the models -------------------------------------------

_ROAD_NAMES = ["海陵路", "鼓楼路", "青年路", "东风路", "五一路", "迎春路", "凤凰路", "济川路",
               "税务桥路", "坡子街", "人民路", "江洲路", "永定路", "春晖路", "南通路", "扬州路"]
_DISTRICTS = [("321202", "海陵区"), ("321203", "高港区"), ("321204", "姜堰区"), ("321271", "医药高新区")]
_OPEN_STATES = ["reported", "verifying", "adjudicating", "filed", "dispatched", "suspended",
                "handled", "checking"]
_STAGE = {"reported": "accept", "adjudicating": "accept", "verifying": "verify",
          "filed": "dispatch", "dispatched": "handle", "handled": "review", "checking": "check"}


def _split(n: int, parts: int) -> list[range]:
    edges = [round(i * n / parts) for i in range(parts + 1)]
    return [range(edges[i], edges[i + 1]) for i in range(parts)]


def build_test_city(url: str, nx: int = 8, ny: int = 6, districts: int = 1,
                    streets_per_district: int = 2, components_per_cell: int = 12,
                    cases: int = 80, seed: int = 1, now: datetime | None = None) -> dict:
    """Write a regular demo city into ``url``: square 200 m cells between roads, a river,
    buildings, components and cases in every state (some overdue against ``now``).

    The default size has 48 cells; ``nx=ny=100, districts=4`` gives a city-sized data set
    (10,000 cells, ~100,000 components) for benchmarks. Returns counts and a few known codes.
    """
    from geoalchemy2.shape import from_shape
    from shapely import affinity
    from shapely.geometry import LineString, MultiPolygon, Point, box
    from shapely.ops import unary_union
    from sqlalchemy import insert

    from console.domain.catalog import load_catalog
    from console.store.engine import Database
    from console.store.models import (
        Base,
        Building,
        CaseFile,
        Community,
        Component,
        ComponentClass,
        District,
        GridCell,
        Road,
        Street,
        Water,
    )

    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    x0, y0 = ORIGIN
    db = Database(url)
    Base.metadata.create_all(db.engine)

    def multi(geom):
        return geom if geom.geom_type == "MultiPolygon" else MultiPolygon([geom])

    def cell_box(i, j):
        return box(x0 + i * CELL, y0 + j * CELL, x0 + (i + 1) * CELL, y0 + (j + 1) * CELL)

    # A river: a sine wave across the city, 60 m wide.
    river_line = LineString(
        [(x0 - 300 + k * 50, y0 + ny * CELL * 0.35 + 150 * math.sin(k / 9))
         for k in range(int((nx * CELL + 600) / 50) + 1)]
    )
    river = river_line.buffer(30, cap_style="flat")
    lake = Point(x0 + nx * CELL * 0.7, y0 + ny * CELL * 0.75).buffer(min(nx, ny) * CELL * 0.06)
    water_geoms = [("凤城河", river), ("人民公园湖", lake)]

    catalog = load_catalog()
    comp_classes = catalog.classes("component")
    event_classes = catalog.classes("event")

    cells, communities, streets, district_rows = [], [], [], []
    for d_index, cols in enumerate(_split(nx, districts)):
        d_code, d_name = _DISTRICTS[d_index % len(_DISTRICTS)]
        d_geoms = []
        for s_index, rows in enumerate(_split(ny, streets_per_district)):
            s_code = f"{d_code}{s_index + 1:03d}"
            s_geoms = []
            for c_index, c_cols in enumerate(_split(len(cols), 2)):
                c_code = f"{s_code}{c_index + 1:03d}"
                c_geoms = []
                seq = 0
                for i in (cols[k] for k in c_cols):
                    for j in rows:
                        seq += 1
                        g = cell_box(i, j)
                        cells.append((f"{c_code}{seq:03d}", c_code, g))
                        c_geoms.append(g)
                geom = unary_union(c_geoms)
                communities.append((c_code, f"{d_name[:2]}{s_index + 1}街{c_index + 1}社区",
                                    s_code, geom))
                s_geoms.append(geom)
            geom = unary_union(s_geoms)
            streets.append((s_code, f"{d_name[:2]}第{s_index + 1}街道", d_code, geom))
            d_geoms.append(geom)
        district_rows.append((d_code, d_name, unary_union(d_geoms)))

    roads = []
    for k in range(nx + 1):
        kind = "main" if k % 4 == 0 else "secondary" if k % 2 == 0 else "branch"
        x = x0 + k * CELL
        roads.append((_ROAD_NAMES[k % len(_ROAD_NAMES)] if kind != "branch" else "", kind,
                      LineString([(x, y0), (x, y0 + ny * CELL)])))
    for k in range(ny + 1):
        kind = "main" if k % 4 == 0 else "secondary" if k % 2 == 0 else "branch"
        y = y0 + k * CELL
        roads.append((_ROAD_NAMES[(k + 7) % len(_ROAD_NAMES)] if kind != "branch" else "", kind,
                      LineString([(x0, y), (x0 + nx * CELL, y)])))

    buildings = []
    for code, _c, g in cells:
        minx, miny, _, _ = g.bounds
        for qx in (0, 1):
            for qy in (0, 1):
                w, h = rng.uniform(40, 70), rng.uniform(30, 70)
                bx = minx + 20 + qx * 90 + rng.uniform(0, 70 - w)
                by = miny + 20 + qy * 90 + rng.uniform(0, 70 - h)
                b = affinity.rotate(box(bx, by, bx + w, by + h), rng.choice([0, 0, 15, -10]))
                if not b.intersects(river) and not b.intersects(lake):
                    buildings.append((code, b))

    with db.unit_of_work() as s:
        s.execute(insert(ComponentClass), [
            {"code": c.code, "name": c.name, "major_code": c.major_code,
             "major_name": c.major_name, "local": c.local} for c in comp_classes])
        s.execute(insert(District), [
            {"code": c, "name": n, "geom": from_shape(multi(g), srid=4549)}
            for c, n, g in district_rows])
        s.execute(insert(Street), [
            {"code": c, "name": n, "district_code": d, "geom": from_shape(multi(g), srid=4549)}
            for c, n, d, g in streets])
        s.execute(insert(Community), [
            {"code": c, "name": n, "street_code": st, "geom": from_shape(multi(g), srid=4549)}
            for c, n, st, g in communities])
        s.execute(insert(GridCell), [
            {"code": c, "community_code": cc, "area": g.area, "geom": from_shape(g, srid=4549)}
            for c, cc, g in cells])
        s.execute(insert(Road), [
            {"name": n, "kind": k, "geom": from_shape(g, srid=4549)} for n, k, g in roads])
        s.execute(insert(Water), [
            {"name": n, "geom": from_shape(multi(g), srid=4549)} for n, g in water_geoms])
        s.execute(insert(Building), [
            {"grid_code": c, "geom": from_shape(g, srid=4549)} for c, g in buildings])

        comp_rows, seq_by_class = [], {}
        for code, _c, g in cells:
            minx, miny, maxx, maxy = g.bounds
            for _ in range(components_per_cell):
                cls = rng.choice(comp_classes)
                # components stand along the roads: within 12 m of the cell's edge
                t = rng.uniform(0, CELL)
                side = rng.randrange(4)
                off = rng.uniform(3, 12)
                x, y = [(minx + t, miny + off), (maxx - off, miny + t), (minx + t, maxy - off),
                        (minx + off, miny + t)][side]
                d_code = code[:6]
                n = seq_by_class[(d_code, cls.code)] = seq_by_class.get((d_code, cls.code), 0) + 1
                comp_rows.append({
                    "code": f"{d_code}{cls.code}{n:06d}", "class_code": cls.code, "name": cls.name,
                    "grid_code": code, "x": x, "y": y, "geom": from_shape(Point(x, y), srid=4549)})
        for k in range(0, len(comp_rows), 20_000):
            s.execute(insert(Component), comp_rows[k:k + 20_000])

        case_rows = []
        year = now.year
        for k in range(cases):
            code, c_code, g = cells[rng.randrange(len(cells))]
            minx, miny, maxx, maxy = g.bounds
            x, y = rng.uniform(minx + 5, maxx - 5), rng.uniform(miny + 5, maxy - 5)
            r = rng.random()
            state = (rng.choice(["closed", "closed", "closed", "rejected", "cancelled"])
                     if r < 0.4 else rng.choice(_OPEN_STATES))
            stage = _STAGE.get(state)
            limit = timedelta(minutes=rng.choice([20, 30, 60, 240, 1440, 4320]))
            # elapsed share of the limit: about 1 in 8 open cases overdue, 1 in 6 yellow
            started = now - limit * rng.uniform(0.02, 1.15)
            kind = rng.choice(["event", "component"])
            cls = rng.choice(event_classes if kind == "event" else comp_classes)
            case_rows.append(_case_row(
                f"{year:04d}{k + 1:06d}", state, stage, started, started + limit if stage else None,
                kind, cls.code, x, y, code, c_code, now, urgent=rng.random() < 0.1))
        # Two cases with known facts for the tests: one overdue, one closed.
        code, c_code, g = cells[0]
        cx, cy = g.centroid.x, g.centroid.y
        case_rows.append(_case_row(f"{year:04d}{cases + 1:06d}", "dispatched", "handle",
                                   now - timedelta(days=2), now - timedelta(hours=1), "event",
                                   event_classes[0].code, cx, cy, code, c_code, now))
        case_rows.append(_case_row(f"{year:04d}{cases + 2:06d}", "closed", None,
                                   now - timedelta(days=2), None, "event",
                                   event_classes[0].code, cx + 40, cy + 40, code, c_code, now))
        for row in case_rows:
            row["geom"] = from_shape(Point(row["x"], row["y"]), srid=4549)
        s.execute(insert(CaseFile), case_rows)
    db.dispose()
    return {"cells": len(cells), "components": len(comp_rows), "cases": len(case_rows),
            "buildings": len(buildings), "overdue_case": case_rows[-2]["code"],
            "closed_case": case_rows[-1]["code"], "first_cell": cells[0][0]}


def _case_row(code, state, stage, started, deadline, kind, class_code, x, y, grid, community,
              now, urgent=False) -> dict:
    from console.store.models import new_id

    return {
        "id": new_id(), "code": code, "source": "inspector", "kind": kind,
        "class_code": class_code, "description": "测试案卷", "urgent": urgent, "x": x, "y": y,
        "grid_code": grid, "community_code": community, "street_code": community[:9],
        "district_code": community[:6], "state": state, "reporter": "demo",
        "stage": stage, "stage_started_at": started if stage else None,
        "deadline": deadline, "registered_at": started, "updated_at": now,
        "closed_at": now if state == "closed" else None, "version": 1,
    }

# --- a window per test, each on its own copy of the demo ----------------------------------

WINDOW_PASSWORD = "demo1234"  # the demo users' password
# a wait that ends as soon as the window is ready: generous, because on a loaded 2-core CI
# machine a window's first reads have taken over 10 s (seen once in a full run)
WINDOW_WAIT_MS = 30_000


@pytest.fixture
def chinese():
    """The Chinese translation installed for one test (the UI's default language)."""
    from qgis.core import QgsApplication

    from console.widgets.i18n import install_translator, remove_translators

    app = QgsApplication.instance()
    translators = install_translator(app, "zh_CN")
    yield
    remove_translators(app, translators)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """QSettings (language, layouts) go to a temporary folder, never the user's."""
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def db_url(demo_db_url, tmp_path) -> str:
    """A private copy of the demo database (SQLite's backup API: WAL content included)."""
    assert demo_db_url.startswith("sqlite:///"), "the widget tests copy a SpatiaLite demo"
    source = demo_db_url[len("sqlite:///"):]
    target = tmp_path / "console.sqlite"
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return f"sqlite:///{target}"


@pytest.fixture
def services(db_url):
    from console.services.app import open_services

    sv = open_services(db_url)
    yield sv
    sv.close()


def settle_tasks(qtbot, timeout_ms: int = 15_000) -> None:
    """Let the background reads of the windows (QgsTask) finish and deliver before the windows
    close: a read that ends after its window is gone must not be what the next test meets."""
    from qgis.core import QgsApplication

    manager = QgsApplication.taskManager()
    try:
        qtbot.waitUntil(lambda: manager.countActiveTasks() == 0, timeout=timeout_ms)
    except Exception:  # pytest-qt's TimeoutError: a slow read; close anyway, as a user would
        pass
    qtbot.wait(20)


@pytest.fixture(autouse=True)
def tasks_settled_after_each_test(qtbot):
    """Whatever a GUI test leaves running in the task manager ends within that test."""
    yield
    settle_tasks(qtbot)


@pytest.fixture
def make_window(qtbot, services, db_url):
    """make_window(user) → a shown MainWindow of that user on a real canvas, docks loaded."""
    from console.maps.city_map import CityMap
    from console.widgets.main_window import MainWindow

    windows = []

    def make(user: str, video_wall: bool = False) -> MainWindow:
        if windows:
            settle_tasks(qtbot)
        for w in windows:
            w.close()
        actor = services.auth.authenticate(user, WINDOW_PASSWORD)
        city_map = CityMap(db_url, video_wall=video_wall)
        calls = {"refresh_tables": [], "flash_case": [], "select_case": []}
        for name in calls:  # record what the window asks of the map, and still do it
            original = getattr(city_map, name)

            def recorder(*args, _name=name, _original=original, **kwargs):
                calls[_name].append(args)
                return _original(*args, **kwargs)

            setattr(city_map, name, recorder)
        city_map.calls = calls
        window = MainWindow(services, actor, city_map, video_wall=video_wall)
        qtbot.addWidget(window)
        window.resize(1600, 960)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: all(d.loaded_once for d in window.case_docks.values()),
                        timeout=WINDOW_WAIT_MS)
        windows.append(window)
        return window

    yield make
    settle_tasks(qtbot)
    for w in windows:
        try:
            w.close()
        except RuntimeError:  # pytest-qt closed and deleted it already
            pass
    settle_tasks(qtbot)
