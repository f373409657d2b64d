"""Defect 1 of issue 7: every open demo case takes its next action, on both back-ends.

The demo history used to be stored with ``version`` 1 whatever its length (the ORM bulk
insert reset the ``version_id_col``), so the first action on a demo case with a history
collided with its own audit trail (``UNIQUE constraint failed: case_event.case_id, seq``).
This test acts on demo cases in every open state, as the demo user whose turn it is.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select

from console.domain.workflow import OPEN_STATES
from console.services.case_service import Photo
from console.store.models import AppUser, CaseEvent, CaseFile
from tests.services.helpers import image_bytes
from tests.services.next_action import next_action

PER_STATE = 4


def condition(case: dict) -> tuple:
    """The state and the pending condition that decide whose turn it is."""
    return (case["state"], case["level"], case["return_requested"], case["urge_pending"],
            bool(case["postponement_requested_until"]), case["verification_result"],
            case["check_result"])


def test_every_open_state_of_the_demo_takes_its_next_action(sv):
    with sv.db.read() as s:
        ids = s.scalars(select(CaseFile.id).where(
            CaseFile.state.in_([st.value for st in OPEN_STATES])).order_by(CaseFile.code)).all()
        users = s.scalars(select(AppUser)).all()
        directory = [(u.name, u.role_set, u.department_code, u.district_code) for u in users]
    by_condition = defaultdict(list)
    for case in sv.queries.list(open_only=True):
        by_condition[condition(case)].append(case["id"])
    states = {c[0] for c in by_condition}
    assert states == {s.value for s in OPEN_STATES}, f"open states missing from the demo: {states}"
    pending = {name: any(c[i] for c in by_condition) for name, i in
               (("return", 2), ("urge", 3), ("postponement", 4))}
    assert all(pending.values()), pending
    assert any(c[1] == "city" and c[0] == "reported" for c in by_condition)
    assert len(ids) == sum(len(v) for v in by_condition.values())
    photo = Photo("site.jpg", image_bytes())
    done = []
    for key, cids in sorted(by_condition.items(), key=repr):
        for cid in cids[:PER_STATE]:
            case = sv.queries.show(cid)
            assert case["version"] == len(case["history"]), case["code"]
            action, user, params = next_action(case, directory)
            if action in ("submit_check", "submit_verification"):
                params["photos"] = [photo]
            after = sv.cases.act(sv.auth.actor(user), cid, action,
                                 expect_version=case["version"], **params)
            assert after["version"] > case["version"]
            shown = sv.queries.show(cid)
            assert shown["version"] == len(shown["history"]) == shown["history"][-1]["seq"]
            done.append((key[0], action))
    assert {s for s, _ in done} == states
    with sv.db.read() as s:
        worst = s.execute(
            select(CaseFile.code, CaseFile.version, func.max(CaseEvent.seq), func.count())
            .join(CaseEvent, CaseEvent.case_id == CaseFile.id)
            .group_by(CaseFile.code, CaseFile.version)
            .having(func.max(CaseEvent.seq) != CaseFile.version)).all()
    assert worst == [], "history seq and version disagree"


def test_a_constraint_refusal_is_a_typed_error_without_sql(sv):
    """Should a history and its version ever disagree again, the operator sees a typed
    error naming the table, not the SQL statement, and nothing is written."""
    from sqlalchemy import update

    from console.domain.errors import DatabaseError

    with sv.db.read() as s:
        cid = s.scalar(select(CaseFile.id).where(CaseFile.state == "dispatched",
                                                 CaseFile.version > 3).limit(1))
    with sv.db.unit_of_work() as s:  # the old defect, made on purpose
        s.execute(update(CaseFile.__table__).where(CaseFile.id == cid).values(version=1))
    before = sv.queries.show(cid)
    try:
        sv.cases.act(sv.auth.actor("city_commander"), cid, "urge", reason="请加快")
    except DatabaseError as exc:
        assert exc.kind == "database_error" and exc.code == "integrity_error"
        assert exc.params["table"] == "case_event"
        assert "INSERT" not in exc.message and "case_event.seq" not in exc.message
    else:
        raise AssertionError("the collision was not reported")
    assert sv.queries.show(cid) == before
