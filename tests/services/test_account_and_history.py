"""Changing one's own password (audited) and the paged closed history, on SpatiaLite."""

import shutil
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from console.domain.errors import AuthenticationFailed, InvalidInput
from console.services.account_service import AccountService
from console.services.history_query import MAX_PAGE, closed_between
from console.store.models import CaseFile, SecurityEvent


@pytest.fixture
def lite(spatialite_template, tmp_path):
    from console.services.app import open_services

    path = tmp_path / "city.sqlite"
    shutil.copy(spatialite_template, path)
    sv = open_services(f"sqlite:///{path}")
    yield sv
    sv.close()


def test_change_own_password(lite):
    accounts = AccountService(lite.db)
    with pytest.raises(AuthenticationFailed):
        accounts.change_own_password("acceptor", "wrong-one", "neues-passwort")
    with pytest.raises(InvalidInput):
        accounts.change_own_password("acceptor", "demo1234", "demo1234")
    with pytest.raises(InvalidInput):
        accounts.change_own_password("acceptor", "demo1234", "123")
    lite.auth.authenticate("acceptor", "demo1234")  # nothing changed yet
    accounts.change_own_password("acceptor", "demo1234", "neues-passwort")
    assert lite.auth.authenticate("acceptor", "neues-passwort").name == "acceptor"
    with pytest.raises(AuthenticationFailed):
        lite.auth.authenticate("acceptor", "demo1234")
    with lite.db.read() as s:
        kinds = s.scalars(select(SecurityEvent.kind).where(SecurityEvent.user_name == "acceptor")
                          .order_by(SecurityEvent.at)).all()
    assert kinds.count("password_refused") == 3 and "password_changed" in kinds


def test_closed_history_by_date_range_in_scope_and_paged(lite):
    city = lite.auth.actor("city_acceptor")
    haiding = lite.auth.actor("acceptor")
    zone = lite.policy.calendar.zone
    with lite.db.read() as s:
        ended = s.execute(select(CaseFile.closed_at, CaseFile.district_code)
                          .where(CaseFile.state == "closed", CaseFile.closed_at.is_not(None))).all()
    assert ended
    latest = max(r.closed_at for r in ended).astimezone(zone).date()
    start = latest - timedelta(days=6)
    page = closed_between(lite.db, lite.policy, city, start, latest, limit=50)
    assert 0 < len(page["cases"]) <= 50 and page["total"] >= len(page["cases"])
    for c in page["cases"]:
        assert c["state"] in ("closed", "rejected", "cancelled", "merged")
    closed = [c for c in page["cases"] if c["closed_at"]]
    for c in closed:
        day = datetime.fromisoformat(c["closed_at"]).astimezone(zone).date()
        assert start <= day <= latest
    ends = [c["closed_at"] for c in closed]
    assert ends == sorted(ends, reverse=True)  # newest first
    # the next page continues without repeats
    if page["total"] > 50:
        second = closed_between(lite.db, lite.policy, city, start, latest, offset=50, limit=50)
        assert not {c["id"] for c in second["cases"]} & {c["id"] for c in page["cases"]}
    # district staff see their district only
    mine = closed_between(lite.db, lite.policy, haiding, start, latest, limit=MAX_PAGE)
    assert mine["total"] <= page["total"]
    assert all(c["district_code"] == "321202" for c in mine["cases"])
    # text narrows; limits are capped; a reversed range is refused
    code = page["cases"][0]["code"]
    assert [c["code"] for c in closed_between(lite.db, lite.policy, city, start, latest,
                                              text=code)["cases"]] == [code]
    assert len(closed_between(lite.db, lite.policy, city, date(2000, 1, 1), latest,
                              limit=10_000)["cases"]) <= MAX_PAGE
    with pytest.raises(InvalidInput):
        closed_between(lite.db, lite.policy, city, latest, start)
    future = datetime.now(UTC).date() + timedelta(days=400)
    assert closed_between(lite.db, lite.policy, city, future, future)["total"] == 0
