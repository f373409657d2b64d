"""Spine benchmarks (issue 2): registration, point → cell look-up, KPIs. Prints, asserts nothing.

    make bench            # or: .venv/bin/python bench/bench_spine.py [--reports N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from common import postgis_city, random_points, spatialite_city, timed


def bench_register(label, url, n):
    from geoalchemy2.shape import from_shape
    from shapely.geometry import Point
    from sqlalchemy import insert

    from console.domain.errors import PermissionDenied
    from console.services.app import open_services
    from console.store.models import SRID, CaseFile, new_id

    sv = open_services(url)
    pts = random_points(sv, n)
    acceptor = sv.auth.actor("acceptor")
    # registration with every look-up: cell, parents, inspector, routing, duplicates, deadline
    t = time.perf_counter()
    for i, (x, y) in enumerate(pts):
        try:
            sv.cases.register(acceptor, source="public", kind="event", class_code="0102",
                              description=f"bench {i}", x=x, y=y)
        except PermissionDenied:
            # outside the acceptor's district: registered by that district's city acceptor
            sv.cases.register(_acceptor_for(sv, x, y),
                              source="public", kind="event", class_code="0102",
                              description=f"bench {i}", x=x, y=y)
    full = time.perf_counter() - t
    # a bare insert of the same rows, one transaction each, no look-ups
    now = datetime.now(UTC)
    t = time.perf_counter()
    for x, y in pts:
        with sv.db.unit_of_work() as s:  # not a case code: bare rows never mix with real ones
            s.execute(insert(CaseFile).values(
                id=new_id(), code="b" + new_id()[:9], source="public", kind="event", class_code="0102",
                description="bare", address="", urgent=False, x=x, y=y,
                geom=from_shape(Point(x, y), srid=SRID), grid_code="0" * 15, community_code="0" * 12,
                street_code="0" * 9, district_code="0" * 6, level="district", state="reported",
                reporter="bench", registered_at=now, updated_at=now, version=1, rework_count=0,
                return_count=0, urge_count=0, postpone_count=0))
    bare = time.perf_counter() - t
    print(f"  register [{label}]: {n / full:8.0f} reports/s with look-ups; bare insert {n / bare:8.0f} rows/s; "
          f"ratio {full / bare:.2f}x the bare insert time")
    sv.close()


_ACCEPTORS = {"321202": "acceptor", "321203": "acceptor_gg", "321204": "acceptor_jy"}


def _acceptor_for(sv, x, y):
    return sv.auth.actor(_ACCEPTORS[sv.locator.locate(x, y).code[:6]])


def bench_lookup(url):
    import numpy as np

    from console.services.app import open_services

    sv = open_services(url)
    secs, _ = timed(lambda: sv.locator.cell_count)
    pts = random_points(sv, 2000)
    rng = np.random.default_rng(3)
    xs = np.array([p[0] for p in pts])
    ys = np.array([p[1] for p in pts])
    many_x = np.repeat(xs, 50) + rng.normal(0, 30, len(xs) * 50)
    many_y = np.repeat(ys, 50) + rng.normal(0, 30, len(ys) * 50)
    t = time.perf_counter()
    for x, y in zip(many_x[:50_000], many_y[:50_000], strict=True):
        sv.locator.locate(x, y)
    single = 50_000 / (time.perf_counter() - t)
    t = time.perf_counter()
    sv.locator.locate_many(many_x, many_y)
    bulk = len(many_x) / (time.perf_counter() - t)
    print(f"  point → cell over {sv.locator.cell_count} cells: {single:,.0f} look-ups/s one by one, "
          f"{bulk:,.0f}/s vectorised (index load {secs:.2f} s)")
    sv.close()


def bench_kpi(label, url):
    from console.services.app import open_services
    from console.services.kpi_service import DIMENSIONS

    sv = open_services(url)
    for by in (None, *DIMENSIONS):  # every dimension of `console kpi --by` (goal: < 1 s each)
        runs = [timed(sv.kpi.compute, None, None, by)[0] for _ in range(3)]
        print(f"  KPI by {by or 'city':12s} [{label}] over the city history: "
              f"median {statistics.median(runs):.3f} s")
    sv.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--no-postgis", action="store_true")
    args = ap.parse_args()
    print("spine benchmarks (city-scale demo: ~10,000 cells, ~100,000 components, 50,000 cases)")
    lite = spatialite_city()
    bench_lookup(lite)
    bench_kpi("SpatiaLite", lite)
    # registration writes: work on a copy, the cached city stays as built
    import shutil
    import tempfile

    scratch = Path(tempfile.mkdtemp()) / "register.sqlite"
    shutil.copy(lite.removeprefix("sqlite:///"), scratch)
    bench_register("SpatiaLite", f"sqlite:///{scratch}", args.reports)
    if not args.no_postgis:
        from devtools.pg_cluster import PgCluster

        with PgCluster() as pg:
            url = postgis_city(pg)
            bench_kpi("PostGIS", url)
            bench_register("PostGIS", url, args.reports)


if __name__ == "__main__":
    main()
