#!/usr/bin/env bash
# Painting latency and memory (see bench_painting.cpp). Under Xvfb when there is no display.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${BENCH_BIN:-$here/../../build/release/tests/bench/bench_painting}
export SEGSTUDIO_LANG=en
if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$bin"
fi
exec "$bin"
