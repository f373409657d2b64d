"""Screenshots of the main window per role, for the README and for looking before release.

    python -m console.widgets.screenshots --db URL --out docs/screenshots [--lang zh_CN]
        [--password demo1234] [--size 1920x1080]

Runs offscreen (sets ``QT_QPA_PLATFORM=offscreen`` unless a platform is chosen) and writes
``window_<role>.png`` for each role whose demo user exists. Logs in with the demo users'
password (the demo prints it); nothing is changed in the database.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROLE_USERS = (
    ("acceptor", "acceptor"),
    ("shift_leader", "shift_leader"),
    ("dispatcher", "dispatcher"),
    ("commander", "commander"),
    ("department", None),  # the department user with the most open cases
    ("leader", "leader"),
    ("gis_technician", "gis"),
    ("video_wall", "wall"),
)


def _wait(app, seconds: float, until=None) -> None:
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if until is not None and until():
            return
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec_()


def _department_user(services) -> str | None:
    busy = Counter(c["department"] for c in services.queries.list(state="dispatched")
                   if c.get("department"))
    users = {u["department"]: u["name"] for u in services.auth.list_users() if u["department"]}
    for code, _ in busy.most_common():
        if code in users:
            return users[code]
    return None


def take(db_url: str, out: Path, language: str = "zh_CN", password: str = "demo1234",
         size: tuple[int, int] = (1920, 1080)) -> list[Path]:
    """Write one PNG per role into ``out``; returns the files written."""
    from qgis.PyQt.QtCore import QSettings

    from console.maps.city_map import CityMap
    from console.services.app import open_services
    from console.widgets.i18n import install_translator, remove_translators
    from console.widgets.launcher import _application
    from console.widgets.main_window import MainWindow

    app, created = _application()
    # a throw-away settings folder: no saved layout, the user's own settings untouched
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    translators = install_translator(app, language)
    services = open_services(db_url)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for role, user in ROLE_USERS:
            user = user or _department_user(services)
            if not user:
                continue
            try:
                actor = services.auth.authenticate(user, password)
            except Exception as exc:  # a center without this demo user
                print(f"skip {role}: {exc}", file=sys.stderr)
                continue
            wall = role == "video_wall"
            city_map = CityMap(db_url, video_wall=wall)
            window = MainWindow(services, actor, city_map, video_wall=wall)
            window.resize(*size)
            window.show()
            _wait(app, 15, lambda w=window: all(d.loaded_once for d in w.case_docks.values()))
            docks = list(window.case_docks.values())
            if docks and docks[0].proxy.rowCount():
                docks[0].table.selectRow(0)  # the detail panel and the pin show a case
            _wait(app, 3)
            _wait(app, 20, lambda m=city_map: not m.canvas.isDrawing())
            path = out / f"window_{role}.png"
            window.grab().save(str(path))
            written.append(path)
            window.close()
            window.deleteLater()
            _wait(app, 0.2)
    finally:
        services.close()
        remove_translators(app, translators)
        if created:
            app.exitQgis()
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--password", default=os.environ.get("CONSOLE_PASSWORD", "demo1234"))
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    width, height = (int(v) for v in args.size.lower().split("x"))
    for path in take(args.db, Path(args.out), args.lang, args.password, (width, height)):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
