"""Errors in the Chinese UI are Chinese, name no command-line flag, show local times and
names instead of codes, and never repeat their prefix (issue 7, defect 6)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from qgis.PyQt.QtCore import Qt

from console.domain.errors import AuthenticationFailed, ConsoleError, InvalidInput, PermissionDenied
from console.widgets.error_text import CODES, KIND_TEXTS, error_text

pytestmark = pytest.mark.gui

WAIT_MS = 10_000


def assert_chinese_sentence(text: str) -> None:
    assert text
    assert "--" not in text, text
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", text), f"ISO time in {text!r}"
    assert "+00:00" not in text, text
    latin = [w for w in re.findall(r"[A-Za-z][A-Za-z_]{2,}", text)]
    assert latin == [], f"English left in {text!r}"
    assert re.search(r"[\u4e00-\u9fff]", text), text


def test_every_code_and_kind_has_a_chinese_wording(chinese):
    for code in CODES:
        assert_chinese_sentence(error_text(ConsoleError("english detail --flag", code=code)))
    for kind in KIND_TEXTS:
        exc = ConsoleError("english detail --flag", code="a_code_nobody_knows")
        exc.kind = kind
        assert_chinese_sentence(error_text(exc))


def test_missing_reason_names_the_action_and_the_input_not_the_flag(chinese):
    exc = InvalidInput("reject needs a reason or note (--reason)", code="missing_input",
                       action="reject", missing=["reason"])
    text = error_text(exc)
    assert_chinese_sentence(text)
    assert "不受理" in text and "原因" in text


def test_a_lock_out_shows_beijing_time(chinese):
    until = datetime(2026, 11, 30, 23, 24, 27, tzinfo=UTC)
    exc = AuthenticationFailed(f"acceptor is locked until {until.isoformat()}",
                               code="account_locked", until=until.isoformat())
    text = error_text(exc)
    assert_chinese_sentence(text)
    assert "2026-12-01 07:24" in text  # UTC+8


def test_districts_by_name_when_the_panel_knows_them(chinese, services):
    from console.services.auth_service import AuthService  # noqa: F401  (services fixture)
    from console.widgets.case_dock import PanelContext

    ctx = PanelContext(services, services.auth.actor("acceptor"))
    exc = PermissionDenied("acceptor works in district 321202, the location is in 321203",
                           code="wrong_district", actor="acceptor", actor_district="321202",
                           location_district="321203")
    text = error_text(exc, ctx)
    assert_chinese_sentence(text)
    assert "海陵区" in text and "高港区" in text and "321202" not in text


def test_a_refused_action_in_the_panel_reads_as_chinese(qtbot, chinese, make_window, services):
    """不受理 without a reason, clicked in the acceptance panel on a demo report."""
    window = make_window("acceptor")
    dock = window.case_docks["acceptance"]
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0, timeout=WAIT_MS)
    target = None
    for row in range(dock.proxy.rowCount()):
        index = dock.proxy.index(row, 0)
        dock.table.scrollTo(index)
        qtbot.mouseClick(dock.table.viewport(), Qt.LeftButton, pos=dock.table.visualRect(index).center())
        if dock.buttons["reject"].isEnabled():
            target = dock.current_case()
            break
    if target is None:
        pytest.skip("no demo report the acceptor may reject")
    dock.reason_edit.clear()
    qtbot.mouseClick(dock.buttons["reject"], Qt.LeftButton)
    items = window.message_bar.items()
    assert items, "the refusal reaches the message bar"
    title, text = items[-1].title(), items[-1].text()
    assert target["code"] in title and str(target["version"]) in title
    assert_chinese_sentence(text)
    assert "原因" in text
    assert "登录失败" not in text and text.count("不受理") <= 1


def test_login_errors_are_not_doubled(qtbot, chinese, services):
    from console.widgets.login_dialog import LoginDialog

    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_edit.setText("acceptor")
    dialog.password_edit.setText("wrong-password")
    qtbot.mouseClick(dialog.login_button, Qt.LeftButton)
    text = dialog.error_label.text()
    assert text.count("登录失败") == 1, text
    assert "acceptor" not in text and "'" not in text
    assert_chinese_sentence(text)


def test_a_lock_out_in_the_login_dialog_reads_in_beijing_time(qtbot, chinese, services):
    from console.widgets.login_dialog import LoginDialog

    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_edit.setText("acceptor")
    for _ in range(6):
        dialog.password_edit.setText("wrong-password")
        qtbot.mouseClick(dialog.login_button, Qt.LeftButton)
    text = dialog.error_label.text()
    assert "锁定至" in text, text
    assert_chinese_sentence(text)
    assert text.count("登录失败") == 1
