"""A working day in the center on the demo city, through the real widgets (issue 7, "Tests and
proof"): each role in turn, in a real ``MainWindow``, acts on demo cases already in its queue.

Every action goes the way an operator's does: the test clicks another row, comes back to the
case by clicking its pin on the map, fills the panel's own inputs (reason, department,
inspector, close type, photos, postponement date) and clicks the panel's button. Then
(``Day.act``) the database must say what the window says: state, version and department of
``services.queries.show`` equal the detail dock's and the panel row's, the map highlights that
case, the message bar names its code and new version, and no other case changed (the versions
of every case in the database, before and after). Only the inspectors' field answers (the
mobile client is not in this console) go through the services, with photos.

Four days' parts, each on its own copy of the demo (tests/gui/conftest.py):
the supervision center's morning, the city center sending cases down, the command center and
the departments, and the closing of the day.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from qgis.core import QgsPointXY
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtGui import QColor, QImage
from sqlalchemy import select

from console.services.case_service import Photo
from console.store.models import CaseFile
from console.widgets import labels
from tests.gui.drive import click_row, type_text
from tests.services.next_action import department_user, staff

pytestmark = pytest.mark.gui

WAIT_MS = 10_000
HOME = "321202"  # 海陵区: the district whose center the test prefers (fewest windows)
NON_INSPECTOR_SOURCES = ("public", "system", "video")


# --- how a user drives the window ------------------------------------------------------------


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    type_text(qtbot, widget, text)
    shown = widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()
    assert shown == text


def _show_all(dock) -> None:
    for i, (_, predicate) in enumerate(getattr(dock, "_views", [])):
        if predicate is None:
            dock.view_combo.setCurrentIndex(i)
            return


def _click_row(qtbot, dock, case_id: str) -> None:
    _show_all(dock)
    dock.filter_edit.clear()
    click_row(qtbot, dock, case_id)


def _click_pin(qtbot, window, case: dict) -> bool:
    """Click the case's pin on the map (centred at street scale); True if it was selected."""
    canvas = window.city_map.canvas
    canvas.setCenter(QgsPointXY(case["x"], case["y"]))
    canvas.zoomScale(300)
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(case["x"], case["y"]))
    qtbot.mouseClick(canvas.viewport(), Qt.LeftButton, pos=QPoint(round(pixel.x()), round(pixel.y())))
    try:
        qtbot.waitUntil(lambda: window.detail_dock.shown_case_id() == case["id"], timeout=2_000)
    except (AssertionError, QtTimeoutError):  # another pin on the very same spot (a component's two cases)
        return False
    return True


def _click(qtbot, dock, action: str) -> None:
    button = dock.buttons[action]
    assert button.isEnabled(), (f"{action} is not offered for {dock.current_case()['code']} "
                                f"({dock.current_case()['state']}) in {dock.objectName()}")
    qtbot.mouseClick(button, Qt.LeftButton)


def _message_texts(window) -> list[str]:
    return [f"{i.title()} {i.text()}" for i in window.message_bar.items()]


def _highlighted_xy(window):
    highlighted = getattr(window.city_map, "_highlighted", None)
    if highlighted is None:
        return None
    p = highlighted[0].centroid().asPoint()
    return p.x(), p.y()


def _display(dock, case_id: str, column: str) -> str:
    return str(dock.model.index(dock.model.row_of(case_id), dock.columns.index(column)).data() or "")


def _photo(tmp_path, name: str, color: str) -> str:
    image = QImage(64, 48, QImage.Format_RGB32)
    image.fill(QColor(color))
    path = str(tmp_path / name)
    assert image.save(path, "PNG")
    return path


# --- the day ---------------------------------------------------------------------------------


class Day:
    """The staff of the demo city, the window of whoever works now, and the checks after each
    action."""

    def __init__(self, qtbot, make_window, services, tmp_path):
        self.qtbot, self._make, self.sv, self.tmp = qtbot, make_window, services, tmp_path
        self.directory = [(u["name"], frozenset(u["roles"]), u["department"], u["district"])
                          for u in services.auth.list_users()]
        self.demo = set(self.versions())  # the demo's own cases
        self.touched: set[str] = set()
        self.window = None
        self.user: str | None = None
        self.pins = 0  # selections that came back through a pin on the map
        self.done: list[tuple[str, str, str]] = []  # (user, action, code)

    # --- who and where ---------------------------------------------------------------------

    def versions(self) -> dict[str, int]:
        with self.sv.db.read() as s:
            return dict(s.execute(select(CaseFile.id, CaseFile.version)).all())

    @staticmethod
    def center_of(case: dict) -> str | None:
        if case["level"] == "city":
            return None
        return case.get("handling_district") or case["district_code"]

    def staff(self, role: str, district: str | None) -> str:
        return staff(self.directory, role, district)

    def inspectors_of(self, district: str) -> list[str]:
        return sorted(n for n, roles, _d, dist in self.directory if "inspector" in roles and dist == district)

    def open(self, user: str):
        if user != self.user:
            self.window = self._make(user)
            self.user = user
        return self.window

    def demo_cases(self, states, pred=lambda c: True) -> list[dict]:
        cases = self.sv.queries.list(state=",".join(states), limit=5000)
        out = [c for c in cases if c["id"] in self.demo and c["id"] not in self.touched and pred(c)]
        return sorted(out, key=lambda c: (self.center_of(c) != HOME, c["code"]))

    def take(self, role: str, dock_name: str, states, pred=lambda c: True) -> tuple:
        """A demo case of ``states`` matching ``pred`` in the queue of ``role``: the window
        of the user who has it (the current one when it has such a case)."""
        cases = self.demo_cases(states, pred)
        assert cases, f"the demo has no case in {states} for the {role}"

        def user_for(case):
            if role == "department":
                return department_user(self.directory, case["department"])
            return self.staff(role, self.center_of(case))

        case = next((c for c in cases if user_for(c) == self.user), cases[0])
        window = self.open(user_for(case))
        dock = window.case_docks[dock_name]
        self.wait_listed(dock, case["id"])
        return dock, dock.model.case_by_id(case["id"])

    def wait_listed(self, dock, case_id: str) -> None:
        """The case reaches the panel (an action elsewhere, the change feed)."""
        self.qtbot.waitUntil(lambda: dock.model.row_of(case_id) >= 0, timeout=WAIT_MS)

    # --- acting ----------------------------------------------------------------------------

    def wander(self, dock, case_id: str) -> None:
        """Look at another case first (a row), then come back by the case's pin on the map;
        the whole window must follow each step."""
        window, qtbot = self.window, self.qtbot
        _show_all(dock)
        others = [dock.proxy.index(r, 0).data(Qt.UserRole + 1) for r in range(dock.proxy.rowCount())]
        others = [o for o in others if o != case_id]
        if others:
            other = others[len(self.done) % len(others)]
            _click_row(qtbot, dock, other)
            self.assert_selected(dock, dock.model.case_by_id(other))
        else:  # the only case of its panel: look at another case of the city (search box)
            other = next(c for c in self.sv.queries.list(open_only=True, limit=50)
                         if c["id"] != case_id)
            window.select_case(other["id"])
            assert window.detail_dock.case["id"] == other["id"]
            assert dock.current_case_id() != case_id
        case = dock.model.case_by_id(case_id)
        if _click_pin(qtbot, window, case):
            self.pins += 1
        else:
            _click_row(qtbot, dock, case_id)
        assert dock.current_case_id() == case_id
        self.assert_selected(dock, dock.current_case())

    def assert_selected(self, dock, case: dict) -> None:
        """The row, the detail, the map highlight and the buttons' label agree on ``case``."""
        window = self.window
        assert dock.current_case_id() == case["id"]
        shown = window.detail_dock.case
        assert shown is not None and shown["id"] == case["id"], "the detail shows another case"
        assert shown["version"] == case["version"]
        xy = _highlighted_xy(window)
        assert xy is not None and abs(xy[0] - case["x"]) < 0.5 and abs(xy[1] - case["y"]) < 0.5, \
            "the map highlights another place"
        target = dock.target_label.text()
        assert case["code"] in target and str(case["version"]) in target

    def act(self, dock, case_id: str, action: str, fill=None, also=()) -> dict:
        """Select, fill the panel's inputs (``fill(dock)``), click the action's button and
        check that the database says what the window says. ``also``: other cases the action
        changes on purpose (the original of a merge)."""
        self.touched.add(case_id)
        self.wander(dock, case_id)
        if fill is not None:
            fill(dock)
            # filling in never moves the selection
            assert dock.current_case_id() == case_id
        before = self.versions()
        refreshes = len(self.window.city_map.calls["refresh_tables"])
        _click(self.qtbot, dock, action)
        doc = self.sv.queries.show(case_id)
        assert doc["version"] == before[case_id] + 1, \
            f"{action} on {doc['code']} was not applied: {_message_texts(self.window)}"
        self.check_window(dock, doc, action)
        # the map repaints the cases (the pin's stage and light), from the change feed
        calls = self.window.city_map.calls["refresh_tables"]
        self.qtbot.waitUntil(lambda: any("case_file" in set(args[0]) for args in calls[refreshes:]),
                             timeout=WAIT_MS)
        after = self.versions()
        changed = {k for k in after if after[k] != before.get(k)}
        assert changed == {case_id, *also}, "another case changed with this action"
        assert set(after) == set(before), "a case appeared or vanished"
        self.done.append((self.user, action, doc["code"]))
        return doc

    def check_window(self, dock, doc: dict, action: str) -> None:
        """The window shows the database's case: where it is still listed it stays selected
        (row, detail, map), where it left every panel nothing is selected instead."""
        window = self.window
        holders = [d for d in window.case_docks.values() if d.model.row_of(doc["id"]) >= 0]
        for d in holders:
            row = d.model.case_by_id(doc["id"])
            assert (row["state"], row["version"], row.get("department")) == \
                (doc["state"], doc["version"], doc.get("department")), f"the row of {d.objectName()}"
            if "state" in d.columns:
                # the state, and what waits on it (· postponement requested, ...)
                assert _display(d, doc["id"], "state").startswith(labels.state(doc["state"]))
            if "department" in d.columns:
                assert _display(d, doc["id"], "department") == window.ctx.department_name(doc.get("department"))
        if holders:
            selected = [d for d in holders if d.current_case_id() == doc["id"]]
            assert selected, "the acted case is listed but not selected"
            assert all(d.current_case_id() in (doc["id"], None) for d in window.case_docks.values())
            for d in selected:
                self.assert_selected(d, d.current_case())
            detail = window.detail_dock
            assert (detail.case["state"], detail.case["version"], detail.case.get("department")) == \
                (doc["state"], doc["version"], doc.get("department"))
            assert detail.values["state"].text() == labels.state(doc["state"])
            assert detail.values["version"].text() == str(doc["version"])
            assert detail.values["department"].text() == \
                (window.ctx.department_name(doc.get("department")) or "—")
        else:  # it left this user's panels: nothing else took its place
            assert window.detail_dock.case is None
            assert _highlighted_xy(window) is None
            for d in window.case_docks.values():
                assert d.current_case_id() is None
                assert not any(b.isEnabled() for b in d.buttons.values())
        texts = _message_texts(window)
        assert any(doc["code"] in t and f"→ {doc['version']}" in t and labels.state(doc["state"]) in t
                   and labels.action(action) in t for t in texts), texts

    def reason(self, text: str):
        """A ``fill`` that types the reason or note into the panel's field."""
        return lambda dock: _type(self.qtbot, dock.reason_edit, text)

    # --- the field (mobile client) -----------------------------------------------------------

    def field(self, dock, case_id: str, action: str, result: str) -> dict:
        """The inspector's answer from the street, with a photo; the open window follows."""
        case = self.sv.queries.show(case_id)
        inspector = self.sv.auth.actor(case.get("ordered_inspector") or case["inspector"])
        selected = dock.current_case_id() == case_id
        before = self.versions()
        photo = Photo.from_path(_photo(self.tmp, f"{action}-{case['code']}.png", "#3366aa"))
        doc = self.sv.cases.act(inspector, case_id, action, result=result, photos=[photo],
                                expect_version=case["version"])
        after = self.versions()
        assert {k for k in after if after[k] != before.get(k)} == {case_id}
        # the change feed brings it to the window: the row, and the detail if shown
        self.qtbot.waitUntil(lambda: (dock.model.case_by_id(case_id) or {}).get("version") == doc["version"],
                             timeout=WAIT_MS)
        if selected:  # the user was looking at it: it stays selected, the detail follows
            detail = self.window.detail_dock
            self.qtbot.waitUntil(lambda: (detail.case or {}).get("version") == doc["version"],
                                 timeout=WAIT_MS)
            self.assert_selected(dock, dock.current_case())
            shown = detail.values["verification" if action == "submit_verification" else "check"]
            assert shown.text() == labels.check_result(result)
            assert detail.case["state"] == doc["state"]
        return self.sv.queries.show(case_id)


@pytest.fixture
def day(qtbot, make_window, services, tmp_path) -> Day:
    return Day(qtbot, make_window, services, tmp_path)


def unverified(c: dict) -> bool:
    return (c["source"] in NON_INSPECTOR_SOURCES and c["level"] == "district"
            and bool(c.get("verification_required")) and not c.get("verification_result"))


def fileable(c: dict) -> bool:
    return c["level"] == "district" and (not c.get("verification_required")
                                         or c.get("verification_result") == "passed")


# --- the supervision center's morning ---------------------------------------------------------


def test_supervision_center_morning(day, qtbot, services):
    """受理员: orders a verification naming the inspector, the inspector answers from the street,
    files the verified report and an inspector's own, rejects a report the inspector found
    untrue, escalates a hard one, registers a public call that duplicates a demo case and
    escalates it; 值班长: files and rejects escalated cases, merges the duplicate into its
    original and transfers a case to the city."""
    # 受理员: a public/system/video report waits for its verification order
    dock, case = day.take("acceptor", "acceptance", ["reported"], unverified)
    # the queue says which reports wait for their verification, which are verified
    assert _display(dock, case["id"], "state") == f"{labels.state('reported')} · to verify"
    district = day.center_of(case)
    others = [n for n in day.inspectors_of(district) if n != case["inspector"]]
    chosen = others[0] if others else case["inspector"]

    def order(d):
        combo = d.inspector_combo
        assert combo.isEnabled() and combo.currentData() == case["inspector"], \
            "the cell's inspector is proposed"
        combo.setCurrentIndex(combo.findData(chosen))
    doc = day.act(dock, case["id"], "request_verification", order)
    assert doc["state"] == "verifying" and doc["ordered_inspector"] == chosen
    # the detail names who was sent, not only the cell's inspector
    assert chosen in day.window.detail_dock.values["inspector"].text()

    # the inspector named in the order answers from the street, with a photo
    doc = day.field(dock, case["id"], "submit_verification", "passed")
    assert doc["state"] == "reported" and doc["verification_result"] == "passed"
    assert doc["history"][-1]["actor"] == chosen
    assert _display(dock, case["id"], "state") == f"{labels.state('reported')} · verified"
    doc = day.act(dock, case["id"], "file")
    assert doc["state"] == "filed"

    # an inspector's own report is filed without verification
    dock, case = day.take("acceptor", "acceptance", ["reported"],
                          lambda c: c["source"] == "inspector" and c["level"] == "district")
    assert day.act(dock, case["id"], "file")["state"] == "filed"

    # a report the inspector found untrue: 不受理 with a reason
    dock, case = day.take("acceptor", "acceptance", ["reported"],
                          lambda c: c.get("verification_result") == "failed" and c["level"] == "district")
    assert _display(dock, case["id"], "state") == f"{labels.state('reported')} · verification failed"
    assert not dock.buttons["file"].isEnabled() or dock.current_case_id() != case["id"]
    doc = day.act(dock, case["id"], "reject", day.reason("核实不属实"))
    assert doc["state"] == "rejected" and "核实不属实" in (doc["history"][-1]["note"] or "")

    # a hard one goes to the shift leader
    dock, case = day.take("acceptor", "acceptance", ["reported"],
                          lambda c: fileable(c) and c["district_code"] == HOME)
    escalated = day.act(dock, case["id"], "escalate", day.reason("权属不清，请值班长裁定"))
    assert escalated["state"] == "adjudicating"

    # a call from the public about a demo case's problem, through the form: a duplicate
    window = day.open(day.staff("acceptor", HOME))
    original = next(c for c in day.demo_cases(["dispatched"], lambda c: c["district_code"] == HOME
                                              and c["level"] == "district"))
    form = window.report_form()
    window.case_docks["acceptance"].show_form()
    form.source_combo.setCurrentIndex(form.source_combo.findData("public"))
    form.set_class(original["kind"], original["class_code"])
    form.set_location(original["x"] + 3, original["y"] + 2)
    qtbot.waitUntil(lambda: form.duplicates_list.count() >= 1, timeout=WAIT_MS)
    assert any(original["code"] in form.duplicates_list.item(i).text()
               for i in range(form.duplicates_list.count()))
    _type(qtbot, form.description_edit, "市民来电：同一处问题")
    _type(qtbot, form.caller_name_edit, "王女士")
    qtbot.keyClicks(form.caller_phone_edit, "13800000000")
    before = day.versions()
    qtbot.mouseClick(form.register_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(day.versions()) == len(before) + 1, timeout=WAIT_MS)
    new_id = next(k for k in day.versions() if k not in before)
    assert {k for k, v in day.versions().items() if before.get(k, v) != v} == set()
    call = services.queries.show(new_id)
    assert call["state"] == "reported" and call["source"] == "public"
    assert window.detail_dock.shown_case_id() == new_id
    assert not form.has_unsaved_input(), "the form is ready for the next call"
    dock = window.case_docks["acceptance"]
    dock.tabs.setCurrentIndex(0)
    duplicate = day.act(dock, new_id, "escalate", day.reason(f"疑似与{original['code']}重复"))
    assert duplicate["state"] == "adjudicating"

    # 值班长: escalated cases in the queue
    window = day.open(day.staff("shift_leader", HOME))
    dock = window.case_docks["adjudication"]
    day.wait_listed(dock, escalated["id"])
    assert day.act(dock, escalated["id"], "file")["state"] == "filed"
    dock, case = day.take("shift_leader", "adjudication", ["adjudicating"],
                          lambda c: c["level"] == "district")
    doc = day.act(dock, case["id"], "reject", day.reason("不属于城市管理范围"))
    assert doc["state"] == "rejected"

    # the duplicate joins its original (its reporter and photos move over): back at the home
    # district's shift leader (the rejected case may have been another district's)
    dock = day.open(day.staff("shift_leader", HOME)).case_docks["adjudication"]
    day.wait_listed(dock, new_id)

    def into(d):  # the original, chosen among the case's possible duplicates
        assert d.duplicates_combo.isEnabled() and d.duplicates_combo.findData(original["code"]) > 0
        assert d.choose_original(original["code"]) and d.into_edit.text() == original["code"]
    merged = day.act(dock, new_id, "merge", into, also=(original["id"],))
    assert merged["state"] == "merged" and merged["merged_into"] == original["code"]
    assert services.queries.show(original["id"])["version"] == original["version"] + 1

    # a case beyond the district's powers goes to the city
    dock, case = day.take("shift_leader", "adjudication", ["filed"],
                          lambda c: c["level"] == "district" and c["source"] == "inspector")
    doc = day.act(dock, case["id"], "transfer_to_city", day.reason("跨区域，需市级协调"))
    assert doc["state"] == "adjudicating" and doc["level"] == "city"
    assert day.pins > 0, "no selection came back through the map"


# --- the city center sends cases down; the district files and dispatches them -----------------


def _city_up(c: dict) -> bool:
    """A city-level case the district may file once it is sent down."""
    return c["level"] == "city" and fileable({**c, "level": "district"})


def test_city_center_sends_cases_down(day, qtbot, services):
    """市值班长 sends an escalated city case down to its district; 市派遣员's 待派遣 holds only
    what the city dispatches or sends down (not the districts' filed cases: no bypassing a
    district center), and sends a filed city case down."""
    dock, up = day.take("shift_leader", "adjudication", ["adjudicating"], _city_up)
    assert day.user == "city_shift_leader"
    doc = day.act(dock, up["id"], "transfer_to_district", day.reason("属区级事权"))
    assert doc["state"] == "reported" and doc["level"] == "district"
    assert doc["district_code"] == up["district_code"]

    dock, filed = day.take("dispatcher", "dispatch", ["filed"], lambda c: c["level"] == "city")
    assert day.user == "city_dispatcher"
    dock.view_combo.setCurrentIndex(0)  # 待派遣
    to_dispatch = [dock.proxy.index(r, 0).data(Qt.UserRole + 1) for r in range(dock.proxy.rowCount())]
    assert filed["id"] in to_dispatch
    levels = {dock.model.case_by_id(i)["level"] for i in to_dispatch}
    assert levels == {"city"}, "the city's 待派遣 lists district cases it may not dispatch"
    assert any(dock.model.case(r)["state"] == "filed" and dock.model.case(r)["level"] == "district"
               for r in range(dock.model.rowCount())), "the demo has district cases filed"

    def send_down(d):
        # it could go to a city department; the district's are not offered for a city case,
        # and a suggestion that is not among them preselects none (never the list's first)
        offered = [d.department_combo.itemData(i) for i in range(d.department_combo.count())]
        assert offered and all(code.startswith("city-") for code in offered)
        suggested = d.current_case()["suggested_department"]
        assert d.department_combo.currentData() == (suggested if suggested in offered else None)
        _type(qtbot, d.reason_edit, "由区指挥中心派遣")
    doc = day.act(dock, filed["id"], "transfer_to_district", send_down)
    assert doc["state"] == "filed" and doc["level"] == "district"
    assert day.pins > 0


def test_the_district_takes_over_what_the_city_sent_down(day, qtbot, services):
    """The district's acceptor files what the city shift leader sent down, its dispatcher
    dispatches both cases the city sent down to the suggested departments."""
    up = day.demo_cases(["adjudicating"], _city_up)[0]
    filed = day.demo_cases(["filed"], lambda c: c["level"] == "city")[0]
    services.cases.act(services.auth.actor("city_shift_leader"), up["id"], "transfer_to_district",
                       reason="属区级事权")
    services.cases.act(services.auth.actor("city_dispatcher"), filed["id"], "transfer_to_district",
                       reason="由区指挥中心派遣")
    window = day.open(day.staff("acceptor", Day.center_of(services.queries.show(up["id"]))))
    dock = window.case_docks["acceptance"]
    day.wait_listed(dock, up["id"])
    assert day.act(dock, up["id"], "file")["state"] == "filed"
    for case_id in (up["id"], filed["id"]):
        window = day.open(day.staff("dispatcher", Day.center_of(services.queries.show(case_id))))
        dock = window.case_docks["dispatch"]
        day.wait_listed(dock, case_id)
        row = dock.model.case_by_id(case_id)

        def suggested(d, row=row):
            assert d.department_combo.currentData() == row["suggested_department"]
        doc = day.act(dock, case_id, "dispatch", suggested)
        assert doc["state"] == "dispatched" and doc["department"] == row["suggested_department"]


# --- the command center and the departments ----------------------------------------------------


def _plain_dispatched(c: dict) -> bool:
    return (c["level"] == "district" and not c.get("return_requested")
            and not c.get("postponement_requested_until") and not c.get("urge_pending"))


def test_command_center_and_departments(day, qtbot, services, tmp_path):
    """派遣员: dispatches to the suggested department, approves and denies returns, recalls,
    accepts and sends back results, urges; 指挥长: approves and denies postponements, parks
    and resumes; 专业部门: reports done with a photo, returns, asks for more time, answers 督办."""
    # 派遣员
    dock, case = day.take("dispatcher", "dispatch", ["filed"], lambda c: c["level"] == "district")

    def suggested(d, case=case):
        assert d.department_combo.isEnabled()
        assert d.department_combo.currentData() == case["suggested_department"]
    doc = day.act(dock, case["id"], "dispatch", suggested)
    assert doc["state"] == "dispatched" and doc["department"] == case["suggested_department"]

    # 代处理: another department than the responsible one, marked as such
    dock, case = day.take("dispatcher", "dispatch", ["filed"], lambda c: c["level"] == "district")

    def on_behalf(d, case=case):
        assert not d.proxy_check.isEnabled(), "代处理 offered for the responsible department"
        combo = d.department_combo
        other = next(i for i in range(combo.count()) if combo.itemData(i) != case["suggested_department"])
        combo.setCurrentIndex(other)
        assert d.proxy_check.isEnabled()
        d.proxy_check.setChecked(True)
    doc = day.act(dock, case["id"], "dispatch", on_behalf)
    assert doc["state"] == "dispatched" and doc["proxy_handling"]
    assert doc["department"] != case["suggested_department"]
    timeline = day.window.detail_dock.timeline
    last = timeline.topLevelItem(timeline.topLevelItemCount() - 1)
    assert last.text(1) == labels.action("dispatch") and day.window.ctx.department_name(doc["department"]) in last.text(4)
    assert not dock.proxy_check.isEnabled() and not dock.proxy_check.isChecked()

    dock, case = day.take("dispatcher", "dispatch", ["dispatched"], lambda c: bool(c.get("return_requested")))
    doc = day.act(dock, case["id"], "approve_return")
    assert doc["state"] == "filed" and doc["department"] is None

    dock, case = day.take("dispatcher", "dispatch", ["dispatched"], lambda c: bool(c.get("return_requested")))
    doc = day.act(dock, case["id"], "deny_return", day.reason("属你单位职责，请处置"))
    assert doc["state"] == "dispatched" and doc["department"] == case["department"]
    assert not doc.get("return_requested")

    dock, case = day.take("dispatcher", "dispatch", ["dispatched"], _plain_dispatched)
    doc = day.act(dock, case["id"], "recall", day.reason("派错单位，改派"))
    assert doc["state"] == "filed" and doc["department"] is None

    dock, case = day.take("dispatcher", "dispatch", ["handled"], lambda c: c["level"] == "district")
    assert day.act(dock, case["id"], "accept_result")["state"] == "awaiting_check"
    dock, case = day.take("dispatcher", "dispatch", ["handled"], lambda c: c["level"] == "district")
    doc = day.act(dock, case["id"], "reject_result", day.reason("处置不彻底"))
    assert doc["state"] == "dispatched" and doc["department"] == case["department"]
    assert doc["deadline"] == case["handle_deadline"], "back on its original handling deadline"

    dock, case = day.take("dispatcher", "dispatch", ["dispatched"], _plain_dispatched)
    doc = day.act(dock, case["id"], "urge", day.reason("请尽快处置"))
    assert doc["urge_pending"] and doc["state"] == "dispatched"

    # 指挥长
    dock, case = day.take("commander", "dispatch", ["dispatched"],
                          lambda c: bool(c.get("postponement_requested_until")))
    doc = day.act(dock, case["id"], "approve_postponement")
    assert not doc.get("postponement_requested_until")
    # the handling deadline becomes the date the department asked for
    assert datetime.fromisoformat(doc["deadline"]) == datetime.fromisoformat(case["postponement_requested_until"])
    assert day.window.detail_dock.values["deadline"].text() == \
        datetime.fromisoformat(doc["deadline"]).astimezone(day.window.ctx.zone).strftime("%Y-%m-%d %H:%M")
    dock, case = day.take("commander", "dispatch", ["dispatched"],
                          lambda c: bool(c.get("postponement_requested_until")))
    doc = day.act(dock, case["id"], "deny_postponement")
    assert not doc.get("postponement_requested_until") and doc["deadline"] == case["deadline"]

    dock, case = day.take("commander", "dispatch", ["dispatched"], _plain_dispatched)
    assert day.act(dock, case["id"], "suspend", day.reason("待汛期结束"))["state"] == "suspended"
    dock, case = day.take("commander", "dispatch", ["suspended"], lambda c: c["level"] == "district")
    assert day.act(dock, case["id"], "resume")["state"] == "dispatched"
    dock, case = day.take("commander", "dispatch", ["dispatched"], _plain_dispatched)
    doc = day.act(dock, case["id"], "urge", day.reason("指挥长督办"))
    assert doc["urge_pending"]

    # 专业部门: the department of the most open demo cases works its queue
    dock, case = day.take("department", "handling", ["dispatched"], lambda c: bool(c.get("urge_pending")))
    doc = day.act(dock, case["id"], "answer_urge", day.reason("已安排人员，今日完成"))
    assert not doc["urge_pending"]

    dock, case = day.take("department", "handling", ["dispatched"], _plain_dispatched)
    photo = _photo(tmp_path, "done.png", "#33aa33")

    def done(d):
        _type(qtbot, d.reason_edit, "已清理完毕")
        d.set_photos([photo])
    doc = day.act(dock, case["id"], "report_done", done)
    assert doc["state"] == "handled"
    assert [p["kind"] for p in doc["photos"]].count("handling") == 1

    dock, case = day.take("department", "handling", ["dispatched"], _plain_dispatched)

    asked = []

    def postpone(d):
        _type(qtbot, d.reason_edit, "需协调施工单位")
        assert d.until() > datetime.now(d.ctx.zone)
        asked.append(d.until_edit.dateTime().toString("yyyy-MM-dd HH:mm"))
    doc = day.act(dock, case["id"], "request_postponement", postpone)
    assert doc["postponement_requested_until"]
    # the detail shows the date asked for, in the center's time, as it was typed
    assert day.window.detail_dock.values["postponement"].text() == asked[0]

    dock, case = day.take("department", "handling", ["dispatched"], _plain_dispatched)
    doc = day.act(dock, case["id"], "return", day.reason("不属本单位职责"))
    assert doc["state"] == "dispatched" and doc["return_requested"]
    # waiting for the dispatcher: neither returned again nor reported done meanwhile
    assert _display(dock, case["id"], "state") == f"{labels.state('dispatched')} · return requested"
    assert not dock.buttons["return"].isEnabled() and not dock.buttons["report_done"].isEnabled()
    assert day.pins > 0


# --- the closing of the day: inspections, closures, arbitration --------------------------------


def test_closing_of_the_day(day, qtbot, services):
    """受理员: orders the inspection naming the inspector (who answers from the street), closes a
    case whose inspection passed, orders rework of a failed one, escalates a closure; 值班长:
    arbitrates the escalated closure and one the demo left waiting."""
    dock, case = day.take("acceptor", "closure", ["awaiting_check"], lambda c: c["level"] == "district")
    district = day.center_of(case)
    others = [n for n in day.inspectors_of(district) if n != case["inspector"]]
    chosen = others[0] if others else case["inspector"]

    def order(d):
        combo = d.inspector_combo
        assert combo.isEnabled() and combo.currentData() == case["inspector"]
        combo.setCurrentIndex(combo.findData(chosen))
    doc = day.act(dock, case["id"], "request_check", order)
    assert doc["state"] == "checking" and doc["ordered_inspector"] == chosen
    assert chosen in day.window.detail_dock.values["inspector"].text()
    doc = day.field(dock, case["id"], "submit_check", "passed")
    assert doc["check_result"] == "passed"

    def normal(d):
        d.close_type_combo.setCurrentIndex(d.close_type_combo.findData("normal"))
    doc = day.act(dock, case["id"], "close", normal)
    assert doc["state"] == "closed" and doc["close_type"] == "normal"

    dock, case = day.take("acceptor", "closure", ["checking"], lambda c: c.get("check_result") == "passed")
    assert day.act(dock, case["id"], "close", normal)["state"] == "closed"

    dock, case = day.take("acceptor", "closure", ["checking"], lambda c: c.get("check_result") == "failed")
    doc = day.act(dock, case["id"], "rework", day.reason("核查未通过，返工"))
    assert doc["state"] == "filed" and doc["rework_count"] == case["rework_count"] + 1

    dock, case = day.take("acceptor", "closure", ["checking"], lambda c: c.get("check_result") == "failed")
    arbitrate = day.act(dock, case["id"], "escalate", day.reason("部门对核查结果有异议"))
    assert arbitrate["state"] == "arbitrating"

    # 值班长: the escalated closure, and one the demo left waiting
    window = day.open(day.staff("shift_leader", day.center_of(arbitrate)))
    dock = window.case_docks["closure"]
    day.wait_listed(dock, arbitrate["id"])
    doc = day.act(dock, arbitrate["id"], "rework", day.reason("裁定返工"))
    assert doc["state"] == "filed"
    dock, case = day.take("shift_leader", "closure", ["arbitrating"], lambda c: c.get("check_result") == "passed")
    assert day.act(dock, case["id"], "close", normal)["state"] == "closed"
    assert day.pins > 0


def test_a_department_asks_for_more_time_once(day, qtbot):
    """专业部门: while its postponement request waits for the commander, 申请延期 is not offered."""
    dock, case = day.take("department", "handling", ["dispatched"],
                          lambda c: bool(c.get("postponement_requested_until")))
    _click_row(qtbot, dock, case["id"])
    assert dock.buttons["report_done"].isEnabled()
    assert not dock.buttons["request_postponement"].isEnabled(), "a second request is offered"
