#!/usr/bin/env bash
# Live mode's walk-through, scripted in the real window (bench_live_walkthrough, under Xvfb
# when there is no display): the demo's images as an unlabelled folder, scribbles on three
# training images, the fourth image's prediction second by second, accepted and corrected,
# the live model kept as a run; then that run scored on the demo's validation images, next
# to which stands the fully supervised figure (README). Screenshots of each step go to the
# folder given (default: a temporary one, removed).
#   tests/bench/run_live_walkthrough.sh [screenshot folder] [seconds per scribbled image, default 20]
# Needs an otherwise idle machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${SEG_BUILD:-$here/../../build/release}
export SEGSTUDIO_LANG=en
work=$(mktemp -d)
export XDG_CONFIG_HOME=$work/settings  # never the user's settings (recent projects, layout)
trap 'rm -rf "$work"' EXIT
shots=${1:-$work/shots}
"$build/app/segstudio-cli" demo --out "$work/demo" >/dev/null
"$here/with_display.sh" "$build/tests/bench/bench_live_walkthrough" "$work/demo" \
  "$work/folder" "$shots" "${2:-20}" | tee "$work/walkthrough.txt"
run=$(sed -n 's/.* as run: //p' "$work/walkthrough.txt")
echo "the kept run on the demo's validation images:"
"$build/app/segstudio-cli" eval --checkpoint "$run/checkpoints/best.pt" --data "$work/demo" |
  grep -E "Mean IoU|Pixel accuracy"
