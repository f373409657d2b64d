"""A writer killed in the middle of a transaction leaves nothing half-written."""

import subprocess
import sys

from sqlalchemy import func, select

from console.store.models import CaseEvent, CaseFile, ChangeLog

KILLER = r"""
import os, signal, sys
from sqlalchemy.orm import Session
from console.services.app import open_services
sys.path.insert(0, ".")
from tests.services.helpers import actor, spot

def die(self, *a, **k):
    self.flush()                      # every row is written inside the transaction...
    os.kill(os.getpid(), signal.SIGKILL)  # ...and the process dies before COMMIT

sv = open_services(sys.argv[1])
x, y, _, inspector = spot(sv, index=5)
who = actor(sv, inspector)
Session.commit = die
sv.cases.register(who, source="inspector", kind="event", class_code="0102",
                  description="KILLED-WRITER", x=x, y=y)
"""


def _counts(sv):
    with sv.db.read() as s:
        return (s.scalar(select(func.count()).select_from(CaseFile)),
                s.scalar(select(func.count()).select_from(CaseEvent)),
                s.scalar(select(func.count()).select_from(ChangeLog)),
                s.scalar(select(func.count()).where(CaseFile.description == "KILLED-WRITER")))


def test_killed_writer_leaves_no_partial_rows(sv, db_url):
    before = _counts(sv)
    p = subprocess.run([sys.executable, "-c", KILLER, db_url], capture_output=True, text=True, timeout=120)
    assert p.returncode == -9, p.stderr[-2000:]
    assert _counts(sv) == before
    assert before[3] == 0
    # and the database still takes writes (no lock left behind)
    from tests.services.helpers import actor, spot

    x, y, _, inspector = spot(sv, index=5)
    sv.cases.register(actor(sv, inspector), source="inspector", kind="event", class_code="0102",
                      description="after the crash", x=x, y=y)
    assert _counts(sv)[0] == before[0] + 1
