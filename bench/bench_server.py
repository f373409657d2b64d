"""Workflow actions and field reports through the application server (issues 8 and 9).
Prints, asserts nothing.

50 concurrent clients on loopback, each with its own login, alternate between two
`console serve` instances on one PostGIS copy of the demo city. Two loads:
- actions: every client repeats report → file → dispatch (three workflow actions, each its
  own transaction);
- field reports: every client is an inspector's phone sending reports with one 1 MB photo
  (base64 in JSON, with an Idempotency-Key, as the field client sends them).
The baseline of each is the same work in-process on the same database from as many threads,
so the ratio shows what the HTTP hop costs on this machine.

    .venv/bin/python bench/bench_server.py [--clients 50] [--seconds 20] [--photo-kb 1024]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time

from common import ROOT

sys.path.insert(0, str(ROOT))

APP_ROLE, APP_PASSWORD = "console_app", "bench-app-1"


def _pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else 0.0


def _targets(url: str, n: int):
    """n points in cells of 海陵区 with their inspectors, the district's acceptor and
    dispatcher: an inspector's own report needs no verification, so it is filed at once."""
    from console.services.app import open_services
    from tests.services.helpers import HL, spot

    sv = open_services(url)
    users = sv.auth.list_users()
    acceptor = next(u["name"] for u in users if "acceptor" in u["roles"] and u["district"] == HL
                    and not u["name"].startswith("inspector"))
    dispatcher = next(u["name"] for u in users if "dispatcher" in u["roles"] and u["district"] == HL)
    points = [spot(sv, index=i % 40) for i in range(n)]  # (x, y, cell, its inspector)
    sv.close()
    return acceptor, dispatcher, points


def _loop(steps, point, stop, latencies, errors):
    """Each step takes what the one before returned (the first takes the point)."""
    i = 0
    while not stop.is_set():
        try:
            value = point
            for step in steps:
                t = time.perf_counter()
                value = step(value, i)
                latencies.append(time.perf_counter() - t)
        except Exception as exc:  # counted, not hidden
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
        i += 1


def _photo(kb: int):
    """A JPEG of about ``kb`` KiB: noise, which JPEG cannot shrink, like a phone's photo of a
    street that is scaled down but still detailed."""
    import io

    import numpy as np
    from PIL import Image

    from console.services.case_service import Photo

    side = 64
    while True:
        rng = np.random.default_rng(side)
        pixels = rng.integers(0, 255, (side, side, 3), dtype=np.uint8)
        buf = io.BytesIO()
        Image.fromarray(pixels).save(buf, "JPEG", quality=90)
        if buf.tell() >= kb * 1024:
            return Photo.from_bytes("street.jpg", buf.getvalue())
        side = int(side * 1.15) + 1


def run(label: str, make_worker, clients: int, seconds: float, unit: str = "actions") -> dict:
    stop = threading.Event()
    latencies: list[float] = []
    errors: list[str] = []
    threads = [threading.Thread(target=_loop, args=(*make_worker(k), stop, latencies, errors))
               for k in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    doc = {"actions": len(latencies), "per_s": len(latencies) / wall,
           "p50_ms": 1000 * _pct(latencies, 50), "p95_ms": 1000 * _pct(latencies, 95),
           "errors": len(errors)}
    print(f"  {label:<34} {doc['per_s']:7.1f} {unit}/s  p50 {doc['p50_ms']:6.1f} ms  "
          f"p95 {doc['p95_ms']:6.1f} ms  ({doc['actions']} {unit}, {doc['errors']} errors)")
    if errors:
        print(f"    first error: {errors[0]}")
    return doc


def _steps(k, field, acc, dis, f, a, d):
    """report → file → dispatch by the inspector, the acceptor and the dispatcher."""
    def report(point, i):
        return field.cases.register(f, source="inspector", kind="event", class_code="0102",
                                    description=f"bench {k}-{i}", x=point[0], y=point[1])

    def file(case, _i):
        return acc.cases.act(a, case["id"], "file", expect_version=case["version"])

    def dispatch(case, _i):
        return dis.cases.act(d, case["id"], "dispatch", department=case["suggested_department"],
                             expect_version=case["version"])

    return [report, file, dispatch]


def _field_report(k, field, f, photo):
    """One report with a photo, keyed as the phone's offline queue keys it. The photo's bytes
    are checked (decoded) for each report on both sides: the server does so for every upload,
    so the in-process baseline does too."""
    import uuid

    from console.services.case_service import Photo
    from console.services.request_keys import Idempotency

    def report(point, i):
        key = Idempotency(str(uuid.uuid4()), f"bench {k}-{i}")
        received = Photo.from_bytes(photo.filename, photo.data)
        return field.cases.register(f, source="inspector", kind="event", class_code="0102",
                                    description=f"field {k}-{i}", x=point[0], y=point[1],
                                    photos=[received], request_key=key)

    return [report]


def in_process(url, acceptor, dispatcher, points, photo=None):
    from console.services.app import open_services

    sv = open_services(url)
    acc, dis = sv.auth.actor(acceptor), sv.auth.actor(dispatcher)

    def make(k):
        field = sv.auth.actor(points[k][3])
        if photo is not None:
            return _field_report(k, sv, field, photo), points[k]
        return _steps(k, sv, sv, sv, field, acc, dis), points[k]

    return sv, make


def through_servers(servers, acceptor, dispatcher, points, password, photo=None):
    from console.services.remote import RemoteServices

    opened = []

    def make(k):
        # clients alternate between the instances, as behind a round-robin balancer
        ins = RemoteServices(servers[k % 2])
        f = ins.auth.authenticate(points[k][3], password)
        opened.append(ins)
        if photo is not None:
            return _field_report(k, ins, f, photo), points[k]
        acc = RemoteServices(servers[(k + 1) % 2])
        dis = RemoteServices(servers[k % 2])
        a, d = acc.auth.authenticate(acceptor, password), dis.auth.authenticate(dispatcher, password)
        opened.extend((acc, dis))
        return _steps(k, ins, acc, dis, f, a, d), points[k]

    return opened, make


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--photo-kb", type=int, default=1024)
    args = parser.parse_args()

    import tempfile
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from console.services.demo_city.build import DEMO_PASSWORD, build_demo
    from console.store import schema
    from console.store.engine import Database
    from devtools.pg_cluster import PgCluster
    from tests.center import RunningServer

    print(f"== workflow actions: {args.clients} clients, {args.seconds:.0f} s each")
    with PgCluster() as pg:
        owner = pg.create_database("bench_server")
        build_demo(owner, scale="small", seed=1)
        db = Database(owner)
        schema.grant_app_role(db, APP_ROLE, APP_PASSWORD)
        db.dispose()
        app_url = pg.role_url(make_url(owner).database, APP_ROLE, APP_PASSWORD)
        acceptor, dispatcher, points = _targets(owner, args.clients)

        photo = _photo(args.photo_kb)
        results = {}
        for load, pic, unit in (("actions", None, "actions"), ("reports", photo, "reports")):
            if pic is not None:
                print(f"== field reports with one {len(pic.data) / 1024:.0f} KiB photo")
            sv, make = in_process(app_url, acceptor, dispatcher, points, pic)
            base = run("in-process (baseline)", make, args.clients, args.seconds, unit)
            sv.close()
            logs = Path(tempfile.mkdtemp(prefix="bench-serve-"))
            servers = [RunningServer(app_url, logs / f"serve-{i}.log").start() for i in range(2)]
            try:
                opened, make = through_servers([s.url for s in servers], acceptor, dispatcher,
                                               points, DEMO_PASSWORD, pic)
                remote = run("2 servers over HTTP", make, args.clients, args.seconds, unit)
                for r in opened:
                    r.close()
            finally:
                for s in servers:
                    s.stop()
            results[load] = (base, remote)
    goals = {"actions": "≥ 300 actions/s, p95 < 200 ms", "reports": "≥ 100 reports/s, p95 < 300 ms"}
    for load, (base, remote) in results.items():
        ratio = remote["per_s"] / base["per_s"] if base["per_s"] else 0
        print(f"  {load} through the servers: {ratio:.2f} × the in-process throughput; "
              f"{remote['per_s']:.0f}/s, p95 {remote['p95_ms']:.0f} ms (goal: {goals[load]}); "
              f"in-process p95 {statistics.median([base['p95_ms']]):.1f} ms")


if __name__ == "__main__":
    main()
