#!/usr/bin/env bash
# GUI responsiveness: time to a shown window, and timer lateness on the GUI thread while a
# U-Net trains on the demo (the live charts updating). Runs under Xvfb when there is no
# display, offscreen never (it would not paint).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${BENCH_BIN:-$here/../../build/release/tests/bench/bench_gui_responsiveness}
seconds=${1:-30}
export SEGSTUDIO_LANG=en
run=("$bin" "$seconds")
[[ -n "${DISPLAY:-}" ]] || run=(xvfb-run -a -s "-screen 0 1280x800x24" "${run[@]}")
# Launch time includes loading Qt, LibTorch and OpenCV before main(): measured from here.
launched=$(date +%s%3N)
"${run[@]}" | while IFS= read -r line; do
  if [[ $line == "shown at epoch ms: "* ]]; then
    echo "launch: $(( ${line##*: } - launched )) ms from starting the process to a shown main window"
  else
    echo "$line"
  fi
done
