#!/usr/bin/env bash
# Painting latency and memory (bench_painting.cpp), how late the GUI thread gets while
# 8000x8000 images open, autosave and meet the assisted tools (bench_big_image.cpp), and
# while live mode trains as strokes are painted (bench_live_latency.cpp). Under Xvfb when
# there is no display.
#   run_painting_bench.sh [side of the big images, default 8000]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bins=${BENCH_BIN_DIR:-$here/../../build/release/tests/bench}
export SEGSTUDIO_LANG=en
export XDG_CONFIG_HOME=$(mktemp -d)  # never the user's settings (recent projects, layout)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
run() { "$here/with_display.sh" "$@"; }
run "$bins/bench_painting"
run "$bins/bench_big_image" "${1:-8000}"
run "$bins/bench_live_latency" 10
