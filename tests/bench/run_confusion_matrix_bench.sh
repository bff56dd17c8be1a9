#!/usr/bin/env bash
# Confusion-matrix throughput: SegStudio against numpy (Debian's python3-numpy) on the same
# masks, in one run. Prints both figures and the ratio; checks both counted the same.
#   tests/bench/run_confusion_matrix_bench.sh [build-dir]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ours=$("$build/tests/bench/bench_confusion_matrix" "$work")
numpy=$(/usr/bin/python3 "$here/bench_confusion_matrix.py" "$work")
/usr/bin/python3 - "$ours" "$numpy" <<'PY'
import json, sys
ours, ref = json.loads(sys.argv[1]), json.loads(sys.argv[2])
assert ours["checksum"] == ref["checksum"], f"different counts: {ours['checksum']} vs {ref['checksum']}"
print(f"confusion matrix, 21 classes, 512x512 masks, {ours['pixels'] / 1e6:.1f} Mpixel per pass")
print(f"  SegStudio  {ours['mpixels_per_s']:8.1f} Mpixel/s")
print(f"  numpy      {ref['mpixels_per_s']:8.1f} Mpixel/s  (np.bincount fast_hist)")
print(f"  ratio      {ours['mpixels_per_s'] / ref['mpixels_per_s']:8.2f}x")
PY
