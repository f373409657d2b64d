"""Which database `console run` opens, and that the window says so (issue 7, defect 4)."""

from __future__ import annotations

import sqlite3

import pytest

from console.widgets.launcher import launch, resolve_db_url
from console.widgets.login_dialog import database_name
from console.widgets.settings import ConsoleSettings
from tests.gui.drive import close_launched_window

pytestmark = pytest.mark.gui

PASSWORD = "demo1234"


def _copy(db_url: str, target) -> str:
    src, dst = sqlite3.connect(db_url[len("sqlite:///"):]), sqlite3.connect(target)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return f"sqlite:///{target}"


def test_precedence_option_environment_setting_default(monkeypatch, tmp_path):
    settings = ConsoleSettings()
    monkeypatch.delenv("CONSOLE_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert resolve_db_url(None, settings)[1] == "default"
    assert str(tmp_path / "data") in resolve_db_url(None, settings)[0]
    settings.db_url = "sqlite:////saved.sqlite"
    assert resolve_db_url(None, settings) == ("sqlite:////saved.sqlite", "settings")
    monkeypatch.setenv("CONSOLE_DB", "sqlite:////env.sqlite")
    assert resolve_db_url(None, settings) == ("sqlite:////env.sqlite", "environment")
    assert resolve_db_url("sqlite:////option.sqlite", settings) == ("sqlite:////option.sqlite", "option")


def test_database_names_carry_no_password():
    assert database_name("postgresql://console_app:s3cret@dbhost:5433/city") == "dbhost:5433/city"
    assert database_name("postgresql://?service=city") == "service=city"
    assert database_name("sqlite:////var/lib/console/center.sqlite") == "center.sqlite"


def test_console_db_wins_over_the_saved_setting_and_the_status_bar_names_it(
        qtbot, monkeypatch, db_url, tmp_path):
    saved = _copy(db_url, tmp_path / "saved.sqlite")
    chosen = _copy(db_url, tmp_path / "from-env.sqlite")
    ConsoleSettings().db_url = saved  # what the settings dialog stored months ago
    monkeypatch.setenv("CONSOLE_DB", chosen)
    seen = {}

    def look(window):
        seen["url"] = str(window.services.db.url)
        seen["label"] = window.db_label.text()
        seen["tooltip"] = window.db_label.toolTip()

    close_launched_window(look)
    assert launch(None, as_user="dispatcher", password=PASSWORD) == 0
    assert seen["url"].endswith("from-env.sqlite")
    assert "from-env.sqlite" in seen["label"] and "from-env.sqlite" in seen["tooltip"]
