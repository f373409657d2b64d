"""The change feed reaches listeners, survives a server restart and catches up by sequence."""

import threading

import pytest

from console.services.app import open_services
from console.services.live_feed import LiveFeed
from tests.center import ROUTES, routed_services
from tests.services.helpers import actor, spot

# changes made in-process and through a running application server reach the feed alike
sv = pytest.fixture(params=ROUTES, name="sv")(routed_services)


class Inbox:
    def __init__(self):
        self.changes = []
        self.status = []
        self.cond = threading.Condition()

    def on_changes(self, batch):
        with self.cond:
            self.changes.extend(batch)
            self.cond.notify_all()

    def on_status(self, online, message):
        with self.cond:
            self.status.append(online)
            self.cond.notify_all()

    def wait_for(self, predicate, timeout=15):
        with self.cond:
            assert self.cond.wait_for(predicate, timeout), f"timed out: {self.changes} {self.status}"


def _report(sv):
    x, y, _, inspector = spot(sv)
    return sv.cases.register(actor(sv, inspector), source="inspector", kind="event", class_code="0102",
                             description="暴露垃圾", x=x, y=y)


def test_feed_delivers_a_committed_change(sv):
    inbox = Inbox()
    feed = LiveFeed(sv.db, inbox.on_changes, inbox.on_status, poll_interval=0.2).start()
    inbox.wait_for(lambda: inbox.status == [True])
    case = _report(sv)
    inbox.wait_for(lambda: any(c.row_id == case["id"] for c in inbox.changes))
    feed.stop()
    seqs = [c.seq for c in inbox.changes]
    assert seqs == sorted(set(seqs))


def test_catch_up_from_a_sequence_misses_nothing(sv):
    from console.services.changes import latest_seq

    start_seq = latest_seq(sv.db)
    made = [_report(sv)["id"] for _ in range(5)]
    inbox = Inbox()
    feed = LiveFeed(sv.db, inbox.on_changes, inbox.on_status, start_seq=start_seq, poll_interval=0.2).start()
    inbox.wait_for(lambda: {c.row_id for c in inbox.changes} >= set(made))
    feed.stop()
    assert [c.row_id for c in inbox.changes if c.table == "case_file"] == made


def test_postgres_restart_goes_offline_and_catches_up(pg, postgis_template):
    if not getattr(pg, "can_restart", False):
        pytest.skip("CONSOLE_TEST_PG_URL points at a server the tests may not restart")
    from tests.conftest import _postgis_copy

    sv = open_services(_postgis_copy(pg, postgis_template))
    inbox = Inbox()
    feed = LiveFeed(sv.db, inbox.on_changes, inbox.on_status, poll_interval=0.2, retry_interval=0.2).start()
    inbox.wait_for(lambda: inbox.status == [True])
    pg.kill()  # the server dies under the console
    inbox.wait_for(lambda: False in inbox.status, timeout=5)  # offline within 5 s
    pg.start()
    inbox.wait_for(lambda: inbox.status[-1] is True, timeout=20)
    case = _report(sv)
    inbox.wait_for(lambda: any(c.row_id == case["id"] for c in inbox.changes))
    feed.stop()
    sv.close()


def test_actions_while_the_server_is_down_fail_clearly_and_work_after(pg, postgis_template):
    if not getattr(pg, "can_restart", False):
        pytest.skip("CONSOLE_TEST_PG_URL points at a server the tests may not restart")
    from console.domain.errors import ConnectionLost
    from tests.conftest import _postgis_copy

    url = _postgis_copy(pg, postgis_template)
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(pg.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:  # the test cluster runs without synchronous commit; a crash
        conn.execute(text(f'ALTER DATABASE "{make_url(url).database}" '
                          "SET synchronous_commit = on"))  # test must not lose what was committed
    admin.dispose()
    sv = open_services(url)
    case = _report(sv)
    acceptor = actor(sv, "acceptor")
    pg.kill()
    try:
        with pytest.raises(ConnectionLost, match="unreachable"):
            sv.cases.act(acceptor, case["id"], "file")
    finally:
        pg.start()
    assert sv.cases.act(actor(sv, "acceptor"), case["id"], "file")["state"] == "filed"
    sv.close()
