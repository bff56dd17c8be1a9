#!/usr/bin/env bash
# What adversarial training (Luc et al. 2016) does on the demo: the same model trained with
# and without it, for the same epochs from the same seeds. Prints, per seed, the best and
# the last validation mIoU of each and its training seconds per epoch (validation left out).
# The mIoU does not depend on the machine's load; the seconds do, so compare them only
# within one run of this script on an otherwise idle machine.
#   tests/bench/run_adversarial_effect.sh [epochs, default 12] [seed ...]   (default 1 2)
# More train flags: SEG_TRAIN_FLAGS (e.g. "--model deeplabv1 --adversarial-weight 0.05").
# Threads: SEG_BENCH_THREADS (default: all cores). Keeps the runs in SEG_KEEP_RUNS if set.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
epochs=${1:-12}
shift || true
seeds=("$@")
[[ ${#seeds[@]} -gt 0 ]] || seeds=(1 2)
source "$here/demo_runs.sh"

# best mIoU, last mIoU and seconds per epoch of a run's metrics.csv
summary() {
  /usr/bin/python3 - "$1" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["kind"] == "epoch" and r["mean_iou"]]
seconds = [float(r["seconds"]) for r in rows if r["seconds"]]
print(f'{max(float(r["mean_iou"]) for r in rows):.3f} {float(rows[-1]["mean_iou"]):.3f} '
      f'{sum(seconds) / len(seconds):.1f}')
PY
}

printf '%-5s  %-22s  %-22s\n' seed "plain: best last s/ep" "adversarial: best last s/ep"
for seed in "${seeds[@]}"; do
  for kind in plain adversarial; do
    flags=()
    [[ $kind == adversarial ]] && flags=(--adversarial)
    "$cli" train --data "$work/demo" --epochs "$epochs" --seed "$seed" --threads "$threads" \
      ${SEG_TRAIN_FLAGS:-} "${flags[@]}" --out "$work/runs/$kind-$seed" >/dev/null 2>&1
  done
  printf '%-5s  %-22s  %-22s\n' "$seed" "$(summary "$work/runs/plain-$seed/metrics.csv")" \
    "$(summary "$work/runs/adversarial-$seed/metrics.csv")"
done
