"""docs/screenshots/statistics-dock.png: the 综合评价 dock of a leader with its table and
charts, and the map's communities coloured by their composite score.

    .venv/bin/python scripts/statistics_dock_screenshot.py --db URL [--out FILE] [--size 1920x1080]

Offscreen; logs in as the demo ``leader`` (password ``demo1234``); changes nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from console.widgets.screenshots import pump_events  # noqa: E402  (after the path)


def shoot(db_url: str, out: Path, width: int, height: int, user: str = "leader",
          password: str = "demo1234") -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.PyQt.QtCore import QRect, QSettings

    from console.maps.city_map import CityMap
    from console.services.app import open_services
    from console.widgets.i18n import install_translator
    from console.widgets.launcher import _application
    from console.widgets.main_window import MainWindow

    app, _created = _application()
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    install_translator(app, "zh_CN")
    services = open_services(db_url)
    actor = services.auth.authenticate(user, password)
    city_map = CityMap(db_url)
    window = MainWindow(services, actor, city_map)
    window.setGeometry(QRect(0, 0, width, height))
    window.show()
    pump_events(app, 15, lambda: all(d.loaded_once for d in window.case_docks.values()))
    dock = window.statistics_dock
    dock.show()
    dock.raise_()
    today = datetime.now(window.ctx.zone).date()
    dock.set_period(today - timedelta(days=120), today)
    pump_events(app, 30, lambda: dock.answer is not None and not dock.is_loading())
    # the communities of the city, worst first, coloured on the map by their score
    dock.set_dimension("community")
    pump_events(app, 30, lambda: dock.answer is not None and dock.answer.request.by == "community"
          and not dock.is_loading())
    city_map.zoom_to_city()
    pump_events(app, 6, lambda: not city_map.canvas.isDrawing())
    pump_events(app, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    window.close()
    services.close()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default=str(ROOT / "docs/screenshots/statistics-dock.png"))
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    print(shoot(args.db, Path(args.out), width, height))
    return 0


if __name__ == "__main__":
    sys.exit(main())
