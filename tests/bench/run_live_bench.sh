#!/usr/bin/env bash
# Live mode: from the end of a stroke to the refreshed prediction on screen on a 512x512
# image, with the GUI thread's lateness meanwhile (bench_live_latency, under Xvfb when there
# is no display); then the demo's validation mIoU as scripted scribbles accumulate, minute by
# minute (bench_live_learning).
#   tests/bench/run_live_bench.sh [minutes, default 10] [images per minute, default 6]
#                                 [share of pixels scribbled, default 0.05]
# Threads: SEG_BENCH_THREADS (default: all cores). Needs an otherwise idle machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${SEG_BUILD:-$here/../../build/release}
bins=$build/tests/bench
export SEGSTUDIO_LANG=en
work=$(mktemp -d)
export XDG_CONFIG_HOME=$work/settings  # never the user's settings (recent projects, layout)
trap 'rm -rf "$work"' EXIT
"$here/with_display.sh" "$bins/bench_live_latency" 20
"$build/app/segstudio-cli" demo --out "$work/demo" >/dev/null
"$bins/bench_live_learning" "$work/demo" "${1:-10}" "${2:-6}" "${3:-0.05}" \
  "${SEG_BENCH_THREADS:-0}"
