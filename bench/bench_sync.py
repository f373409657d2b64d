"""Sync benchmarks (issue 4): commit → visible in other consoles, catch-up, concurrent writers.

Prints figures, asserts nothing.   .venv/bin/python bench/bench_sync.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from common import ROOT

sys.path.insert(0, str(ROOT))

PY = sys.executable


def _pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def _sites(sv, n):
    from tests.services.helpers import spot

    return [spot(sv, index=i % 100) for i in range(n)]


def sync_latency(url, listeners, changes=100):
    from console.services.app import open_services

    sv = open_services(url)
    procs = [subprocess.Popen([PY, str(ROOT / "bench" / "sync_listener.py"), url, "600"],
                              stdout=subprocess.PIPE, text=True) for _ in range(listeners)]
    received: list[dict] = [{} for _ in procs]
    ready = [threading.Event() for _ in procs]

    def reader(i, p):
        for line in p.stdout:
            if line.startswith("status True"):
                ready[i].set()
            elif not line.startswith("status"):
                row, t = line.split()
                received[i][row] = float(t)

    threads = [threading.Thread(target=reader, args=(i, p), daemon=True) for i, p in enumerate(procs)]
    for t in threads:
        t.start()
    for r in ready:
        r.wait(60)
    sites = _sites(sv, changes)
    inspector = {s[3]: sv.auth.actor(s[3]) for s in sites}
    committed = {}
    for x, y, _, who in sites:
        case = sv.cases.register(inspector[who], source="inspector", kind="event", class_code="0102",
                                 description="sync bench", x=x, y=y)
        committed[case["id"]] = time.time()
        time.sleep(0.02)  # a busy center, not a bulk import
    deadline = time.time() + 30
    while time.time() < deadline and not all(len(set(committed) & set(r)) == changes for r in received):
        time.sleep(0.05)
    for p in procs:
        p.terminate()
    lat = [(r[row] - t) * 1000 for r in received for row, t in committed.items() if row in r]
    missing = listeners * changes - len(lat)
    sv.close()
    return statistics.median(lat), _pct(lat, 95), missing


def catch_up(url, n=10_000):
    from datetime import UTC, datetime

    from sqlalchemy import insert

    from console.services.changes import latest_seq
    from console.services.live_feed import LiveFeed
    from console.store.engine import Database
    from console.store.models import ChangeLog

    db = Database(url)
    start = latest_seq(db)
    now = datetime.now(UTC)
    with db.unit_of_work() as s:
        s.execute(insert(ChangeLog), [{"table_name": "case_file", "row_id": f"missed-{i}", "op": "update",
                                       "actor": "bench", "at": now} for i in range(n)])
    got = []
    done = threading.Event()

    def on_changes(batch):
        got.extend(batch)
        if len(got) >= n:
            done.set()

    t = time.perf_counter()
    feed = LiveFeed(db, on_changes, start_seq=start, poll_interval=0.05).start()
    done.wait(120)
    secs = time.perf_counter() - t
    feed.stop()
    db.dispose()
    return secs, len(got)


WRITER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[4])
from console.services.app import open_services
sv = open_services(sys.argv[1])
commander = sv.auth.actor("commander")
ids = sys.argv[3].split(",")
n = int(sys.argv[2])
t = time.perf_counter()
for i in range(n):
    sv.cases.act(commander, ids[i % len(ids)], "urge", reason="bench")
print(json.dumps({"secs": time.perf_counter() - t, "n": n}))
"""


def writers(url, workers=8, actions=100):
    from console.services.app import open_services
    from tests.services.helpers import actor

    sv = open_services(url)
    sites = _sites(sv, workers * 3)
    ids = []
    for x, y, _, who in sites:
        case = sv.cases.register(actor(sv, who), source="inspector", kind="event", class_code="0102",
                                 description="writer bench", x=x, y=y)
        sv.cases.act(actor(sv, "acceptor"), case["id"], "file")
        sv.cases.act(actor(sv, "dispatcher"), case["id"], "dispatch", department="321202-sanitation")
        ids.append(case["id"])
    sv.close()
    t = time.perf_counter()
    procs = [subprocess.Popen([PY, "-c", WRITER, url, str(actions), ",".join(ids[w * 3:(w + 1) * 3]), str(ROOT)],
                              stdout=subprocess.PIPE, text=True) for w in range(workers)]
    outs = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
    wall = time.perf_counter() - t
    total = sum(o["n"] for o in outs)
    return total / wall, total / max(o["secs"] for o in outs)


def main():
    from devtools.pg_cluster import PgCluster

    print("sync benchmarks (small demo city unless noted)")
    import tempfile

    from console.services.demo_city.build import build_demo

    tmp = Path(tempfile.mkdtemp())
    lite = f"sqlite:///{tmp / 'sync.sqlite'}"
    build_demo(lite, "small", 1)
    with PgCluster() as pg:
        pgurl = pg.create_database("sync_bench")
        build_demo(pgurl, "small", 1)
        for label, url in (("SpatiaLite (polling 100 ms)", lite), ("PostGIS (NOTIFY)", pgurl)):
            for n in (1, 10):
                p50, p95, missing = sync_latency(url, n)
                print(f"  sync latency, {n:2d} listening consoles, {label}: p50 {p50:6.1f} ms, "
                      f"p95 {p95:6.1f} ms, missed {missing}")
        for label, url in (("SpatiaLite", lite), ("PostGIS", pgurl)):
            secs, got = catch_up(url)
            print(f"  catch-up of 10,000 missed changes [{label}]: {secs:.2f} s ({got} delivered)")
        for label, url in (("SpatiaLite", lite), ("PostGIS", pgurl)):
            wall_rate, steady = writers(url)
            print(f"  8 concurrent writers [{label}]: {steady:,.0f} actions/s while all run "
                  f"({wall_rate:,.0f}/s counting process start-up)")


if __name__ == "__main__":
    main()
