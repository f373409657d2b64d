"""Printed forms (issue 10): the 派遣单, the 案卷 and the monthly report from the templates of
resources/layouts, rendered by QGIS for a case walked through the loop with real photos.

``CONSOLE_PRINT_SCREENSHOTS=docs/screenshots`` also writes print-dispatch.png,
print-case.png and print-monthly.png there.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemPicture,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
)
from qgis.PyQt.QtGui import QImage

from console.maps import print_layouts
from console.services.case_service import Photo
from console.widgets.print_dialog import form_labels

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("CONSOLE_PRINT_SCREENSHOTS")


def photo(name: str, colour, stripes) -> Photo:
    """A real picture, told apart by its colours (photos are decoded, never trusted)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 480), colour)
    draw = ImageDraw.Draw(image)
    for i in range(0, 640, 80):
        draw.rectangle([i, 300, i + 40, 480], fill=stripes)
    buf = io.BytesIO()
    image.save(buf, "JPEG")
    return Photo(name, buf.getvalue())


@pytest.fixture(scope="module")
def walked(demo_db_url, tmp_path_factory):
    """A private demo copy with two new cases: one reported (photo) and dispatched, one
    reported, dispatched, handled (photo), inspected (photo) and closed."""
    from console.services.app import open_services

    source = demo_db_url[len("sqlite:///"):]
    target = tmp_path_factory.mktemp("print") / "console.sqlite"
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    url = f"sqlite:///{target}"
    sv = open_services(url)
    # where demo cases of 海陵区 lie (inside the grid, the sanitation bureau's district)
    spots = [c for c in sv.queries.list(state="closed", limit=200) if c["district_code"] == "321202"]

    def dispatched_case(spot, description):
        case = sv.cases.register(
            sv.auth.actor("inspector001"), source="inspector", kind="event", class_code="0102",
            description=description, x=spot["x"] + 3, y=spot["y"] + 3,
            address="海陵路与鼓楼路交叉口", photos=[photo("report.jpg", (150, 110, 70), (90, 60, 30))])
        actor = sv.auth.actor
        sv.cases.act(actor("acceptor"), case["id"], "file")
        sv.cases.act(actor("dispatcher"), case["id"], "dispatch", department="321202-sanitation")
        return case

    dispatched = sv.queries.show(dispatched_case(spots[0], "人行道暴露垃圾")["id"])
    case = dispatched_case(spots[1], "小区门口暴露垃圾")
    act = lambda user, action, **kw: sv.cases.act(sv.auth.actor(user), case["id"], action, **kw)  # noqa: E731
    act("dept_sanitation", "report_done", reason="已清运",
        photos=[photo("after.jpg", (70, 160, 90), (40, 110, 60))])
    act("dispatcher", "accept_result")
    inspector = sv.queries.show(case["id"])["inspector"]
    act("acceptor", "request_check")
    act(inspector, "submit_check", result="passed",
        photos=[photo("check.jpg", (90, 170, 120), (200, 200, 200))])
    act("acceptor", "close", close_type="normal")
    closed = sv.queries.show(case["id"])
    assert closed["state"] == "closed"
    yield {"sv": sv, "url": url, "dispatched": dispatched, "closed": closed}
    sv.close()


def _contains(item, x, y) -> bool:
    return item.extent().contains(QgsPointXY(x, y))


def _distinct_colours(image: QImage, rect) -> int:
    x0, y0, w, h = rect
    seen = set()
    for i in range(x0, x0 + w, max(1, w // 40)):
        for j in range(y0, y0 + h, max(1, h // 40)):
            seen.add(image.pixel(i, j))
    return len(seen)


def _map_pixels(printed, item_id, image: QImage):
    """The map item's rectangle in a page image (single page forms)."""
    item = printed.layout.itemById(item_id)
    page = printed.layout.pageCollection().page(0).rect()
    r = item.sceneBoundingRect()
    sx, sy = image.width() / page.width(), image.height() / page.height()
    return (int(r.x() * sx) + 4, int(r.y() * sy) + 4, int(r.width() * sx) - 8,
            int(r.height() * sy) - 8)


def test_the_templates_load_in_qgis_and_hold_what_the_code_fills():
    for name, ids in (("dispatch_slip.qpt", {"case_map", "photo_report"}),
                      ("case_file.qpt", {"case_map", "photo_before_1", "photo_after_1", "timeline"}),
                      ("monthly_report.qpt", {"area_map", "district_table", "department_table"})):
        project = QgsProject()
        layout = print_layouts.load_template(name, project)
        assert isinstance(layout, QgsPrintLayout)
        assert layout.pageCollection().page(0).pageSize().width() == pytest.approx(210)
        assert layout.pageCollection().page(0).pageSize().height() == pytest.approx(297)
        assert ids <= {i.id() for i in layout.items() if hasattr(i, "id")}, name


def test_the_dispatch_slip_shows_the_case_its_department_photo_and_place(walked, tmp_path):
    sv, case = walked["sv"], walked["dispatched"]
    printed = print_layouts.case_form(sv, case["id"], "dispatch", form_labels())
    try:
        text = "\n".join(printed.texts())
        class_name = sv.catalog.get("event", "0102").label
        assert case["code"] in text and class_name in text
        assert case["department_name"] in text and "派遣单" in text
        dispatcher = [e for e in case["history"] if e["action"] == "dispatch"][-1]
        assert dispatcher["actor_name"] in text
        report = [p["id"] for p in case["photos"] if p["kind"] == "report"]
        assert printed.photos == {"photo_report": report[0]}
        picture = printed.layout.itemById("photo_report")
        assert isinstance(picture, QgsLayoutItemPicture) and Path(picture.picturePath()).is_file()
        assert _contains(printed.map_item(), case["x"], case["y"])
        assert printed.map_item().extent().center().distance(
            QgsPointXY(case["x"], case["y"])) < 1
        pdf = print_layouts.export_pdf(printed, tmp_path / "slip.pdf")
        assert pdf["pages"] == 1 and (tmp_path / "slip.pdf").read_bytes()[:4] == b"%PDF"
        png = tmp_path / "slip.png"
        assert QgsLayoutExporter(printed.layout).exportToImage(
            str(png), QgsLayoutExporter.ImageExportSettings()) == QgsLayoutExporter.Success
        image = QImage(str(png))
        assert _distinct_colours(image, _map_pixels(printed, "case_map", image)) > 8, \
            "a blank map extract"
        if SHOTS:
            print_layouts.export_image(printed, Path(SHOTS) / "print-dispatch.png")
    finally:
        printed.close()


def test_the_case_file_has_photos_before_and_after_and_the_whole_timeline(walked, tmp_path):
    sv, case = walked["sv"], walked["closed"]
    printed = print_layouts.case_form(sv, case["code"], "case", form_labels())
    try:
        kinds = {p["id"]: p["kind"] for p in case["photos"]}
        before = {v for k, v in printed.photos.items() if k.startswith("photo_before_")}
        after = {v for k, v in printed.photos.items() if k.startswith("photo_after_")}
        assert before == {i for i, k in kinds.items() if k in ("report", "verification")}
        assert after == {i for i, k in kinds.items() if k in ("handling", "inspection")}
        assert len(after) == 2
        rows = printed.rows["timeline"]
        labels = form_labels()
        assert [r[1] for r in rows] == [labels.action(e["action"]) for e in case["history"]]
        table = print_layouts._table(printed.layout, "timeline")
        assert len(table.tableContents()) == len(case["history"])
        text = "\n".join(printed.texts())
        assert case["code"] in text and case["department_name"] in text
        assert labels.state("closed") in text
        assert _contains(printed.map_item(), case["x"], case["y"])
        out = tmp_path / "case.pdf"
        assert print_layouts.export_pdf(printed, out)["pages"] == 2
        assert out.read_bytes()[:4] == b"%PDF"
        if SHOTS:
            print_layouts.export_image(printed, Path(SHOTS) / "print-case.png")
    finally:
        printed.close()
    assert printed.folder is None  # the photos' temporary files are gone


def test_the_monthly_report_holds_the_numbers_of_compute(walked, tmp_path):
    sv = walked["sv"]
    today = datetime.now(UTC).date()
    month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    first, last = print_layouts.month_bounds(month)
    printed = print_layouts.monthly_report(sv, month)
    try:
        for table_id, by in (("district_table", "district"), ("department_table", "department")):
            result = sv.kpi.compute(first.isoformat(), last.isoformat(), by)
            groups = {g["name"]: g for g in result["groups"] if g["counts"]["reported"]}
            rows = printed.rows[table_id]
            assert groups and len(rows) == len(groups)
            for row in rows:
                g = groups[row[0]]
                assert row[1:5] == [str(g["counts"][k]) for k in
                                    ("filed", "close_due", "closed", "closed_on_time")]
                rate = g["rates"]["on_time_close_rate"]
                assert row[6] == ("" if rate is None else f"{rate:.2f}")
                assert row[8] == (g["grade"] or "")
        total = sv.kpi.compute(first.isoformat(), last.isoformat(), None)["groups"][0]
        assert f"结案 {total['counts']['closed']} 件" in printed.variables["report_summary"]
        districts = {g["key"]: g["rates"]["on_time_close_rate"] for g in sv.kpi.compute(
            first.isoformat(), last.isoformat(), "district")["groups"]}
        layer = printed.map_item("area_map").layers()[0]
        coloured = {f["code"]: f["rate"] for f in layer.getFeatures()}
        assert coloured and all(coloured[k] == pytest.approx(v) for k, v in districts.items())
        out = tmp_path / "monthly.pdf"
        print_layouts.export_pdf(printed, out)
        assert out.read_bytes()[:4] == b"%PDF"
        if SHOTS:
            print_layouts.export_image(printed, Path(SHOTS) / "print-monthly.png")
    finally:
        printed.close()


def _cli(url, *args):
    env = dict(os.environ, CONSOLE_DB=url)
    env.pop("CONSOLE_SERVER", None)
    p = subprocess.run([sys.executable, "-m", "console", *args, "--json"], capture_output=True,
                       text=True, env=env, timeout=120)
    out = json.loads(p.stdout) if p.stdout.strip() else None
    err = json.loads(p.stderr.strip().splitlines()[-1]) if p.returncode and p.stderr.strip() else None
    return p.returncode, out, err


def test_console_case_print_writes_a_pdf_or_a_clear_error(walked, tmp_path):
    url, case = walked["url"], walked["closed"]
    out = tmp_path / "案卷.pdf"
    rc, doc, err = _cli(url, "case", "print", case["code"], "--out", str(out))
    assert rc == 0, err
    assert doc == {"case": case["code"], "form": "case", "out": str(out), "pages": 2}
    assert out.read_bytes()[:4] == b"%PDF"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert case["code"] in text
    rc, doc, err = _cli(url, "case", "print", "2099999999", "--out", str(tmp_path / "x.pdf"))
    assert (rc, err["error"], err["code"]) == (3, "not_found", "case_not_found")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        rc, doc, err = _cli(url, "case", "print", case["code"], "--form", "dispatch",
                            "--out", str(locked / "slip.pdf"))
        if os.geteuid() != 0:  # root writes anywhere: the missing folder below still refuses
            assert (rc, err["code"]) == (2, "output_unwritable")
    finally:
        locked.chmod(0o700)
    rc, doc, err = _cli(url, "case", "print", case["code"], "--out",
                        str(tmp_path / "missing" / "slip.pdf"))
    assert (rc, err["code"], err["params"]["path"]) == (2, "output_unwritable",
                                                       str(tmp_path / "missing" / "slip.pdf"))
    assert not (tmp_path / "missing").exists()
    rc, doc, err = _cli(url, "case", "print", case["code"], "--out", str(tmp_path))
    assert (rc, err["code"]) == (2, "output_unwritable")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "locked") == ["案卷.pdf"], \
        "a refused print leaves no partial file"
    rc, doc, err = _cli(url, "case", "print", case["code"], "--server", "http://127.0.0.1:9",
                        "--out", str(tmp_path / "y.pdf"))
    assert (rc, err["code"]) == (2, "needs_database")
    rc, doc, err = _cli(url, "report", "monthly", "--month", "2026-13", "--out",
                        str(tmp_path / "m.pdf"))
    assert (rc, err["code"], err["params"]["field"]) == (2, "invalid_value", "month")


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_case_detail_prints_the_selected_case(qtbot, chinese, make_window, services, tmp_path):
    window = make_window("dispatcher")
    dock = window.detail_dock
    first, second = services.queries.list(state="dispatched", limit=2)
    # as the dispatcher does: select a demo case, print, select another, print again — each
    # form is of the case the dock shows at that moment
    for case, name in ((first, "first.pdf"), (second, "second.pdf")):
        window.select_case(case["id"])
        qtbot.waitUntil(lambda c=case: (dock.case or {}).get("id") == c["id"], timeout=10_000)
        text = _pdf_text(dock.print_case("dispatch", path=str(tmp_path / name)))
        other = second if case is first else first
        assert case["code"] in text and other["code"] not in text
    menu = dock.print_button.menu()
    names = {a.objectName() for a in menu.actions() if a.objectName()}
    assert {"print_dispatch_pdf", "print_case_pdf", "print_dispatch_printer"} <= names
    assert "派遣单" in " ".join(a.text() for a in menu.actions())
    errors = []
    dock.errorRaised.connect(lambda title, text: errors.append(text))
    path = dock.print_case("dispatch", path=str(tmp_path / "slip.pdf"))
    assert path and Path(path).read_bytes()[:4] == b"%PDF"
    assert dock.print_case("case", path=str(tmp_path / "nowhere" / "x.pdf")) is None
    assert errors and "无法写入" in errors[-1]


def test_a_long_timeline_goes_on_over_new_pages_with_margins(walked, monkeypatch):
    sv, case = walked["sv"], walked["closed"]
    shown = sv.queries.show(case["id"])
    long_history = shown["history"] * 12
    monkeypatch.setattr(sv.queries, "show", lambda ref, now=None: {**shown,
                                                                    "history": long_history})
    printed = print_layouts.case_form(sv, case["id"], "case", form_labels())
    try:
        table = print_layouts._table(printed.layout, "timeline")
        assert len(table.tableContents()) == len(long_history)
        pages = printed.layout.pageCollection()
        assert pages.pageCount() >= 3 and table.frameCount() == pages.pageCount() - 1
        for i in range(1, table.frameCount()):
            frame = table.frame(i)
            top = frame.pagePos().y()
            assert top == pytest.approx(print_layouts.CONTINUED_TOP)
            assert top + frame.rect().height() < pages.page(frame.page()).rect().height()
    finally:
        printed.close()
