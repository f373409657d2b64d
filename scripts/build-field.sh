#!/usr/bin/env bash
# 城管通 (console/field/): install its npm libraries exactly as locked (npm ci) and bundle what
# the page loads into console/field/vendor/ (gitignored). The page never loads anything from
# the internet at run time: OpenLayers is served by the center's own server.
set -euo pipefail
cd "$(dirname "$0")/../console/field"
command -v npm >/dev/null || { echo "build-field: npm is missing (Node.js 20+ needed)" >&2; exit 1; }
npm ci --no-audit --no-fund --loglevel=error
rm -rf vendor.tmp && mkdir -p vendor.tmp
npx --no-install esbuild src/ol-entry.js --bundle --format=esm --minify --target=es2020 \
    --legal-comments=eof --log-level=warning --outfile=vendor.tmp/ol.js
cp node_modules/ol/ol.css vendor.tmp/ol.css
cp node_modules/ol/LICENSE.md vendor.tmp/ol-LICENSE.md
rm -rf vendor && mv vendor.tmp vendor
echo "build-field: console/field/vendor/ ($(du -sh vendor | cut -f1))"
