#!/usr/bin/env bash
# Data-parallel scaling on this machine: the demo U-Net's training throughput in 1 process
# with 1 and with all threads, and in 2 and 4 processes of 1 thread each (segstudio-cli train
# --nproc), the global batch the same (8 images a step) so that every run does the same
# work. Images a second over the second epoch (the first pays for start-up and caches).
#   tests/bench/run_scaling_bench.sh [epochs, default 2]
# Needs an otherwise idle machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
epochs=${1:-2}
source "$here/demo_runs.sh"

# run <name> <processes> <threads>: prints the images a second of the last epoch.
run() {
  local name=$1 processes=$2 threads=$3
  "$cli" train --data "$work/demo" --out "$work/runs/$name" --epochs "$epochs" --seed 1 \
    --batch $((8 / processes)) --threads "$threads" --nproc "$processes" >/dev/null 2>&1
  /usr/bin/python3 - "$work/runs/$name" "$work/demo" <<'PY'
import csv, json, sys, pathlib
rows = [r for r in csv.DictReader(open(pathlib.Path(sys.argv[1]) / "metrics.csv")) if r["kind"] == "epoch"]
its = [r for r in csv.DictReader(open(pathlib.Path(sys.argv[1]) / "metrics.csv")) if r["kind"] == "iteration"]
last = rows[-1]
steps = int(last["iteration"]) - (int(rows[-2]["iteration"]) if len(rows) > 1 else 0)
print(f'{steps * 8 / float(last["seconds"]):.1f}')
PY
}

cores=$(nproc)
printf '%-30s %s\n' "configuration" "img/s (global batch 8)"
printf '%-30s %s\n' "1 process, 1 thread" "$(run p1t1 1 1)"
printf '%-30s %s\n' "1 process, $cores threads" "$(run p1t$cores 1 "$cores")"
printf '%-30s %s\n' "2 processes, 1 thread each" "$(run p2t1 2 1)"
printf '%-30s %s\n' "4 processes, 1 thread each" "$(run p4t1 4 1)"
