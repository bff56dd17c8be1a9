#!/usr/bin/env bash
# Does data-parallel training learn what one process learns? The README's demo U-Net recipe
# (global batch 16) trained by one process with all cores, then by N processes with an equal
# share of the cores and batch 16/N each; prints each run's best and last validation mIoU
# and its wall-clock time.
#   tests/bench/run_nproc_miou.sh [processes, default 2] [epochs, default 40]
# Needs an otherwise idle machine (about 15 minutes on 2 cores).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
processes=${1:-2}
epochs=${2:-40}
source "$here/demo_runs.sh"
recipe=(--data "$work/demo" --model unet --width 16 --epochs "$epochs" --lr 0.003 --optimizer adamw
        --schedule cosine --warmup 50 --loss ce_dice --seed 1)
train() {  # label, then the flags that differ
  local label=$1; shift
  local start=$SECONDS
  "$cli" train "${recipe[@]}" "$@" --out "$work/runs/$label" >/dev/null 2>&1 || true
  echo "$label $((SECONDS - start))"
}
{
  train one-process --batch 16 --threads "$threads"
  train "$processes-processes" --batch $((16 / processes)) --threads $(( (threads + processes - 1) / processes )) \
    --nproc "$processes"
} > "$work/times.txt"
/usr/bin/python3 - "$work" <<'PY'
import csv, sys
work = sys.argv[1]
for line in open(f"{work}/times.txt"):
    label, seconds = line.split()
    rows = [r for r in csv.reader(open(f"{work}/runs/{label}/metrics.csv")) if r and r[0] == "epoch"]
    mious = [float(r[6]) for r in rows]
    best = max(range(len(mious)), key=mious.__getitem__)
    print(f"{label:12s} {len(rows)} epochs in {int(seconds) / 60:.1f} min: best validation mIoU "
          f"{mious[best]:.3f} (epoch {best + 1}), last {mious[-1]:.3f}")
PY
