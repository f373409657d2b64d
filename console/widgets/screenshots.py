"""Screenshots of the main window per role, for the README and for looking before release.

    python -m console.widgets.screenshots --db URL --out docs/screenshots [--lang zh_CN]
        [--password demo1234] [--size 1366x768,1920x1080] [--roles acceptor,wall]

Runs offscreen (sets ``QT_QPA_PLATFORM=offscreen`` unless a platform is chosen) and writes
``window_<role>_<W>x<H>.png`` for each role whose demo user exists and each size (the two
screens a center's workstations have: 1366×768 and 1920×1080). Logs in with the demo users'
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
    ("gis", "gis"),
    ("wall", "wall"),
)
SIZES = ((1366, 768), (1920, 1080))


def pump_events(app, seconds: float, until=None) -> None:
    """Run the event loop for up to ``seconds``, or until ``until()`` holds."""
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
         sizes=SIZES, roles=None) -> list[Path]:
    """Write one PNG per role and size into ``out``; returns the files written."""
    from qgis.PyQt.QtCore import QSettings

    from console.services.app import open_services
    from console.widgets.i18n import install_translator, remove_translators
    from console.widgets.launcher import _application

    app, created = _application()
    # a throw-away settings folder: no saved layout, the user's own settings untouched
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    translators = install_translator(app, language)
    services = open_services(db_url)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for role, user in ROLE_USERS:
            if roles and role not in roles:
                continue
            user = user or _department_user(services)
            if not user:
                continue
            try:
                actor = services.auth.authenticate(user, password)
            except Exception as exc:  # a center without this demo user
                print(f"skip {role}: {exc}", file=sys.stderr)
                continue
            for width, height in sizes:
                written.append(_shoot(app, services, db_url, actor, role, width, height, out))
    finally:
        services.close()
        remove_translators(app, translators)
        if created:
            app.exitQgis()
    return written


def _shoot(app, services, db_url, actor, role, width, height, out: Path) -> Path:
    from qgis.PyQt.QtCore import QRect

    from console.maps.city_map import CityMap
    from console.widgets.main_window import MainWindow

    wall = role == "wall"
    city_map = CityMap(db_url, video_wall=wall)
    window = MainWindow(services, actor, city_map, video_wall=wall)
    # as on a screen of that size: the window fills it (maximised, or full-screen on the wall)
    window.setGeometry(QRect(0, 0, width, height))
    window.resize(width, height)
    window.show()
    pump_events(app, 15, lambda w=window: all(d.loaded_once for d in w.case_docks.values()))
    city_map.zoom_to_city()
    docks = list(window.case_docks.values())
    if docks and docks[0].model.rowCount() and getattr(docks[0], "_views", None):
        # the first view that has cases (an empty 待派遣 says little on a screenshot)
        first = docks[0]
        for i, (_, predicate) in enumerate(first._views):
            if predicate is None or any(predicate(first.model.case(r)) for r in range(first.model.rowCount())):
                first.view_combo.setCurrentIndex(i)
                break
    if docks and docks[0].proxy.rowCount():
        # a click on the first row: the detail panel, the pin and the buttons show a case
        first = docks[0]
        index = first.proxy.index(0, 0)
        first.table.selectionModel().select(
            index, first.table.selectionModel().ClearAndSelect | first.table.selectionModel().Rows)
        first.table.setCurrentIndex(index)
    pump_events(app, 3)
    pump_events(app, 20, lambda m=city_map: not m.canvas.isDrawing())
    path = out / f"window_{role}_{width}x{height}.png"
    window.grab().save(str(path))
    window.close()
    window.deleteLater()
    pump_events(app, 0.2)
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--password", default=os.environ.get("CONSOLE_PASSWORD", "demo1234"))
    parser.add_argument("--size", default=",".join(f"{w}x{h}" for w, h in SIZES),
                        help="comma-separated WxH (default: 1366x768,1920x1080)")
    parser.add_argument("--roles", default="", help="comma-separated roles (default: all)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sizes = [tuple(int(v) for v in s.lower().split("x")) for s in args.size.split(",") if s]
    roles = [r for r in args.roles.split(",") if r] or None
    for path in take(args.db, Path(args.out), args.lang, args.password, sizes, roles):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
