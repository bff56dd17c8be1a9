#!/usr/bin/env bash
# The soak (bench_soak.cpp): training on the demo project with the window open, one line of
# memory, file handles and GUI lateness per minute. Under Xvfb when there is no display.
#   run_soak.sh [minutes, default 60] [training threads, default 1] [epochs per run]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${BENCH_BIN:-$here/../../build/release/tests/bench/bench_soak}
export SEGSTUDIO_LANG=en
export XDG_CONFIG_HOME=$(mktemp -d)  # never the user's settings
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
"$here/with_display.sh" "$bin" "$@"
