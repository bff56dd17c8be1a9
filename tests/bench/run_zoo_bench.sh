#!/usr/bin/env bash
# The model zoo: for every architecture of the table (or those named), with its default
# options and the demo's 5 classes: parameters, GMACs at 256x256, training images per second
# (batch 8 of 128x128 synthetic shapes), median 512x512 inference latency, and the demo
# project's best validation mIoU after a fixed training budget (the CLI's defaults, stopped
# with Ctrl-C when the budget is spent). Prints a Markdown table.
#   tests/bench/run_zoo_bench.sh [minutes per model, default 10; 0 skips training] [model ...]
# Threads: SEG_BENCH_THREADS (default: all cores). Takes minutes x models, plus ~1 min each.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${SEG_BUILD:-$here/../../build/release}
minutes=${1:-10}
shift || true
threads=${SEG_BENCH_THREADS:-$(nproc)}
cli=$build/app/segstudio-cli
bench=$build/tests/bench/bench_training
export SEGSTUDIO_LANG=en
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

models=("$@")
[[ ${#models[@]} -gt 0 ]] || mapfile -t models < <("$cli" model --list | cut -f1)
"$cli" synth --out "$work/s128" --count 64 --size 128 --seed 3 >/dev/null 2>&1
[[ $minutes == 0 ]] || "$cli" demo --out "$work/demo" >/dev/null 2>&1

json() { python3 -c "import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])['$1'])"; }

echo "| model | parameters | GMACs at 256x256 | train img/s (128x128, batch 8) | 512x512 inference | mIoU after ${minutes} min |"
echo "|---|---|---|---|---|---|"
for model in "${models[@]}"; do
  size=$("$cli" model --model "$model" --classes 5 --size 256)
  params=$(grep -oP '\(\K[0-9.]+(?= M\))' <<<"$size")
  gmacs=$(grep -oP '[0-9.]+(?= GMACs)' <<<"$size")
  train=$("$bench" train --model "$model" --data "$work/s128" --batch 8 --iterations 12 \
          --threads "$threads" | json images_per_s)
  infer=$("$bench" infer --model "$model" --size 512 --repeats 5 --threads "$threads" | json median_ms)
  miou="-"
  if [[ $minutes != 0 ]]; then
    timeout -s INT "${minutes}m" "$cli" train --data "$work/demo" --model "$model" \
      --epochs 100000 --threads "$threads" --out "$work/runs/$model" >/dev/null 2>&1 || true
    miou=$(python3 - "$work/runs/$model/metrics.csv" <<'PY'
import csv, sys
try:
    rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["kind"] == "epoch" and r["mean_iou"]]
    print(f"{max(float(r['mean_iou']) for r in rows):.3f} ({len(rows)} epochs)" if rows else "no epoch")
except OSError:
    print("failed")
PY
)
  fi
  echo "| $model | ${params} M | $gmacs | $train | ${infer} ms | $miou |"
done
