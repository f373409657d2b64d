#!/usr/bin/env bash
# Benchmarks print figures; none asserts a timing.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
for b in bench/bench_*.py; do
  echo "== $b"
  .venv/bin/python "$b" "$@"
done
