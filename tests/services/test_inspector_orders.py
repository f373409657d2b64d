"""An order (核实/核查) goes only to an inspector who can act on it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from console.domain.errors import ConsoleError
from console.store.models import AppUser
from tests.services.helpers import HL, actor, spot


def test_an_order_for_an_inspector_of_another_district_is_refused(sv):
    x, y, _cell, own = spot(sv, HL)
    with sv.db.read() as s:
        stranger = s.scalar(select(AppUser.name).where(AppUser.roles == "inspector",
                                                       AppUser.district_code != HL,
                                                       AppUser.active).order_by(AppUser.name))
    acceptor = actor(sv, "acceptor")
    case = sv.cases.register(acceptor, source="public", kind="event", class_code="0102",
                             description="占道经营", x=x, y=y)
    with pytest.raises(ConsoleError) as refused:
        sv.cases.act(acceptor, case["code"], "request_verification", inspector=stranger)
    assert refused.value.code == "inspector_wrong_district"
    assert refused.value.params["case_district"] == HL
    assert sv.queries.show(case["code"])["state"] == "reported"  # nothing changed
    ordered = sv.cases.act(acceptor, case["code"], "request_verification", inspector=own)
    assert ordered["state"] == "verifying"
