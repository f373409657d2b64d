"""Several workstations acting on the same cases: exactly one wins each race, nothing is lost,
and every case's state is the replay of its gap-free audit trail."""

import subprocess
import sys

from console.store.engine import Database
from tests.services.concurrency_worker import assert_races_lost_nothing
from tests.services.helpers import actor, spot

WORKERS = 8
ACTIONS = 200


def _dispatched_cases(sv, n):
    ids = []
    for i in range(n):
        x, y, _, inspector = spot(sv, index=i)
        case = sv.cases.register(actor(sv, inspector), source="inspector", kind="event",
                                 class_code="0102", description=f"并发 {i}", x=x, y=y)
        sv.cases.act(actor(sv, "acceptor"), case["id"], "file")
        sv.cases.act(actor(sv, "dispatcher"), case["id"], "dispatch", department="321202-sanitation")
        ids.append(case["id"])
    return ids


def test_parallel_workstations_on_overlapping_cases(sv, db_url):
    ids = _dispatched_cases(sv, 12)
    before = {i: sv.queries.show(i)["version"] for i in ids}
    procs = [subprocess.Popen([sys.executable, "-m", "tests.services.concurrency_worker", db_url, str(w),
                               str(ACTIONS), ",".join(ids)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for w in range(WORKERS)]
    assert_races_lost_nothing(sv, procs, before, WORKERS * ACTIONS)
    Database(db_url).dispose()
