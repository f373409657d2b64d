"""Shared set-up for the benchmarks: city-scale demo databases, built once and cached."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CACHE = Path(os.environ.get("CONSOLE_BENCH_CACHE", "/tmp/console-bench"))


def timed(fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    return time.perf_counter() - t, out


def spatialite_city(scale: str = "city") -> str:
    from console.services.demo_city.build import build_demo

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{scale}.sqlite"
    stamp = CACHE / f"{scale}.sqlite.ok"
    if not stamp.exists():
        path.unlink(missing_ok=True)
        secs, _ = timed(build_demo, f"sqlite:///{path}", scale=scale, seed=1)
        print(f"  (built the {scale} demo on SpatiaLite in {secs:.1f} s)")
        stamp.touch()
    return f"sqlite:///{path}"


def postgis_city(pg, scale: str = "city") -> str:
    from console.services.demo_city.build import build_demo

    url = pg.create_database(f"bench_{scale}")
    secs, _ = timed(build_demo, url, scale=scale, seed=1)
    print(f"  (built the {scale} demo on PostGIS in {secs:.1f} s)")
    return url


def random_points(sv, n: int, seed: int = 7):
    """Points inside the grid (rejection-sampled in the extent)."""
    import random

    rng = random.Random(seed)
    assert sv.locator.cell_count  # loads the index
    tree_geoms = sv.locator._geoms
    import shapely

    minx, miny, maxx, maxy = shapely.total_bounds(tree_geoms)
    pts = []
    while len(pts) < n:
        x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
        if sv.locator.locate(x, y):
            pts.append((x, y))
    return pts
