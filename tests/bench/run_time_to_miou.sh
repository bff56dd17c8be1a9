#!/usr/bin/env bash
# The demo U-Net recipe's time to a validation mIoU (default 0.90): trains the README's recipe
# on a fresh demo project and reads log.txt's timestamps, from the run's first line to the
# first epoch at or above the target (wall-clock, evaluation included).
#   tests/bench/run_time_to_miou.sh [target mIoU, default 0.90] [epochs, default 40]
# Extra train flags: SEG_TRAIN_FLAGS. Threads: SEG_BENCH_THREADS (default: all cores). Needs
# an otherwise idle machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=${1:-0.90}
epochs=${2:-40}
source "$here/demo_runs.sh"
"$cli" train --data "$work/demo" --model unet --width 16 --epochs "$epochs" --batch 16 \
  --lr 0.003 --optimizer adamw --schedule cosine --warmup 50 --loss ce_dice --seed 1 \
  --threads "$threads" ${SEG_TRAIN_FLAGS:-} --out "$work/runs/recipe" >/dev/null 2>&1 || true
/usr/bin/python3 - "$work/runs/recipe/log.txt" "$target" <<'PY'
import re, sys
from datetime import datetime
lines = open(sys.argv[1]).read().splitlines()
target = float(sys.argv[2])
stamp = lambda line: datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S")
start = stamp(lines[0])
best = 0.0
for line in lines:
    m = re.search(r"epoch (\d+): .* mIoU ([0-9.]+)", line)
    if not m:
        continue
    miou = float(m.group(2))
    best = max(best, miou)
    if miou >= target:
        seconds = (stamp(line) - start).total_seconds()
        print(f"validation mIoU {miou:.3f} >= {target} at epoch {m.group(1)}, "
              f"{seconds / 60:.1f} minutes after the start")
        break
else:
    print(f"validation mIoU never reached {target} (best {best:.3f})")
PY
