"""``console kpi --format csv|xlsx --out FILE``: the files hold exactly the numbers of
``compute()``; bad targets are refused with their codes before anything is written."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta

import pytest
from openpyxl import load_workbook

from console import cli
from console.domain.errors import InvalidInput
from console.domain.kpi import KpiCounts, evaluate
from console.services import kpi_export
from tests.conftest import shared_demo_copy

# exports only read, and their numbers are compute()'s (checked on both back-ends elsewhere)
db_url = pytest.fixture(scope="module", params=["spatialite"], name="db_url")(shared_demo_copy)
# the demo's history ends today: the last 120 days, and the last full month for comparisons
TODAY = datetime.now(UTC).date()
PERIOD = ("--from", (TODAY - timedelta(days=120)).isoformat(), "--to", TODAY.isoformat())
MONTH_END = TODAY.replace(day=1) - timedelta(days=1)
MONTH = ("--from", MONTH_END.replace(day=1).isoformat(), "--to", MONTH_END.isoformat())


def _run(capsys, *argv) -> tuple[int, dict]:
    code = cli.main([*argv, "--json"])
    out = capsys.readouterr()
    return code, json.loads(out.out if code == 0 else out.err)


def _xlsx(path):
    ws = load_workbook(path)["综合评价"]
    rows = list(ws.iter_rows(values_only=True))
    return ws, rows[0], rows[1], rows[2:]


@pytest.mark.parametrize("by", ["dispatcher", "class"])
def test_xlsx_and_csv_hold_the_numbers_of_compute(db_url, tmp_path, capsys, by):
    code, doc = _run(capsys, "kpi", "--db", db_url, *PERIOD, "--by", by)
    assert code == 0 and doc["groups"]
    xlsx, csv_path = tmp_path / "k.xlsx", tmp_path / "k.csv"
    code, written = _run(capsys, "kpi", "--db", db_url, *PERIOD, "--by", by, "--format", "xlsx",
                         "--out", str(xlsx))
    assert code == 0 and written["rows"] == len(doc["groups"]) and written["out"] == str(xlsx)
    assert _run(capsys, "kpi", "--db", db_url, *PERIOD, "--by", by, "--format", "csv",
                "--out", str(csv_path))[0] == 0
    ws, chinese, fields, rows = _xlsx(xlsx)
    assert chinese[:3] == ("编码", "名称", "上报数") and "按期结案率" in chinese
    assert fields[:3] == ("key", "name", "reported")
    assert len(rows) == len(doc["groups"])
    col = {f: i for i, f in enumerate(fields)}
    for row, g in zip(rows, doc["groups"], strict=True):
        assert row[col["key"]] == g["key"] and row[col["name"]] == g["name"]
        for name, value in g["counts"].items():
            assert row[col[name]] == value and isinstance(row[col[name]], int)
        for name, value in g["rates"].items():
            cell = row[col[name]]
            assert (cell is None) if value is None else cell == pytest.approx(value / 100, abs=1e-12)
        assert row[col["score"]] == g["score"] and row[col["grade"]] == g["grade"]
    rate_cell = ws.cell(row=3, column=col["on_time_dispatch_rate"] + 1)
    assert rate_cell.number_format == "0.00%"
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel opens it as UTF-8
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines[0] == list(chinese) and lines[1] == list(fields)
    for line, g in zip(lines[2:], doc["groups"], strict=True):
        for name, value in {**g["counts"], **g["rates"], "score": g["score"]}.items():
            assert line[col[name]] == ("" if value is None else str(value))


def test_the_published_report_exports_as_93_72_and_75_82_percent(tmp_path):
    g = {"key": "all", "name": "天门 2016-12"}
    g.update(evaluate(KpiCounts(filed=996, close_due=972, closed=911, closed_on_time=737), "area"))
    doc = {"from": "2016-12-01", "to": "2016-12-31", "by": None, "as_of": "", "groups": [g]}
    kpi_export.write_xlsx(doc, tmp_path / "r.xlsx")
    ws, _, fields, rows = _xlsx(tmp_path / "r.xlsx")
    col = {f: i + 1 for i, f in enumerate(fields)}
    close, on_time = ws.cell(3, col["close_rate"]), ws.cell(3, col["on_time_close_rate"])
    assert (close.value, on_time.value) == (pytest.approx(0.9372), pytest.approx(0.7582))
    assert close.number_format == "0.00%"
    assert [ws.cell(3, col[f]).value for f in ("filed", "close_due", "closed", "closed_on_time")] \
        == [996, 972, 911, 737]


def test_comparisons_are_exported_beside_the_figures(db_url, tmp_path, capsys):
    out = tmp_path / "c.xlsx"
    code, _ = _run(capsys, "kpi", "--db", db_url, *MONTH, "--by", "district", "--compare", "--format", "xlsx", "--out", str(out))
    assert code == 0
    _, chinese, fields, rows = _xlsx(out)
    assert "previous.on_time_close_rate" in fields and "按期结案率环比(百分点)" in chinese
    code, doc = _run(capsys, "kpi", "--db", db_url, *MONTH, "--by", "district", "--compare")
    i = fields.index("previous.on_time_close_rate")
    assert [r[i] for r in rows] == [g["delta"]["previous"]["on_time_close_rate"] for g in doc["groups"]]


@pytest.mark.parametrize(("argv", "code"), [
    (["--format", "pdf"], "invalid_value"),
    (["--format", "csv"], "export_needs_out"),
    (["--format", "xlsx", "--out", "{tmp}/k.csv"], "export_suffix_mismatch"),
    (["--format", "csv", "--out", "{tmp}/missing/k.csv"], "export_target_invalid"),
    (["--format", "csv", "--out", "{tmp}"], "export_target_invalid"),
    (["--compare"], "compare_needs_period"),
])
def test_bad_format_or_out_is_refused_and_writes_nothing(db_url, tmp_path, capsys, argv, code):
    before = sorted(tmp_path.rglob("*"))
    rc, err = _run(capsys, "kpi", "--db", db_url, *[a.format(tmp=tmp_path) for a in argv])
    assert rc != 0 and err["code"] == code and err["error"] == "invalid_input"
    assert sorted(tmp_path.rglob("*")) == before


def test_an_existing_file_is_replaced_whole(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("old", encoding="utf-8")
    g = {"key": "all", "name": None, **evaluate(KpiCounts(reported=3), "area")}
    kpi_export.write_csv({"groups": [g]}, path)
    assert path.read_text(encoding="utf-8-sig").splitlines()[2].startswith("all,,3,")
    assert [p.name for p in tmp_path.iterdir()] == ["k.csv"]  # no temporary left behind
    with pytest.raises(InvalidInput):
        kpi_export.check_target("xlsx", None)
