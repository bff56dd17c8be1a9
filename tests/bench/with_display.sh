#!/usr/bin/env bash
# Runs a command that opens windows: as it is when there is a display, else under Xvfb.
#   tests/bench/with_display.sh <command> [argument ...]
set -euo pipefail
if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
fi
exec "$@"
