"""Bad input is refused with a clear, typed error and nothing written (issue 8): free text
(length, control characters, NUL on both back-ends), what the terminal shows, postponements,
page sizes, KPI dates, coordinates, and a database server that is down."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from console.domain.errors import ConnectionLost, InvalidInput
from console.domain.text_input import MAX_TEXT, clean_text, escape_controls
from console.store.models import (
    Attachment,
    CaseEvent,
    CaseFile,
    CaseReporter,
    CaseUrge,
    ChangeLog,
    Component,
    GisEdit,
)
from tests.conftest import BACKENDS, shared_demo_copy
from tests.services.helpers import actor, spot

# refusal tests write nothing (and assert it): one demo copy per back-end for the module
db_url = pytest.fixture(scope="module", params=BACKENDS, name="db_url")(shared_demo_copy)

CONSOLE = [sys.executable, "-m", "console"]
DOWN = "postgresql+psycopg://u@127.0.0.1:1/x"  # nothing listens on port 1


def counts(sv) -> dict:
    with sv.db.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (CaseFile, CaseEvent, Attachment, ChangeLog, CaseReporter, CaseUrge,
                          Component, GisEdit)}


def refused(sv, code: str, fn, *args, **kw) -> InvalidInput:
    before = counts(sv)
    with pytest.raises(InvalidInput) as info:
        fn(*args, **kw)
    assert info.value.code == code, info.value.to_json()
    assert counts(sv) == before
    return info.value


def cli(db_url, *args, as_json=True, password="demo1234"):
    env = dict(os.environ, CONSOLE_DB=db_url, CONSOLE_PASSWORD=password)
    env.pop("CONSOLE_SERVER", None)
    argv = [*CONSOLE, *args, *(["--json"] if as_json else [])]
    p = subprocess.run(argv, capture_output=True, env=env, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def cli_error(stderr: str) -> dict:
    return json.loads(stderr.strip().splitlines()[-1])


# --- the helper -----------------------------------------------------------------------------


def test_clean_text_keeps_text_and_refuses_controls():
    assert clean_text("  第一行\r\n第二行\r第三行\t完 ", "description") == "第一行\n第二行\n第三行\t完"
    assert clean_text(None, "reason") is None
    assert clean_text("x" * MAX_TEXT, "description") == "x" * MAX_TEXT
    for bad, point in [("a\x00b", "U+0000"), ("\x1b[2J", "U+001B"), ("a\x7f", "U+007F"),
                       ("a\x85", "U+0085"), ("a\x9b2J", "U+009B"), ("a\udcff", "U+DCFF")]:
        with pytest.raises(InvalidInput) as info:
            clean_text(bad, "description")
        assert (info.value.code, info.value.params["code_point"]) == ("control_character", point)
        assert info.value.params["field"] == "description"
    with pytest.raises(InvalidInput) as info:
        clean_text("字" * (MAX_TEXT + 1), "reason")
    assert info.value.params == {"field": "reason", "length": MAX_TEXT + 1, "max_length": MAX_TEXT}
    assert escape_controls("路\x1b[2J\x7f\x85\n中") == "路\\x1b[2J\\x7f\\x85\\n中"


# --- at the services' entry, on both back-ends --------------------------------------------


@pytest.fixture
def place(sv):
    x, y, _, inspector = spot(sv)
    return {"x": x, "y": y, "who": actor(sv, inspector)}


@pytest.mark.parametrize("kwarg,value,code,field", [
    ("description", "垃圾\x00堆放", "control_character", "description"),
    ("description", "\x1b[2J\x1b[H已处理", "control_character", "description"),
    ("description", "字" * (MAX_TEXT + 1), "text_too_long", "description"),
    ("address", "海陵区\x00", "control_character", "address"),
    ("address", "路" * 256, "text_too_long", "address"),
    ("caller_name", "王\x07", "control_character", "caller_name"),
    ("caller_name", "王" * 65, "text_too_long", "caller_name"),
    ("caller_phone", "138\x00", "control_character", "caller_phone"),
    ("component_code", "3212\x00", "control_character", "component"),
])
def test_register_refuses_bad_text(sv, place, kwarg, value, code, field):
    kw = {"description": "暴露垃圾", kwarg: value}
    err = refused(sv, code, sv.cases.register, place["who"], source="inspector", kind="event",
                  class_code="0102", x=place["x"], y=place["y"], **kw)
    assert err.params["field"] == field


def test_register_keeps_line_breaks_and_the_longest_text(sv, place):
    description = "第一行\n\t第二行 " + "字" * (MAX_TEXT - 10)
    case = sv.cases.register(place["who"], source="inspector", kind="event", class_code="0102",
                             x=place["x"], y=place["y"], description=description + "\r\n",
                             address="路" * 255)
    shown = sv.queries.show(case["code"])
    assert shown["description"] == description and len(shown["address"]) == 255


@pytest.fixture
def filed(sv, place):
    case = sv.cases.register(place["who"], source="inspector", kind="event", class_code="0102",
                             x=place["x"], y=place["y"], description="暴露垃圾")
    return sv.cases.act(actor(sv, "acceptor"), case["id"], "file")


@pytest.mark.parametrize("kw,field,code", [
    ({"reason": "退回\x00"}, "reason", "control_character"),
    ({"reason": "x" * (MAX_TEXT + 1)}, "reason", "text_too_long"),
    ({"department": "321202-sanitation\x00"}, "department", "control_character"),
    ({"no_photo_reason": "\x1b]0;pwned\x07"}, "no_photo_reason", "control_character"),
    ({"into": "2026\x00"}, "into", "control_character"),
])
def test_act_refuses_bad_text(sv, filed, kw, field, code):
    err = refused(sv, code, sv.cases.act, actor(sv, "dispatcher"), filed["id"], "dispatch", **kw)
    assert err.params["field"] == field


def test_a_case_reference_with_nul_is_invalid_input_not_a_driver_error(sv, filed):
    err = refused(sv, "control_character", sv.cases.act, actor(sv, "dispatcher"),
                  filed["code"] + "\x00", "dispatch", department="321202-sanitation")
    assert err.params["field"] == "case"
    with pytest.raises(InvalidInput, match="U\\+0000"):
        sv.queries.show("\x00")
    refused(sv, "control_character", sv.queries.list, grid="3212\x00")


def test_component_text_is_checked_before_any_write(sv, place):
    gis = actor(sv, "gis")
    for kw, code in [({"note": "井盖\x00"}, "control_character"),
                     ({"owner": "321202-sanitation\x00"}, "control_character"),
                     ({"maintainer": "\x1b"}, "control_character"),
                     ({"note": "n" * (MAX_TEXT + 1)}, "text_too_long")]:
        err = refused(sv, code, sv.components.add, gis, class_code="0118", x=place["x"],
                      y=place["y"], **kw)
        assert err.params["field"] == next(iter(kw))
    comp = sv.components.add(gis, class_code="0118", x=place["x"], y=place["y"], note="新增\n测试")
    assert comp["note"] == "新增\n测试"
    refused(sv, "control_character", sv.components.update, gis, comp["code"], note="\x00")
    refused(sv, "control_character", sv.components.move, gis, comp["code"], x=place["x"],
            y=place["y"], note="\x9b")
    refused(sv, "text_too_long", sv.components.retire, gis, comp["code"], reason="r" * 2001)
    refused(sv, "control_character", sv.components.show, comp["code"] + "\x00")


@pytest.mark.parametrize("coords", [{"x": "nan", "y": "3593010"}, {"x": "inf", "y": "1"},
                                    {"x": "abc", "y": "1"}, {"lon": "nan", "lat": "32.47"},
                                    {"lon": "119.9", "lat": "-inf"}])
def test_coordinates_that_are_not_finite_numbers(sv, place, coords):
    refused(sv, "not_a_number", sv.cases.register, place["who"], source="inspector",
            kind="event", class_code="0102", description="暴露垃圾", **coords)
    refused(sv, "not_a_number", sv.components.add, actor(sv, "gis"), class_code="0118", **coords)


# --- postponements, pages, KPI dates -------------------------------------------------------


def test_postponement_at_most_a_year_ahead(sv, filed):
    case = sv.cases.act(actor(sv, "dispatcher"), filed["id"], "dispatch",
                        department=filed["suggested_department"])
    dept = actor(sv, "dept_sanitation")
    now = datetime.now(UTC)
    for until, code in [((now + timedelta(days=400)).isoformat(), "until_too_far"),
                        ("9999-12-31T23:59:59", "until_too_far"),
                        ("0001-01-01T00:00:00", "until_in_past"),
                        ("2026-13-01T00:00", "invalid_datetime"),
                        ("2027-01-01\x00", "control_character"),
                        (12345, "invalid_datetime")]:
        err = refused(sv, code, sv.cases.act, dept, case["id"], "request_postponement",
                      until=until, reason="需协调")
        if code == "until_too_far":
            assert datetime.fromisoformat(err.params["latest"]) > now + timedelta(days=364)
    ok = sv.cases.act(dept, case["id"], "request_postponement", reason="需协调",
                      until=(now + timedelta(days=360)).isoformat())
    assert ok["postponement_requested_until"] is not None


def test_list_page_size(sv):
    for limit in (0, -1, 5001, 10**9, "10", True):
        err = refused(sv, "invalid_limit", sv.queries.list, limit=limit)
        assert (err.params["min"], err.params["max"]) == (1, 5000)
    assert len(sv.queries.list(limit=1)) == 1
    assert len(sv.queries.list(limit=5000)) == min(5000, len(sv.queries.list()))


def test_kpi_dates_outside_a_sane_range(sv):
    for kw, code in [({"date_from": "9999-12-31"}, "date_out_of_range"),
                     ({"date_to": "9999-12-31"}, "date_out_of_range"),
                     ({"date_from": "0001-01-01"}, "date_out_of_range"),
                     ({"date_to": "20260-01-01"}, "invalid_date"),
                     ({"date_from": "2026-02-30"}, "invalid_date")]:
        refused(sv, code, sv.kpi.compute, **kw)
    assert sv.kpi.compute("2000-01-01", "2099-12-31")["groups"]


# --- the command line ---------------------------------------------------------------------


@pytest.fixture
def cli_case(db_url):
    from console.services.app import open_services

    sv = open_services(db_url)
    x, y, _, inspector = spot(sv)
    sv.close()
    code, out, err = cli(db_url, "case", "report", "--as", inspector, "--source", "inspector",
                         "--kind", "event", "--class", "0102", "--x", str(x), "--y", str(y),
                         "--description", "暴露垃圾")
    assert code == 0, err
    return {**json.loads(out), "inspector": inspector, "x": x, "y": y}


def test_cli_human_output_escapes_control_characters_of_old_rows(db_url, cli_case):
    """Rows written before the check may hold escape sequences: shown, never obeyed."""
    from console.store.engine import Database

    old = "旧\x1b[2J\x1b[31m案卷\x7f\x85\x9b1m\x07"
    db = Database(db_url)
    with db.unit_of_work() as s:
        s.execute(text("UPDATE case_file SET description = :d, address = :a WHERE id = :id"),
                  {"d": old, "a": "地址\x1b]0;title\x07", "id": cli_case["id"]})
    db.dispose()
    for args in (["case", "show", cli_case["code"]], ["case", "list", "--limit", "3"]):
        code, out, err = cli(db_url, *args, as_json=False)
        assert code == 0, err
        assert not any(c in out for c in "\x1b\x7f\x85\x9b\x07"), repr(out)
        assert "旧\\x1b[2J\\x1b[31m案卷\\x7f\\x85\\x9b1m\\x07" in out
    code, out, _ = cli(db_url, "case", "show", cli_case["code"])
    assert "\x1b" not in out and json.loads(out)["description"] == old  # JSON: escaped, exact


def test_cli_refuses_escape_sequences_and_bytes_that_are_not_utf8(db_url, cli_case):
    base = ["case", "report", "--as", cli_case["inspector"], "--source", "inspector", "--kind",
            "event", "--class", "0102", "--x", str(cli_case["x"]), "--y", str(cli_case["y"])]
    code, out, err = cli(db_url, *base, "--description", "\x1b[2J清屏")
    assert code == 2 and cli_error(err)["code"] == "control_character"
    env = dict(os.environ, CONSOLE_DB=db_url, CONSOLE_PASSWORD="demo1234")
    p = subprocess.run([*CONSOLE, *base, "--description", b"\xff\xfe garbage", "--json"],
                       capture_output=True, env=env, timeout=120)
    assert p.returncode == 2 and cli_error(p.stderr.decode())["code"] == "control_character"
    code, out, err = cli(db_url, *base, "--description", "x", "--x", "nan")
    assert code == 2 and cli_error(err)["error"] == "invalid_input"


@pytest.mark.parametrize("args,code_", [
    (["case", "list", "--limit", "0"], "invalid_limit"),
    (["case", "list", "--limit", "100000"], "invalid_limit"),
    (["kpi", "--from", "9999-12-31"], "date_out_of_range"),
    (["kpi", "--to", "not-a-date"], "invalid_date"),
])
def test_cli_limits_and_dates(db_url, args, code_):
    code, out, err = cli(db_url, *args)
    assert code == 2 and out == "" and cli_error(err)["code"] == code_, err
    assert "Traceback" not in err


def test_cli_until_too_far(db_url, cli_case):
    assert cli(db_url, "case", "act", cli_case["code"], "file", "--as", "acceptor")[0] == 0
    assert cli(db_url, "case", "act", cli_case["code"], "dispatch", "--as", "dispatcher",
               "--department", cli_case["suggested_department"])[0] == 0
    code, out, err = cli(db_url, "case", "act", cli_case["code"], "request_postponement", "--as",
                         "dept_sanitation", "--reason", "x", "--until", "2099-01-01T00:00")
    assert code == 2 and cli_error(err)["code"] == "until_too_far", err


# --- PostgreSQL down ----------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["case", "list"],
    ["case", "act", "2026000001", "file", "--as", "acceptor"],
    ["case", "show", "2026000001"],
    ["kpi"],
    ["user", "list"],
    ["db", "upgrade"],
])
def test_cli_says_connection_lost_when_postgresql_is_down(args):
    code, out, err = cli(DOWN, *args)
    assert code == 7 and out == "", err
    doc = cli_error(err)
    assert (doc["error"], doc["code"]) == ("connection_lost", "connection_lost"), doc
    assert "127.0.0.1" in doc["params"]["reason"] and "Traceback" not in err
    code, _, err = cli(DOWN, *args, as_json=False)
    assert code == 7 and err.startswith("console: connection_lost: the database is unreachable")


def test_open_services_raises_connection_lost():
    from console.services.app import open_services

    with pytest.raises(ConnectionLost) as info:
        open_services(DOWN)
    assert info.value.code == "connection_lost"
