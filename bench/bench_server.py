"""Workflow actions through the application server (issue 8). Prints, asserts nothing.

50 concurrent clients on loopback, each with its own login, alternate between two
`console serve` instances on one PostGIS copy of the demo city; every client repeats
report → file → dispatch (three workflow actions, each its own transaction). The baseline is
the same actions in-process on the same database from as many threads, so the ratio shows
what the HTTP hop costs on this machine.

    .venv/bin/python bench/bench_server.py [--clients 50] [--seconds 20]
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


def _loop(act_report, act_file, act_dispatch, point, stop, latencies, errors):
    i = 0
    while not stop.is_set():
        try:
            t = time.perf_counter()
            case = act_report(point, i)
            latencies.append(time.perf_counter() - t)
            t = time.perf_counter()
            case = act_file(case)
            latencies.append(time.perf_counter() - t)
            t = time.perf_counter()
            act_dispatch(case)
            latencies.append(time.perf_counter() - t)
        except Exception as exc:  # counted, not hidden
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
        i += 1


def run(label: str, make_worker, clients: int, seconds: float) -> dict:
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
    print(f"  {label:<34} {doc['per_s']:7.1f} actions/s  p50 {doc['p50_ms']:6.1f} ms  "
          f"p95 {doc['p95_ms']:6.1f} ms  ({doc['actions']} actions, {doc['errors']} errors)")
    if errors:
        print(f"    first error: {errors[0]}")
    return doc


def in_process(url, acceptor, dispatcher, points):
    from console.services.app import open_services

    sv = open_services(url)
    acc, dis = sv.auth.actor(acceptor), sv.auth.actor(dispatcher)

    def make(k):
        field = sv.auth.actor(points[k][3])

        def report(point, i):
            return sv.cases.register(field, source="inspector", kind="event", class_code="0102",
                                     description=f"bench {k}-{i}", x=point[0], y=point[1])

        def file(case):
            return sv.cases.act(acc, case["id"], "file", expect_version=case["version"])

        def dispatch(case):
            return sv.cases.act(dis, case["id"], "dispatch",
                                department=case["suggested_department"],
                                expect_version=case["version"])

        return report, file, dispatch, points[k]

    return sv, make


def through_servers(servers, acceptor, dispatcher, points, password):
    from console.services.remote import RemoteServices

    opened = []

    def make(k):
        # clients alternate between the instances, as behind a round-robin balancer
        ins = RemoteServices(servers[k % 2])
        acc = RemoteServices(servers[(k + 1) % 2])
        dis = RemoteServices(servers[k % 2])
        f = ins.auth.authenticate(points[k][3], password)
        a, d = acc.auth.authenticate(acceptor, password), dis.auth.authenticate(dispatcher, password)
        opened.extend((ins, acc, dis))

        def report(point, i):
            return ins.cases.register(f, source="inspector", kind="event", class_code="0102",
                                      description=f"bench {k}-{i}", x=point[0], y=point[1])

        def file(case):
            return acc.cases.act(a, case["id"], "file", expect_version=case["version"])

        def dispatch(case):
            return dis.cases.act(d, case["id"], "dispatch", department=case["suggested_department"],
                                 expect_version=case["version"])

        return report, file, dispatch, points[k]

    return opened, make


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
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

        sv, make = in_process(app_url, acceptor, dispatcher, points)
        base = run("in-process (baseline)", make, args.clients, args.seconds)
        sv.close()

        logs = Path(tempfile.mkdtemp(prefix="bench-serve-"))
        servers = [RunningServer(app_url, logs / f"serve-{i}.log").start() for i in range(2)]
        try:
            opened, make = through_servers([s.url for s in servers], acceptor, dispatcher,
                                           points, DEMO_PASSWORD)
            remote = run("2 servers over HTTP", make, args.clients, args.seconds)
            for r in opened:
                r.close()
        finally:
            for s in servers:
                s.stop()
    ratio = remote["per_s"] / base["per_s"] if base["per_s"] else 0
    print(f"  through the servers: {ratio:.2f} × the in-process throughput; "
          f"p95 {remote['p95_ms']:.0f} ms (goal: ≥ 300 actions/s, p95 < 200 ms); "
          f"median of in-process latencies {statistics.median([base['p50_ms']]):.1f} ms")


if __name__ == "__main__":
    main()
