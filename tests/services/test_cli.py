"""The `console` command end to end, and bad input that must leave the database as it was."""

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import text

from console.store.engine import Database
from tests.services.helpers import image_bytes, spot

CONSOLE = [sys.executable, "-m", "console"]
SNAPSHOT_TABLES = ["case_file", "case_event", "attachment", "change_log", "case_sequence", "gis_edit",
                   "component", "grid_cell", "department", "routing_rule"]


def run(db_url, *args, password="demo1234", env=None):
    e = dict(os.environ, CONSOLE_DB=db_url, CONSOLE_PASSWORD=password, **(env or {}))
    p = subprocess.run([*CONSOLE, *args, "--json"], capture_output=True, text=True, env=e, timeout=120)
    out = json.loads(p.stdout) if p.stdout.strip() else None
    err = json.loads(p.stderr.strip().splitlines()[-1]) if p.returncode and p.stderr.strip() else None
    return p.returncode, out, err


def run_here(db_url, *args, password="demo1234", env=None):
    """``run`` in this process (``console.cli.main`` with the same environment and streams):
    the rule scenarios make hundreds of calls, and a process each (Python and its imports)
    cost minutes. The tests of this module run the real command."""
    import contextlib
    import io
    from unittest import mock

    from console import cli

    out, err_stream = io.StringIO(), io.StringIO()
    patched = dict(CONSOLE_DB=db_url, CONSOLE_PASSWORD=password, **(env or {}))
    with mock.patch.dict(os.environ, patched), contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(err_stream):
        try:
            code = cli.main([*args, "--json"])
        except SystemExit as exc:  # argparse's refusals
            code = exc.code if isinstance(exc.code, int) else 2
    stdout, stderr = out.getvalue(), err_stream.getvalue()
    doc = json.loads(stdout) if stdout.strip() else None
    err = json.loads(stderr.strip().splitlines()[-1]) if code and stderr.strip() else None
    return code, doc, err


def snapshot(db_url):
    """Every row of the business tables; the login throttle columns are left out on purpose
    (a wrong password is counted: that is the one write a refusal makes)."""
    db = Database(db_url)
    doc = {}
    with db.read() as s:
        for t in SNAPSHOT_TABLES:
            cols = [c for c in s.execute(text(f"SELECT * FROM {t} LIMIT 0")).keys() if c != "geom"]
            doc[t] = sorted(map(tuple, s.execute(text(f"SELECT {', '.join(cols)} FROM {t}")).all()), key=repr)
        doc["app_user"] = sorted(map(tuple, s.execute(text(
            "SELECT name, password_hash, roles, department_code, district_code FROM app_user")).all()))
    db.dispose()
    return doc


@pytest.fixture
def cli_case(db_url):
    from console.services.app import open_services

    sv = open_services(db_url)
    x, y, _, inspector = spot(sv)
    sv.close()
    code, doc, err = run(db_url, "case", "report", "--as", inspector, "--source", "inspector",
                         "--kind", "event", "--class", "0102", "--x", str(x), "--y", str(y),
                         "--description", "暴露垃圾")
    assert code == 0, err
    return doc


def test_report_act_show_list_kpi(db_url, cli_case, tmp_path):
    assert cli_case["state"] == "reported" and len(cli_case["grid_code"]) == 15
    for field in ("id", "code", "state", "source", "class_code", "kind", "x", "y", "lon", "lat",
                  "grid_code", "community_code", "street_code", "district_code", "level", "inspector",
                  "department", "suggested_department", "deadline", "overdue", "rework_count",
                  "close_type", "version"):
        assert field in cli_case
    code, doc, err = run(db_url, "case", "act", cli_case["code"], "file", "--as", "acceptor",
                         "--expect-version", str(cli_case["version"]))
    assert code == 0 and doc["state"] == "filed", err
    photo = tmp_path / "before.jpg"
    photo.write_bytes(image_bytes())
    code, doc, err = run(db_url, "case", "act", cli_case["code"], "dispatch", "--as", "dispatcher",
                         "--department", cli_case["suggested_department"])
    assert code == 0, err
    code, doc, err = run(db_url, "case", "act", cli_case["code"], "report_done", "--as", "dept_sanitation",
                         "--reason", "已清运", "--photo", str(photo))
    assert code == 0 and doc["state"] == "handled", err
    code, shown, _ = run(db_url, "case", "show", cli_case["code"])
    assert [h["action"] for h in shown["history"]] == ["register", "file", "dispatch", "report_done"]
    assert shown["photos"][0]["kind"] == "handling" and shown["photos"][0]["size"] == photo.stat().st_size
    code, listed, _ = run(db_url, "case", "list", "--state", "handled")
    assert cli_case["code"] in [c["code"] for c in listed["cases"]]
    code, kpi, _ = run(db_url, "kpi", "--by", "district")
    assert code == 0 and {g["key"] for g in kpi["groups"]} == {"321202", "321203", "321204"}
    assert all(g["rates"]["close_rate"] is not None for g in kpi["groups"])


def test_users_and_departments(db_url):
    code, doc, err = run(db_url, "user", "add", "newbie", "--role", "acceptor", "--district", "321202",
                         "--as", "admin", env={"CONSOLE_NEW_PASSWORD": "s3cret-pw"})
    assert code == 0 and doc["roles"] == ["acceptor"], err
    code, users, _ = run(db_url, "user", "list")
    insp = next(u for u in users["users"] if u["name"] == "inspector001")
    assert 10 <= len(insp["cells"]) <= 26
    code, depts, _ = run(db_url, "department", "list")
    levels = {d["level"] for d in depts["departments"]}
    assert levels == {"city", "district"}
    assert any("event:0102" in d["classes"] or "event:01" in d["classes"] for d in depts["departments"])


@pytest.mark.parametrize(
    "args,password,kind",
    [
        (["case", "report", "--as", "acceptor", "--source", "public", "--kind", "event", "--class", "0102",
          "--lon", "116.4", "--lat", "39.9", "--description", "x"], "demo1234", "invalid_input"),
        (["case", "report", "--as", "acceptor", "--source", "public", "--kind", "event", "--class", "0102",
          "--lon", "abc", "--lat", "32.46", "--description", "x"], "demo1234", "invalid_input"),
        (["case", "report", "--as", "acceptor", "--source", "public", "--kind", "event", "--class", "7777",
          "--lon", "119.92", "--lat", "32.46", "--description", "x"], "demo1234", "not_found"),
        (["case", "report", "--as", "nobody", "--source", "public", "--kind", "event", "--class", "0102",
          "--lon", "119.92", "--lat", "32.46", "--description", "x"], "demo1234", "authentication_failed"),
        (["case", "act", "{code}", "file", "--as", "acceptor"], "wrong-password", "authentication_failed"),
        (["case", "act", "{code}", "file", "--as", "dispatcher"], "demo1234", "permission_denied"),
        (["case", "act", "{code}", "close", "--as", "acceptor", "--close-type", "normal"], "demo1234",
         "invalid_transition"),
        (["case", "act", "{code}", "file", "--as", "acceptor", "--expect-version", "7"], "demo1234", "stale"),
        (["case", "act", "{code}", "reject", "--as", "acceptor"], "demo1234", "invalid_input"),
        (["case", "act", "{code}", "fly", "--as", "acceptor"], "demo1234", "invalid_input"),
        (["case", "act", "2099999999", "file", "--as", "acceptor"], "demo1234", "not_found"),
        (["case", "act", "{code}", "report_done", "--as", "dept_sanitation", "--reason", "x",
          "--photo", "/nonexistent.jpg"], "demo1234", "invalid_input"),
        (["case", "report", "--as", "acceptor", "--source", "public", "--kind", "event"], "demo1234",
         "invalid_input"),
        (["component", "add", "--as", "acceptor", "--class", "0118", "--lon", "119.92", "--lat", "32.46"],
         "demo1234", "permission_denied"),
        (["component", "add", "--as", "gis", "--class", "0118", "--lon", "116.4", "--lat", "39.9"],
         "demo1234", "invalid_input"),
        (["component", "retire", "3212020118999999", "--as", "gis", "--reason", "x"], "demo1234",
         "not_found"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(db_url, cli_case, args, password, kind):
    args = [a.replace("{code}", cli_case["code"]) for a in args]
    before = snapshot(db_url)
    code, out, err = run(db_url, *args, password=password)
    assert code != 0 and out is None
    assert err["error"] == kind and err["message"]
    assert snapshot(db_url) == before
