"""Map rendering benchmark: prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_render.py --db sqlite:////tmp/city.sqlite

Measures, in one process and one run:

- start-up: ``CityMap(db)`` created, shown at 1920×1080, until its first complete render
  (target < 3 s on the city-scale demo);
- full-extent render of all layers: the console's canvas against a bare ``QgsMapCanvas``
  holding the same tables from the same database with QGIS's default styles, each with its
  cache cleared before every run, alternating, median of ``--runs`` (targets: ratio ≤ 1.2,
  console < 0.5 s);
- with ``--per-layer``: each console layer rendered alone at the same extent.

Without ``--db`` (or ``CONSOLE_BENCH_DB``) it uses the city-scale SpatiaLite demo that
``bench/common.py`` builds once and caches.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas  # noqa: E402
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QEventLoop, QSize, QTimer  # noqa: E402


def wait_for_render(canvas: QgsMapCanvas, timeout_s: float = 60) -> float:
    """Refresh ``canvas`` with an empty cache and return the seconds until it completes."""
    loop = QEventLoop()
    canvas.mapCanvasRefreshed.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    t0 = time.perf_counter()
    canvas.refreshAllLayers()  # clears the canvas's cached layer images
    loop.exec_()
    elapsed = time.perf_counter() - t0
    canvas.mapCanvasRefreshed.disconnect(loop.quit)
    if not timer.isActive():
        print("  (timed out)")
    return elapsed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--db", default=os.environ.get("CONSOLE_BENCH_DB"),
                        help="database URL (default: the cached city-scale SpatiaLite demo)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--per-layer", action="store_true")
    args = parser.parse_args(argv)
    if not args.db:
        from common import spatialite_city  # bench/common.py, beside this file

        args.db = spatialite_city("city")
    width, height = (int(v) for v in args.size.lower().split("x"))

    t_app = time.perf_counter()
    app = QgsApplication([], True)
    app.initQgis()
    app_s = time.perf_counter() - t_app

    from console.maps.city_map import CityMap
    from console.maps.layer_factory import CRS, LayerFactory

    # --- start-up to first complete render ---------------------------------------------
    t0 = time.perf_counter()
    city = CityMap(args.db)
    city.resize(width, height)
    city.show()
    loop = QEventLoop()
    city.canvas.mapCanvasRefreshed.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec_()
    startup_s = time.perf_counter() - t0
    city.canvas.mapCanvasRefreshed.disconnect(loop.quit)
    counts = {k: layer.featureCount() for k, layer in city.layers.items()}
    print(f"database: {args.db}")
    print("features: " + ", ".join(f"{k} {n:,}" for k, n in counts.items()))
    print(f"QgsApplication start: {app_s:.2f} s")
    print(f"start-up to first complete render: {startup_s:.2f} s  (target < 3 s)")
    print(f"canvas {city.canvas.width()}x{city.canvas.height()}, scale 1:{city.canvas.scale():,.0f}")

    # --- a bare canvas with the same tables -------------------------------------------
    factory = LayerFactory(args.db)
    bare_project = QgsProject()
    bare_layers = []
    tree = city.project.layerTreeRoot()
    for key, layer in city.layers.items():
        if not tree.findLayer(layer.id()).isVisible():
            continue  # the same layers as the console shows (the wall's density is off here)
        bare = QgsVectorLayer(layer.source(), key, layer.providerType())
        bare.setSubsetString(layer.subsetString())
        bare_layers.append(bare)
        bare_project.addMapLayer(bare, False)
    bare = QgsMapCanvas()
    bare.setProject(bare_project)
    bare.setDestinationCrs(QgsCoordinateReferenceSystem(CRS))
    bare.resize(city.canvas.size())
    bare.show()
    bare.setLayers(bare_layers)
    bare.setExtent(city.canvas.extent())
    wait_for_render(bare)  # warm-up: provider connections, caches of the OS
    wait_for_render(city.canvas)

    console_times, bare_times = [], []
    for _ in range(args.runs):
        console_times.append(wait_for_render(city.canvas))
        bare_times.append(wait_for_render(bare))
    c, b = statistics.median(console_times), statistics.median(bare_times)
    print(f"full-extent render, median of {args.runs}:")
    print(f"  console canvas: {c:.3f} s  (runs: {', '.join(f'{t:.3f}' for t in console_times)})")
    print(f"  bare canvas:    {b:.3f} s  (runs: {', '.join(f'{t:.3f}' for t in bare_times)})")
    print(f"  ratio console/bare: {c / b:.2f}  (target ≤ 1.2; console target < 0.5 s)")

    if args.per_layer:
        print("per layer, console style, alone at the same extent:")
        for key, layer in city.layers.items():
            settings = QgsMapSettings(city.canvas.mapSettings())
            settings.setOutputSize(QSize(width, height))
            settings.setLayers([layer])
            times = []
            for _ in range(3):
                job = QgsMapRendererParallelJob(settings)
                t = time.perf_counter()
                job.start()
                job.waitForFinished()
                times.append(time.perf_counter() - t)
            visible = layer.isInScaleRange(settings.scale())
            print(f"  {key:10s} {statistics.median(times):.3f} s"
                  f"{'' if visible else '  (out of scale range: not drawn)'}")

    city.shutdown()
    bare.setLayers([])
    bare_project.removeAllMapLayers()
    # widgets before the application, the application before the interpreter: QGIS crashes
    # at exit when Python's garbage collector picks the order
    city.deleteLater()
    bare.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    del factory, city, bare, bare_project, bare_layers
    app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
