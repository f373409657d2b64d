"""The video wall for a simulated day, and one full wall refresh at 3840×2160.

Soak: a real wall window (offscreen) runs on an injected clock that advances ``--tick``
minutes per step for 24 simulated hours. Each step another writer registers a case now
and then (some urgent: flash and sound), the change feed is polled, the panels refresh (the
real ``QgsTask`` reads), the tour advances, and every few simulated hours the day's replay
runs through all its frames. RSS is printed at the start, the middle and the end: it should
stay flat (the wall runs for days).

Refresh: the whole wall at 3840×2160 (panels' read + map render + panels painted), against
the bare canvas with the same layers at the same size (its render only), as a ratio.

Also writes docs/screenshots/wall.png (``--screenshot``; Chinese, 3840×2160) with a few
reported photos on a copy of the demo. Asserts nothing.

    .venv/bin/python bench/bench_wall.py [--tick 5] [--scale small] [--screenshot PATH]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WIDTH, HEIGHT = 3840, 2160


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class FastClock:
    """The wall's "now": moved by the bench, not by the wall clock."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def wait(app, until, timeout_s: float = 30.0) -> bool:
    end = time.perf_counter() + timeout_s
    while time.perf_counter() < end:
        app.processEvents()
        if until():
            return True
        time.sleep(0.005)
    return False


def demo_copy(scale: str, folder: Path) -> str:
    from console.services.demo_city.build import build_demo

    path = folder / "wall.sqlite"
    if scale == "small":
        build_demo(f"sqlite:///{path}", scale="small", seed=1)
    else:
        from bench.common import spatialite_city

        shutil.copy(spatialite_city(scale).removeprefix("sqlite:///"), path)
    return f"sqlite:///{path}"


def backup(url: str, target: Path) -> None:
    """A consistent copy of a SpatiaLite file (its WAL included)."""
    import sqlite3

    src, dst = sqlite3.connect(url.removeprefix("sqlite:///")), sqlite3.connect(target)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()


def photo(seed: int) -> bytes:
    """A made-up site photo (sky, a street, a heap), JPEG."""
    from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from qgis.PyQt.QtGui import QColor, QImage, QLinearGradient, QPainter

    image = QImage(640, 480, QImage.Format_RGB32)
    p = QPainter(image)
    sky = QLinearGradient(0, 0, 0, 260)
    sky.setColorAt(0, QColor("#7fb2e5"))
    sky.setColorAt(1, QColor("#dfe9f3"))
    p.fillRect(0, 0, 640, 260, sky)
    p.fillRect(0, 260, 640, 220, QColor("#5d5f63"))
    p.fillRect(0, 250, 640, 14, QColor("#b9b4a7"))
    for i in range(4):  # buildings
        p.fillRect(30 + i * 160, 80 + (seed * 37 + i * 53) % 90, 120, 200, QColor(["#c9a27e", "#a7b8c4",
                   "#d6cfc2", "#9aa58f"][(i + seed) % 4]))
    colours = ["#3b7d3a", "#7a5230", "#2f5f9e", "#8c2f2f"]
    p.setBrush(QColor(colours[seed % 4]))
    p.setPen(QColor("#222222"))
    p.drawEllipse(QRectF(200 + seed * 23 % 160, 330, 220, 110))
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "JPG", 85)
    return bytes(data)


def register(sv, i: int, urgent: bool = False, with_photo: bool = False, now: datetime | None = None):
    from console.services.case_service import Photo
    from tests.services.helpers import spot

    x, y, _, inspector = spot(sv, index=i % 40)
    classes = ["0102", "0108", "0201", "0109"]
    photos = [Photo.from_bytes(f"site{i}.jpg", photo(i))] if with_photo else []
    return sv.cases.register(sv.auth.actor(inspector), source="inspector", kind="event",
                             class_code=classes[i % len(classes)],
                             description=["暴露垃圾", "道路破损", "占道经营", "乱堆物料"][i % 4],
                             x=x, y=y, urgent=urgent, photos=photos, now=now)


def open_wall(url: str, sv, app):
    from console.maps.city_map import CityMap
    from console.widgets.main_window import MainWindow

    city_map = CityMap(url, video_wall=True)
    window = MainWindow(sv, sv.auth.actor("wall"), city_map, video_wall=True)
    window.resize(WIDTH, HEIGHT)
    window.show()
    wait(app, lambda: window.wall.panel.snapshot is not None)
    return window, city_map


def render_done(app, canvas) -> float:
    """Refresh ``canvas`` and wait for its render; seconds."""
    done = []
    canvas.mapCanvasRefreshed.connect(lambda: done.append(True))
    t = time.perf_counter()
    canvas.refreshAllLayers()
    wait(app, lambda: bool(done), 60)
    secs = time.perf_counter() - t
    canvas.mapCanvasRefreshed.disconnect()
    return secs


def bench_refresh(url: str, sv, app, repeat: int = 5) -> None:
    from qgis.gui import QgsMapCanvas

    window, city_map = open_wall(url, sv, app)
    window.wall.tour.stop()
    panel = window.wall.panel
    walls = []
    for _ in range(repeat):
        t = time.perf_counter()
        before = panel.refresh_count
        panel.refresh()
        canvas_secs = render_done(app, city_map.canvas)
        wait(app, lambda b=before: panel.refresh_count > b)
        window.grab()  # paints every panel (and the map image) at the full size
        walls.append(max(time.perf_counter() - t, canvas_secs))
    # the bare canvas: the same layers, same extent, same size, nothing around it
    bare = QgsMapCanvas()
    bare.setDestinationCrs(city_map.canvas.mapSettings().destinationCrs())
    bare.setCanvasColor(city_map.canvas.canvasColor())
    bare.setLayers(city_map.canvas.layers())
    bare.setParallelRenderingEnabled(True)
    bare.resize(WIDTH, HEIGHT)
    bare.show()
    bare.setExtent(city_map.canvas.extent())
    bares = [render_done(app, bare) for _ in range(repeat)]
    w, b = statistics.median(walls), statistics.median(bares)
    print(f"full wall refresh at {WIDTH}x{HEIGHT}: median {w * 1000:.0f} ms; bare canvas with the same "
          f"{len(city_map.canvas.layers())} layers: {b * 1000:.0f} ms; ratio {w / b:.2f}")
    bare.close()
    bare.deleteLater()
    window.close()
    city_map.shutdown()


def soak(url: str, sv, app, tick_minutes: int, hours: int = 24) -> None:
    window, city_map = open_wall(url, sv, app)
    wall = window.wall
    clock = FastClock(datetime.now(UTC))
    wall.set_clock(clock)
    wall.tour.stop()  # driven below, one stop per step
    panel = wall.panel
    steps = hours * 60 // tick_minutes
    quarter = max(steps // 4, 1)
    marks: list[tuple[str, float]] = []
    replays = 0
    alerted = len(wall.alerted)
    t0 = time.perf_counter()
    for step in range(steps + 1):
        clock.now += timedelta(minutes=tick_minutes)
        if step % 3 == 0:  # another writer: a case every few simulated minutes
            register(sv, step, urgent=step % 30 == 0, with_photo=step % 6 == 0)
            window.poller.poll()
        before = panel.refresh_count
        panel.refresh()
        wait(app, lambda b=before: panel.refresh_count > b and not panel.busy())
        wall.tour.advance()
        if wall.replay.active:
            wall.replay._timer.stop()
            while wall.replay.active:
                wall.replay.advance()
                app.processEvents()
            replays += 1
        app.processEvents()
        if step % quarter == 0 or step == steps:
            marks.append((f"{step * tick_minutes / 60:.0f} h", rss_mb()))
    alerts = len(wall.alerted) - alerted
    secs = time.perf_counter() - t0
    print(f"soak: {hours} simulated hours in {steps} steps of {tick_minutes} min ({secs:.0f} s), "
          f"{panel.refresh_count} refreshes, {replays} replays, {alerts} alerts "
          f"({wall.sound.kind}), {steps // 3 + 1} cases written")
    print("RSS MB: " + ", ".join(f"{name} {mb:.0f}" for name, mb in marks)
          + f" (second half {marks[-1][1] - marks[len(marks) // 2][1]:+.1f} MB)")
    window.close()
    city_map.shutdown()


def screenshot(url: str, sv, app, path: Path) -> None:
    from console.widgets.i18n import install_translator, remove_translators

    translators = install_translator(app, "zh_CN")
    try:
        for i in range(6):
            register(sv, 100 + i, urgent=i == 1, with_photo=i != 3)
        window, city_map = open_wall(url, sv, app)
        window.wall.tour.stop()
        city_map.zoom_to_city()
        render_done(app, city_map.canvas)
        path.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(path))
        print(f"wrote {path}")
        window.close()
        city_map.shutdown()
    finally:
        remove_translators(app, translators)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tick", type=int, default=5, help="simulated minutes per step")
    parser.add_argument("--hours", type=int, default=24, help="simulated hours of the soak")
    parser.add_argument("--scale", default="small", choices=("small", "city"))
    parser.add_argument("--screenshot", default=str(ROOT / "docs/screenshots/wall.png"))
    parser.add_argument("--skip", nargs="*", default=[], choices=("soak", "refresh", "screenshot"))
    args = parser.parse_args()
    from qgis.core import QgsApplication

    from console.services.app import open_services

    app = QgsApplication([], True)
    app.initQgis()
    with tempfile.TemporaryDirectory() as tmp:
        url = demo_copy(args.scale, Path(tmp))
        backup(url, Path(tmp) / "shot.sqlite")  # the demo as built, for the screenshot
        sv = open_services(url)
        try:
            if "refresh" not in args.skip:
                bench_refresh(url, sv, app)
            if "soak" not in args.skip:
                soak(url, sv, app, args.tick, args.hours)
        finally:
            sv.close()
        if "screenshot" not in args.skip:  # on the demo as built, not after the soak's writes
            shot = f"sqlite:///{Path(tmp) / 'shot.sqlite'}"
            sv = open_services(shot)
            try:
                screenshot(shot, sv, app, Path(args.screenshot))
            finally:
                sv.close()
    app.exitQgis()


if __name__ == "__main__":
    main()
