#!/usr/bin/env bash
# The console on the embedded demo city (built on first run into the default SpatiaLite file).
set -euo pipefail
cd "$(dirname "$0")/.."
CONSOLE=.venv/bin/console
$CONSOLE db upgrade >/dev/null  # an older database is migrated, a new one gets its schema
if ! $CONSOLE case list --limit 1 --json 2>/dev/null | grep -q '"code"'; then
  echo "building the demo city (first run)..."
  $CONSOLE demo --scale "${DEMO_SCALE:-small}" --seed 1 >/dev/null
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "no display: starting the console on a virtual screen (xvfb-run)" >&2
  exec xvfb-run -a -s "-screen 0 1920x1080x24" $CONSOLE run "$@"
fi
exec $CONSOLE run "$@"
