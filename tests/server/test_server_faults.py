"""Races and crashes through the application server: the same guarantees as in-process.

Eight workstation processes race on the same cases through two server instances; a server
killed in the middle of requests leaves nothing half-written and the other instance goes on.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

import httpx
from sqlalchemy import func, select

from console.services.app import open_services
from console.services.demo_city.build import DEMO_PASSWORD
from console.store.models import CaseEvent, CaseFile, ChangeLog
from tests.center import ROOT
from tests.services.concurrency_worker import assert_races_lost_nothing
from tests.services.helpers import spot

API = "/api/v1"
WORKERS = 6
ACTIONS = 20


def _token(server, user: str) -> str:
    reply = httpx.post(f"{server.url}{API}/login", json={"name": user, "password": DEMO_PASSWORD})
    assert reply.status_code == 200, reply.text
    return reply.json()["token"]


def _dispatched_cases(sv, n):
    ids = []
    for i in range(n):
        x, y, _, inspector = spot(sv, index=i)
        case = sv.cases.register(sv.auth.actor(inspector), source="inspector", kind="event",
                                 class_code="0102", description=f"并发 {i}", x=x, y=y)
        sv.cases.act(sv.auth.actor("acceptor"), case["id"], "file")
        sv.cases.act(sv.auth.actor("dispatcher"), case["id"], "dispatch",
                     department="321202-sanitation")
        ids.append(case["id"])
    return ids


def test_workstations_racing_through_two_servers_lose_nothing(start_server, center_db):
    a, b = start_server(), start_server()
    owner = open_services(center_db["owner"])
    try:
        ids = _dispatched_cases(owner, 8)
        before = {i: owner.queries.show(i)["version"] for i in ids}
        procs = []
        for w in range(WORKERS):
            server = (a, b)[w % 2]
            env = dict(os.environ, CONSOLE_TOKEN=_token(server, "commander"), PYTHONPATH=str(ROOT))
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "tests.services.concurrency_worker", server.url, str(w),
                 str(ACTIONS), ",".join(ids)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, text=True))
        assert_races_lost_nothing(owner, procs, before, WORKERS * ACTIONS)
    finally:
        owner.close()


def _counts(sv):
    with sv.db.read() as s:
        return (s.scalar(select(func.count()).select_from(CaseFile)),
                s.scalar(select(func.count()).select_from(CaseEvent)),
                s.scalar(select(func.count()).select_from(ChangeLog)))


def test_a_server_killed_mid_requests_leaves_whole_cases_and_the_other_serves(start_server,
                                                                             center_db):
    a, b = start_server(), start_server()
    owner = open_services(center_db["owner"])
    try:
        spots = [spot(owner, index=i) for i in range(6)]
        tokens = {inspector: _token(a, inspector) for _x, _y, _c, inspector in spots}
        stop = threading.Event()
        answered: list[dict] = []

        def report(x, y, inspector):
            with httpx.Client(base_url=a.url, timeout=10) as http:
                while not stop.is_set():
                    try:
                        reply = http.post(f"{API}/cases", headers={
                            "Authorization": f"Bearer {tokens[inspector]}"}, json={
                            "source": "inspector", "kind": "event", "class_code": "0102",
                            "description": "服务器崩溃测试", "x": x, "y": y})
                    except httpx.TransportError:
                        return
                    if reply.status_code == 201:
                        answered.append(reply.json())

        threads = [threading.Thread(target=report, args=(x, y, ins)) for x, y, _c, ins in spots]
        for t in threads:
            t.start()
        while len(answered) < 10:
            threading.Event().wait(0.02)
        a.proc.send_signal(signal.SIGKILL)  # mid-flight: some requests are inside a transaction
        a.proc.wait(10)
        stop.set()
        for t in threads:
            t.join(15)
        # every case that exists is whole: its register event and its change-log row
        with owner.db.read() as s:
            made = s.execute(select(CaseFile.id, CaseFile.version)
                             .where(CaseFile.description == "服务器崩溃测试")).all()
            for case_id, version in made:
                events = s.scalar(select(func.count()).select_from(CaseEvent)
                                  .where(CaseEvent.case_id == case_id))
                feed = s.scalar(select(func.count()).select_from(ChangeLog)
                                .where(ChangeLog.row_id == case_id))
                assert events == version == 1 and feed == 1
        assert len(made) >= len(answered)  # every answered report was committed
        # the other instance serves the same logins on, and the database takes writes
        before = _counts(owner)
        x, y, _c, inspector = spots[0]
        reply = httpx.post(f"{b.url}{API}/cases", headers={
            "Authorization": f"Bearer {tokens[inspector]}"}, json={
            "source": "inspector", "kind": "event", "class_code": "0102",
            "description": "崩溃之后", "x": x, "y": y})
        assert reply.status_code == 201, reply.text
        assert _counts(owner)[0] == before[0] + 1
    finally:
        owner.close()
