#!/usr/bin/env bash
# GUI responsiveness: time to a shown window, and timer lateness on the GUI thread while a
# U-Net trains on the demo (the live charts updating). Runs under Xvfb when there is no
# display, offscreen never (it would not paint).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${BENCH_BIN:-$here/../../build/release/tests/bench/bench_gui_responsiveness}
seconds=${1:-30}
export SEGSTUDIO_LANG=en
if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$bin" "$seconds"
fi
exec "$bin" "$seconds"
