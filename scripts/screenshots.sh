#!/usr/bin/env bash
# Screenshots of the main window per role (acceptor, shift_leader, dispatcher, commander,
# department, leader, gis, wall; each at 1366×768 and 1920×1080: window_<role>_<W>x<H>.png), the
# leader's statistics dock (statistics-dock.png) and
# of the map at city and street scale, on the city-scale demo (built once into var/), written
# to docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
DB="sqlite:///$PWD/var/screenshots-city.sqlite"
mkdir -p var docs/screenshots
if [ ! -f var/screenshots-city.ok ]; then
  rm -f var/screenshots-city.sqlite
  .venv/bin/console demo --scale city --seed 1 --db "$DB" >/dev/null
  touch var/screenshots-city.ok
fi
.venv/bin/console db upgrade --db "$DB" >/dev/null
.venv/bin/python -m console.maps.map_screenshots --db "$DB" --out docs/screenshots
.venv/bin/python -m console.widgets.screenshots --db "$DB" --out docs/screenshots --lang zh_CN
.venv/bin/python scripts/statistics_dock_screenshot.py --db "$DB" --out docs/screenshots/statistics-dock.png
ls -1 docs/screenshots
