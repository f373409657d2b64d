"""KPIs by post, class and source, 同比/环比, trends and hot spots — each checked against a
plain count in Python over the audit and the cases (not against the service's SQL)."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from console.domain.errors import InvalidInput
from console.services.app import open_services
from console.store.models import AppUser, CaseEvent, CaseFile
from tests.conftest import BACKENDS, shared_demo_copy

# the KPIs only read: one demo copy per back-end for the module
db_url = pytest.fixture(scope="module", params=BACKENDS, name="db_url")(shared_demo_copy)


@pytest.fixture(scope="module")
def kv(db_url):
    services = open_services(db_url)
    yield services
    services.close()


@pytest.fixture(scope="module")
def history(kv):
    """Every case and every audit row of the demo city, as plain tuples."""
    with kv.db.read() as s:
        cases = {c.id: c for c in s.scalars(select(CaseFile)).all()}
        for c in cases.values():
            s.expunge(c)
        events = s.execute(select(CaseEvent.case_id, CaseEvent.seq, CaseEvent.action,
                                  CaseEvent.actor, CaseEvent.from_state, CaseEvent.at)).all()
        names = dict(s.execute(select(AppUser.name, AppUser.full_name)).all())
    return cases, sorted(events, key=lambda e: (e.case_id, e.seq)), names


@pytest.fixture(scope="module")
def period(history):
    """The demo's last three months (UTC days), where every post has work."""
    cases, _, _ = history
    last = max(c.registered_at for c in cases.values()).date()
    return last - timedelta(days=90), last - timedelta(days=1)


def _in(at: datetime, first: date, last: date) -> bool:
    return first <= at.astimezone(UTC).date() <= last


def _groups(doc):
    return {g["key"]: g for g in doc["groups"]}


def _expected_posts(history, first, last):
    """The posts' counts by walking the audit in Python."""
    cases, events, _ = history
    out = {p: defaultdict(Counter) for p in ("acceptor", "shift_leader", "dispatcher", "inspector")}
    by_case = defaultdict(list)
    for e in events:
        by_case[e.case_id].append(e)
    for case_id, evs in by_case.items():
        c = cases[case_id]
        last_of = {}
        for e in evs:
            last_of[e.action] = e.seq  # the case's last such action (events are in seq order)
        moves = [e for e in evs if e.action in ("dispatch", "approve_return", "recall")]
        for e in evs:
            if not _in(e.at, first, last):
                continue
            post = None
            if e.action in ("file", "reject", "close"):
                post = {"reported": "acceptor", "checking": "acceptor",
                        "adjudicating": "shift_leader", "arbitrating": "shift_leader"}.get(e.from_state)
            if post:
                n = out[post][e.actor]
                if e.action != "close":
                    n["accept_due"] += 1
                n[{"file": "filed", "reject": "rejected", "close": "closed"}[e.action]] += 1
                if e.action == "file":
                    n["filed_on_time"] += c.accept_late is False
                    n["cancelled"] += c.state == "cancelled"
            if e.action == "dispatch":
                n = out["dispatcher"][e.actor]
                n["dispatched"] += 1
                after = [m for m in moves if m.seq > e.seq]
                n["returned"] += bool(after) and after[0].action in ("approve_return", "recall")
                if last_of["dispatch"] == e.seq:
                    n["dispatch_due"] += 1
                    n["dispatched_on_time"] += c.dispatch_late is False
            for action, due, ok, flag in (("submit_verification", "verify_due", "verified_on_time",
                                           c.verify_late),
                                          ("submit_check", "check_due", "checked_on_time", c.check_late)):
                if e.action == action:
                    n = out["inspector"][e.actor]  # an inspector with any such action is listed
                if e.action == action and last_of[action] == e.seq:
                    n[due] += 1
                    n[ok] += flag is False
    for c in cases.values():
        if not _in(c.registered_at, first, last):
            continue
        if c.source == "inspector":
            out["inspector"][c.reporter]["reported"] += 1
            out["inspector"][c.reporter]["valid_reported"] += c.filed_at is not None
        if c.inspector:
            out["inspector"][c.inspector]["filed"] += 0  # cases in their cells: they are listed
        if c.inspector and c.filed_at is not None:
            out["inspector"][c.inspector]["filed"] += 1
            out["inspector"][c.inspector]["missed"] += not (c.source == "inspector"
                                                            and c.reporter == c.inspector)
    return out


def test_every_post_agrees_with_a_plain_count_over_the_audit(kv, history, period):
    first, last = period
    expected = _expected_posts(history, first, last)
    names = history[2]
    for post, people in expected.items():
        doc = kv.kpi.compute(first.isoformat(), last.isoformat(), post)
        got = _groups(doc)
        wanted = dict(people)
        assert set(got) == set(wanted), post
        assert len(got) >= 2, f"the demo should give several {post}s"
        for who, counts in wanted.items():
            g = got[who]
            assert g["name"] == (names.get(who) or who)
            for figure, value in counts.items():
                assert g["counts"][figure] == value, (post, who, figure)
            assert g["post"] == post and g["grade"] in {"A", "B", "C", "D", "E"}
            assert g["grade_name"] in {"优秀", "良好", "合格", "基本合格", "不合格"}
        # the rates are the post's own: an acceptor has no 处置率
        some = next(iter(got.values()))
        assert some["rates"]["close_rate"] is None
    # whole-period sums: every dispatch of the period belongs to someone
    cases, events, _ = history
    dispatches = sum(1 for e in events if e.action == "dispatch" and _in(e.at, first, last))
    doc = kv.kpi.compute(first.isoformat(), last.isoformat(), "dispatcher")
    assert sum(g["counts"]["dispatched"] for g in doc["groups"]) == dispatches > 0


def test_inspectors_are_judged_by_their_own_reports_and_the_problems_others_found(kv, history,
                                                                                  period):
    first, last = period
    doc = kv.kpi.compute(first.isoformat(), last.isoformat(), "inspector")
    missed = [g for g in doc["groups"] if g["counts"]["missed"]]
    assert missed, "public reports in the demo are 漏报 of some inspector"
    g = missed[0]
    c, r = g["counts"], g["rates"]
    assert r["missed_report_rate"] == round(100 * c["missed"] / c["filed"], 2)
    assert r["valid_report_rate"] == (round(100 * c["valid_reported"] / c["reported"], 2)
                                      if c["reported"] else None)
    assert g["score"] is not None


def test_class_and_source_agree_with_a_plain_count(kv, history, period):
    first, last = period
    cases = [c for c in history[0].values() if _in(c.registered_at, first, last)]
    for by, key_of in (("class", lambda c: f"{c.kind}:{c.class_code}"), ("source", lambda c: c.source)):
        doc = kv.kpi.compute(first.isoformat(), last.isoformat(), by)
        got = _groups(doc)
        reported = Counter(key_of(c) for c in cases)
        filed = Counter(key_of(c) for c in cases if c.filed_at is not None)
        closed = Counter(key_of(c) for c in cases if c.state == "closed")
        assert {k: g["counts"]["reported"] for k, g in got.items()} == dict(reported)
        assert {k: g["counts"]["filed"] for k, g in got.items() if g["counts"]["filed"]} == dict(filed)
        assert {k: g["counts"]["closed"] for k, g in got.items() if g["counts"]["closed"]} == dict(closed)
        for k, g in got.items():
            assert g["name"], k
            if by == "class":
                assert g["name"] == kv.catalog.get(g["kind"], g["class_code"]).name
    assert _groups(kv.kpi.compute(first.isoformat(), last.isoformat(), "source"))["public"]["name"] == "公众举报"


def test_compare_gives_the_period_before_and_the_year_before_per_row_and_figure(kv, period):
    first, last = period
    first = last - timedelta(days=29)
    doc = kv.kpi.compute(first.isoformat(), last.isoformat(), "district", compare=True)
    before = (first - timedelta(days=30), first - timedelta(days=1))
    assert doc["previous"] == {"from": before[0].isoformat(), "to": before[1].isoformat()}
    assert doc["year_before"]["from"] == first.replace(year=first.year - 1).isoformat()
    then = _groups(kv.kpi.compute(before[0].isoformat(), before[1].isoformat(), "district"))
    for g in doc["groups"]:
        old = then[g["key"]]
        assert g["previous"]["counts"] == old["counts"] and g["previous"]["score"] == old["score"]
        d = g["delta"]["previous"]
        assert d["reported"] == g["counts"]["reported"] - old["counts"]["reported"]
        r, o = g["rates"]["on_time_close_rate"], old["rates"]["on_time_close_rate"]
        assert d["on_time_close_rate"] == round(r - o, 2)
        # the demo has no history a year back: no row then, and no change to show
        assert g["year_before"] is None and g["delta"]["year_before"] is None
    # the plain JSON keeps its shape without --compare
    plain = kv.kpi.compute(first.isoformat(), last.isoformat(), "district")
    assert "previous" not in plain and "delta" not in plain["groups"][0]
    with pytest.raises(InvalidInput) as exc:
        kv.kpi.compute(None, last.isoformat(), compare=True)
    assert exc.value.code == "compare_needs_period"


def test_trends_count_each_event_on_its_day_and_weeks_months_add_up(kv, history, period):
    first, last = period
    cases = list(history[0].values())
    days = kv.kpi.trend(first.isoformat(), last.isoformat(), "day")
    assert len(days["series"]) == (last - first).days + 1
    months = kv.kpi.trend(first.isoformat(), last.isoformat(), "month")
    weeks = kv.kpi.trend(first.isoformat(), last.isoformat(), "week")
    for figure in ("reported", "filed", "closed", "closed_on_time", "overdue"):
        total = sum(b[figure] for b in days["series"])
        assert total == sum(b[figure] for b in months["series"]) == sum(b[figure] for b in weeks["series"])
    assert sum(b["reported"] for b in days["series"]) == sum(
        1 for c in cases if _in(c.registered_at, first, last))
    assert sum(b["closed"] for b in months["series"]) == sum(
        1 for c in cases if c.closed_at and c.state == "closed" and _in(c.closed_at, first, last))
    day = days["series"][10]
    wanted = sum(1 for c in cases if c.filed_at and c.filed_at.date().isoformat() == day["period"])
    assert day["filed"] == wanted
    assert all(date.fromisoformat(w["period"]).weekday() == 0 for w in weeks["series"])
    assert weeks["series"][0]["from"] == first.isoformat()
    with pytest.raises(InvalidInput):
        kv.kpi.trend(step="hour")
    default = kv.kpi.trend()
    assert len(default["series"]) == 30


def test_hot_spots_are_the_most_repeated_class_in_a_cell_and_on_a_component(kv, history, period):
    first, last = period
    cases = [c for c in history[0].values() if _in(c.registered_at, first, last) and not c.merged_into]
    hot = kv.kpi.hot_spots(first.isoformat(), last.isoformat(), limit=5)
    assert set(hot) == {"cells", "components"}  # only lists: the dock iterates them
    per_cell = Counter((c.kind, c.class_code, c.grid_code) for c in cases)
    per_comp = Counter((c.kind, c.class_code, c.component_code) for c in cases if c.component_code)
    assert hot["cells"] and hot["cells"][0]["count"] == max(per_cell.values())
    for item in hot["cells"]:
        assert item["count"] == per_cell[(item["kind"], item["class_code"], item["grid_code"])] >= 2
        assert item["class_name"]
    for item in hot["components"]:
        assert item["count"] == per_comp[(item["kind"], item["class_code"], item["component_code"])] >= 2
    with pytest.raises(InvalidInput):
        kv.kpi.hot_spots(limit=0)
