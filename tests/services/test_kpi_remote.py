"""A workstation of a center gets the same KPIs through the server (RemoteKpi) as in-process:
the new dimensions, 同比/环比, trends and hot spots."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from console.domain.errors import InvalidInput
from console.services.app import open_services
from console.services.demo_city.build import DEMO_PASSWORD
from console.services.remote import RemoteServices


@pytest.fixture(scope="module")
def server(shared_start_server):
    return shared_start_server()


def test_the_server_gives_the_same_numbers_as_the_services(server, shared_center_db):
    remote = RemoteServices(server.url)
    remote.auth.authenticate("leader", DEMO_PASSWORD)
    local = open_services(shared_center_db["owner"])
    now = datetime.now(UTC)
    last = now.date() - timedelta(days=1)
    first = last - timedelta(days=29)
    try:
        for by in ("acceptor", "shift_leader", "dispatcher", "inspector", "class", "source"):
            here = local.kpi.compute(first, last, by, now=now, compare=True)
            there = remote.kpi.compute(first, last, by, compare=True)
            assert there["groups"], by
            assert [g["key"] for g in there["groups"]] == [g["key"] for g in here["groups"]]
            for a, b in zip(there["groups"], here["groups"], strict=True):
                # nothing changes in between: only the open-and-late clock could move a figure
                assert (a["counts"], a["score"], a["previous"]) == (b["counts"], b["score"],
                                                                    b["previous"]), (by, a["key"])
            assert there["previous"] == here["previous"]
        assert remote.kpi.trend(first, last, "week")["series"] == \
            local.kpi.trend(first, last, "week", now=now)["series"]
        assert remote.kpi.hot_spots(first, last, 5) == local.kpi.hot_spots(first, last, 5)
        with pytest.raises(InvalidInput) as exc:
            remote.kpi.compute(None, last, "class", compare=True)
        assert exc.value.code == "compare_needs_period"
        with pytest.raises(InvalidInput):
            remote.kpi.trend(first, last, "hour")
    finally:
        local.close()
        remote.session.close()
