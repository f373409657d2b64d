"""Another process changes cases → the real console window's panel and map follow.

Prints p50/p95 latency from the writer's commit to (a) the dispatch panel holding the new
state and (b) the map layer refresh being requested, over 100 changes; on SpatiaLite
(polling) and on PostGIS (NOTIFY) with 10 more headless consoles listening. Asserts nothing.

    .venv/bin/python bench/bench_live_gui.py [--changes 100]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WRITER = r"""
import sys, time
sys.path.insert(0, sys.argv[3])
from console.services.app import open_services
from tests.services.helpers import spot
sv = open_services(sys.argv[1])
n = int(sys.argv[2])
acceptor = sv.auth.actor("acceptor")
out = open(sys.argv[4], "w")
time.sleep(3)  # let the window settle
for i in range(n):
    x, y, _, inspector = spot(sv, index=i % 60)
    case = sv.cases.register(sv.auth.actor(inspector), source="inspector", kind="event",
                             class_code="0102", description=f"live {i}", x=x, y=y)
    sv.cases.act(acceptor, case["id"], "file")
    out.write(f"{case['id']} {time.time():.6f}\n"); out.flush()
    time.sleep(0.15)
"""


def _pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def measure(url: str, changes: int, app) -> tuple[list[float], list[float]]:
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    from console.maps.city_map import CityMap
    from console.services.app import open_services
    from console.widgets.main_window import MainWindow

    sv = open_services(url)
    city = CityMap(url)
    window = MainWindow(sv, sv.auth.actor("commander"), city)
    window.resize(1920, 1080)
    window.show()
    panel_seen: dict[str, float] = {}
    map_refresh: list[float] = []
    apply_cases = window.apply_cases

    def spy_apply(docs):
        apply_cases(docs)
        now = time.time()
        for d in docs:
            if d["state"] == "filed":
                panel_seen.setdefault(d["id"], now)

    window.apply_cases = spy_apply
    refresh = city.refresh_tables

    def spy_refresh(tables):
        refresh(tables)
        map_refresh.append(time.time())

    city.refresh_tables = spy_refresh
    stamps = Path(tempfile.mkdtemp()) / "commits.txt"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, url, str(changes), str(ROOT), str(stamps)])
    loop = QEventLoop()
    deadline = time.time() + 60 + changes * 0.5

    def check():
        if writer.poll() is not None and len(panel_seen) >= changes or time.time() > deadline:
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(100)
    loop.exec_()
    writer.wait(30)
    commits = dict(line.split() for line in stamps.read_text().splitlines())
    panel = [(panel_seen[i] - float(t)) * 1000 for i, t in commits.items() if i in panel_seen]
    refreshes = sorted(map_refresh)
    map_lat = []
    for t in (float(t) for t in commits.values()):
        after = next((r for r in refreshes if r >= t), None)
        if after is not None:
            map_lat.append((after - t) * 1000)
    window.close()
    city.shutdown()
    sv.close()
    return panel, map_lat


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--changes", type=int, default=100)
    args = ap.parse_args()
    from qgis.core import QgsApplication

    from console.services.demo_city.build import build_demo
    from devtools.pg_cluster import PgCluster

    app = QgsApplication([], True)
    app.initQgis()
    tmp = Path(tempfile.mkdtemp())
    lite = f"sqlite:///{tmp / 'live.sqlite'}"
    build_demo(lite, "small", 1)
    print(f"live updates in a real console window, {args.changes} changes by another process")
    panel, map_lat = measure(lite, args.changes, app)
    print(f"  SpatiaLite (polling): panel p50 {statistics.median(panel):6.0f} ms, p95 {_pct(panel, 95):6.0f} ms "
          f"({len(panel)}/{args.changes}); map refresh p50 {statistics.median(map_lat):6.0f} ms, "
          f"p95 {_pct(map_lat, 95):6.0f} ms")
    with PgCluster() as pg:
        url = pg.create_database("live_gui")
        build_demo(url, "small", 1)
        listeners = [subprocess.Popen([sys.executable, str(ROOT / "bench" / "sync_listener.py"), url, "600"],
                                      stdout=subprocess.DEVNULL) for _ in range(10)]
        panel, map_lat = measure(url, args.changes, app)
        for p in listeners:
            p.terminate()
        print(f"  PostGIS (NOTIFY, +10 headless consoles): panel p50 {statistics.median(panel):6.0f} ms, "
              f"p95 {_pct(panel, 95):6.0f} ms ({len(panel)}/{args.changes}); map refresh p50 "
              f"{statistics.median(map_lat):6.0f} ms, p95 {_pct(map_lat, 95):6.0f} ms")
    app.exitQgis()


if __name__ == "__main__":
    main()
