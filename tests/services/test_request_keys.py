"""Exactly-once reports and actions for clients that retry (the phone's offline queue), the
acting program named in the audit, and the webhook outbox written with each event."""

from __future__ import annotations

import json
import threading
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from console.domain.errors import ConsoleError
from console.services.request_keys import Idempotency
from console.store.models import CaseEvent, CaseFile, RequestKey, WebhookEvent
from tests.services.helpers import HL, actor, spot


def _report(sv, who, description: str, key: Idempotency | None, origin_system=None, index=0):
    x, y, _cell, _ins = spot(sv, HL, index)
    return sv.cases.register(who, source="inspector", kind="event", class_code="0101",
                             description=description, x=x, y=y, request_key=key,
                             origin_system=origin_system)


def _count(sv, model, *where) -> int:
    with sv.db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def _inspector(sv, index=0):
    return actor(sv, spot(sv, HL, index)[3])


def test_a_retried_report_or_action_is_applied_once(sv):
    ins = _inspector(sv)
    key = Idempotency("phone-0001-report", "fingerprint-a")
    first = _report(sv, ins, "路面破损 retried", key)
    again = _report(sv, ins, "路面破损 retried", key)
    assert again["code"] == first["code"] and again["replayed"] is True
    assert "replayed" not in first
    assert _count(sv, CaseFile, CaseFile.description == "路面破损 retried") == 1
    assert _count(sv, CaseEvent, CaseEvent.case_id == first["id"]) == 1

    # the same key with other content is a client bug: refused, nothing registered
    with pytest.raises(ConsoleError) as refused:
        _report(sv, ins, "something else", Idempotency("phone-0001-report", "fingerprint-b"))
    assert refused.value.code == "idempotency_key_reused"
    assert _count(sv, CaseFile, CaseFile.description == "something else") == 0

    # keys belong to their user: another inspector's equal key is a new report
    other = next(i for i in range(40) if spot(sv, HL, i)[3] != ins.name)
    assert "replayed" not in _report(sv, _inspector(sv, other), "路面破损 retried", key,
                                     index=other)

    # an action: the retry answers the first result, where a plain repeat is refused
    acceptor = actor(sv, "acceptor")
    act_key = Idempotency("console-act-0001", "fp-act")
    case = sv.cases.register(acceptor, source="public", kind="event", class_code="0101",
                             description="act once", x=spot(sv)[0], y=spot(sv)[1])
    done = sv.cases.act(acceptor, case["code"], "request_verification", request_key=act_key)
    redo = sv.cases.act(acceptor, case["code"], "request_verification", request_key=act_key)
    assert redo["replayed"] is True and redo["version"] == done["version"] == 2
    with pytest.raises(ConsoleError) as repeat:
        sv.cases.act(acceptor, case["code"], "request_verification")
    assert repeat.value.kind == "invalid_transition"
    assert _count(sv, CaseEvent, CaseEvent.case_id == case["id"]) == 2
    assert _count(sv, RequestKey) == 3  # two inspectors' reports and one action


def test_the_same_key_sent_twice_at_once_registers_one_case(sv):
    ins = _inspector(sv)
    key = Idempotency("phone-0002-race", "fingerprint-race")
    results, errors = [], []
    start = threading.Barrier(4)

    def send():
        start.wait()
        try:
            results.append(_report(sv, ins, "同时重发", key))
        except Exception as exc:  # noqa: BLE001 - the test reports every failure
            errors.append(exc)

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len({r["code"] for r in results}) == 1
    assert sum(1 for r in results if not r.get("replayed")) == 1
    assert _count(sv, CaseFile, CaseFile.description == "同时重发") == 1


def test_the_acting_program_is_named_in_the_audit_and_owed_events_go_to_the_outbox(sv):
    ins = replace(_inspector(sv), client="field-web")
    mine = _report(sv, ins, "from the phone", None)
    acceptor = replace(actor(sv, "acceptor"), client="open311:hotline")
    theirs = sv.cases.register(acceptor, source="public", kind="event", class_code="0101",
                               description="from the hotline", x=spot(sv)[0], y=spot(sv)[1],
                               origin_system="hotline")
    ordered = sv.cases.act(actor(sv, "acceptor"), theirs["code"], "request_verification")
    with sv.db.read() as s:
        payloads = {r.case_id: json.loads(r.payload) for r in s.execute(
            select(CaseEvent).where(CaseEvent.action == "register",
                                    CaseEvent.case_id.in_([mine["id"], theirs["id"]]))).scalars()}
        outbox = s.execute(select(WebhookEvent).order_by(WebhookEvent.seq)).scalars().all()
    assert payloads[mine["id"]]["client"] == "field-web"
    assert payloads[theirs["id"]]["client"] == "open311:hotline"
    # only the case that came from a system owes it messages: one per event, in order
    assert [(o.system, o.case_code, o.event_seq, o.action, o.state) for o in outbox] == [
        ("hotline", theirs["code"], 1, "register", "reported"),
        ("hotline", theirs["code"], 2, "request_verification", ordered["state"])]
