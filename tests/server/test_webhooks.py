"""Webhooks back to the system a case came from: the receiver is down (connection refused),
then failing (500), while several cases change state; when it is up every change arrives,
exactly once, in order, signed. A replay from a time sends again from there. The delivery
round is called directly with its clock set: nothing sleeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from console.services.open311_view import Open311View
from console.services.system_service import SystemService
from console.services.webhook_service import MAX_RETRY_S, WebhookService, retry_delay
from console.store.models import ApiSystem, CaseEvent, CaseFile, WebhookEvent
from tests.server.webhook_receiver import Receiver
from tests.services.helpers import spot
from tests.services.next_action import next_action


def _directory(sv):
    from console.store.models import AppUser

    with sv.db.read() as s:
        rows = s.execute(select(AppUser.name, AppUser.roles, AppUser.department_code,
                                AppUser.district_code).where(AppUser.active)).all()
    return [(n, frozenset(r.split(",")), d, dist) for n, r, d, dist in rows]


def _walk(sv, code, steps, at, directory):
    """``steps`` workflow actions on the case, as whoever's turn it is, each a minute apart."""
    for i in range(steps):
        case = sv.queries.show(code)
        action, who, params = next_action(case, directory)
        if action.startswith("submit_"):
            params = {**params, "no_photo_reason": "现场拍照设备故障"}
        sv.cases.act(sv.auth.actor(who), code, action, now=at + timedelta(minutes=i), **params)


def _drain(webhooks, now):
    """Delivery rounds until one sends nothing (each round stops at a failure)."""
    sent = []
    for _ in range(50):
        got = webhooks.deliver_due(now)
        if not got:
            return sent
        sent += got
    raise AssertionError("delivery does not settle")


def test_down_then_up_every_change_once_in_order_and_replay(sv):
    admin = sv.auth.actor("admin")
    systems = SystemService(sv.db)
    receiver = Receiver()  # down: nothing listens on its port yet
    hotline = systems.add(admin, "hotline", webhook=receiver.url)
    receiver.secret = hotline["webhook_secret"]
    quiet = systems.add(admin, "quietapp")  # no webhook: its changes are kept, not sent
    system_a = systems.authenticate(hotline["api_key"])
    system_b = systems.authenticate(quiet["api_key"])
    webhooks = WebhookService(sv.db, Open311View(sv.db, sv.catalog))
    directory = _directory(sv)

    early = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
    late = early + timedelta(hours=1)
    codes = []  # commit order follows the clock, as it does outside tests
    for i, (system, at, steps) in enumerate(((system_a, early, 3), (system_a, late, 4),
                                             (system_b, late, 2))):
        x, y, _, _ = spot(sv, index=10 + i)
        doc = sv.cases.register(system.actor, source=system.source, kind="event",
                                class_code="0102", description=f"第{i}件", x=x, y=y,
                                caller_name="王女士", caller_phone="13812345678",
                                origin_system=system.name, now=at)
        codes.append(doc["code"])
        _walk(sv, doc["code"], steps, at + timedelta(minutes=1), directory)

    with sv.db.read() as s:
        outbox = s.execute(select(WebhookEvent.seq, WebhookEvent.case_code,
                                  WebhookEvent.action, WebhookEvent.at)
                           .where(WebhookEvent.system == "hotline")
                           .order_by(WebhookEvent.seq)).all()
        audit = {code: [e.action for e in s.scalars(
            select(CaseEvent).join(CaseFile, CaseFile.id == CaseEvent.case_id)
            .where(CaseFile.code == code).order_by(CaseEvent.seq))] for code in codes}
    assert [(c, a) for _, c, a, _ in outbox if c == codes[0]] == \
        [(codes[0], a) for a in audit[codes[0]]]
    assert len(outbox) == 1 + 3 + 1 + 4 and codes[2] not in {c for _, c, _, _ in outbox}

    # down: connection refused; the change waits with back-off, the cursor stays
    now = datetime.now(UTC)
    tried = webhooks.deliver_due(now)
    assert [(t["seq"], t["delivered"]) for t in tried] == [(outbox[0].seq, False)]
    assert "ConnectError" in tried[0]["error"]
    assert webhooks.deliver_due(now + timedelta(seconds=1)) == []  # backing off
    for attempt in range(2, 12):  # hours down: the wait doubles up to its cap
        now += retry_delay(attempt - 1)
        assert [t["delivered"] for t in webhooks.deliver_due(now)] == [False]
    with sv.db.read() as s:
        row = s.get(ApiSystem, "hotline")
        assert (row.delivered_seq, row.webhook_attempts) == (0, 11)
        assert row.webhook_next_at - now == timedelta(seconds=MAX_RETRY_S)
        assert f"seq {outbox[0].seq}" in row.webhook_last_error

    # up but failing: a 500 is a failure too
    receiver.up("fail")
    now += timedelta(seconds=MAX_RETRY_S)
    assert [(t["status"], t["delivered"]) for t in webhooks.deliver_due(now)] == [(500, False)]
    assert receiver.failed == 1 and receiver.accepted == []

    # up: everything, once, in outbox order, signed, without the caller's contact
    receiver.mode = "ok"
    now += timedelta(seconds=MAX_RETRY_S)
    sent = _drain(webhooks, now)
    assert [t["seq"] for t in sent] == [seq for seq, *_ in outbox]
    got = receiver.accepted
    assert [d["delivery"] for d in got] == [seq for seq, *_ in outbox]
    assert [d["_delivery_header"] for d in got] == [str(seq) for seq, *_ in outbox]
    assert [(d["request"]["service_request_id"], d["event"]["action"]) for d in got] == \
        [(c, a) for _, c, a, _ in outbox]
    assert receiver.bad_signatures == 0
    assert all("13812345678" not in str(d) and "王女士" not in str(d) for d in got)
    last = got[-1]
    assert last["event"]["state"] == sv.queries.show(codes[1])["state"]
    assert last["request"]["status"] == "open" and last["request"]["service_code"] == "event-0102"
    assert _drain(webhooks, now + timedelta(hours=1)) == []  # nothing twice

    # replay from between the two cases: the second case's changes again, in order
    replayed = systems.replay(admin, "hotline", (late - timedelta(minutes=30)).isoformat())
    assert replayed["delivered_seq"] == max(seq for seq, c, _, _ in outbox if c == codes[0])
    receiver.accepted.clear()
    _drain(webhooks, now + timedelta(hours=2))
    assert [d["delivery"] for d in receiver.accepted] == \
        [seq for seq, c, _, _ in outbox if c == codes[1]]
    receiver.down()


def test_one_sender_per_system_and_a_replay_wins_over_an_ack_in_flight(sv):
    """Two instances: the second finds the system claimed (the lease) and sends nothing; a
    replay while a POST is in flight is not undone by that POST's answer."""
    admin = sv.auth.actor("admin")
    systems = SystemService(sv.db)
    added = systems.add(admin, "hotline", webhook="http://127.0.0.1:9/hook")
    system = systems.authenticate(added["api_key"])
    x, y, _, _ = spot(sv, index=4)
    sv.cases.register(system.actor, source="public", kind="event", class_code="0102",
                      description="占道经营", x=x, y=y, origin_system="hotline")
    view = Open311View(sv.db, sv.catalog)
    now = datetime.now(UTC)
    inside: list = []

    def slow_post(url, body, headers):
        # while this instance's POST is in flight: another instance finds nothing to do,
        # and an admin replays from the beginning
        inside.append(WebhookService(sv.db, view, post=lambda *a: 204).deliver_due(now))
        systems.replay(admin, "hotline", "2000-01-01")
        return 204

    first = WebhookService(sv.db, view, post=slow_post).deliver_due(now)
    assert inside == [[]]
    assert [(t["delivered"], t["lease_held"]) for t in first] == [(False, False)]
    with sv.db.read() as s:
        assert s.get(ApiSystem, "hotline").delivered_seq == 0  # the replay stands
    again = WebhookService(sv.db, view, post=lambda *a: 204).deliver_due(now)
    assert [t["delivered"] for t in again] == [True]
