#!/usr/bin/env bash
# The model zoo: for every architecture of the table (or those named), with its default
# options: parameters, GMACs at 256x256, training images per second (batch 8 of 128x128
# synthetic images), median 512x512 inference latency, and the best validation mIoU after a
# fixed training budget (the CLI's defaults, stopped with Ctrl-C when the budget is spent) on
# the demo project, or, for the change-detection models, on 500 synthetic change pairs of
# 128x128. Each model's figures are merged into resources/model_zoo.json (SEG_ZOO_RESULTS)
# as soon as they are measured, and a model that has them all is skipped (SEG_ZOO_FORCE=1
# measures again), so an interrupted run resumes. The window's model picker and the README's
# table (zoo_results.py table) show that file.
#   tests/bench/run_zoo_bench.sh [minutes per model, default 10; 0 skips training] [model ...]
# Threads: SEG_BENCH_THREADS (default: all cores). Takes minutes x models, plus ~1 min each.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${SEG_BUILD:-$here/../../build/release}
results=${SEG_ZOO_RESULTS:-$here/../../resources/model_zoo.json}
minutes=${1:-10}
shift || true
threads=${SEG_BENCH_THREADS:-$(nproc)}
cli=$build/app/segstudio-cli
bench=$build/tests/bench/bench_training
zoo="/usr/bin/python3 $here/zoo_results.py"
export SEGSTUDIO_LANG=en
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

models=("$@")
[[ ${#models[@]} -gt 0 ]] || mapfile -t models < <("$cli" model --list | cut -f1)
pair_models=" $("$cli" model --list | awk -F'\t' '$3 == "pair" {print $1}' | tr '\n' ' ') "
"$cli" synth --out "$work/s128" --count 64 --size 128 --seed 3 >/dev/null 2>&1
"$cli" synth --change --out "$work/c128" --count 64 --size 128 --seed 3 >/dev/null 2>&1
if [[ $minutes != 0 ]]; then
  "$cli" demo --out "$work/demo" >/dev/null 2>&1
  "$cli" synth --change --out "$work/pairs" --count 500 --size 128 >/dev/null 2>&1
fi

json() { /usr/bin/python3 -c "import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])['$1'])"; }

for model in "${models[@]}"; do
  if [[ ${SEG_ZOO_FORCE:-0} != 1 ]] && $zoo has "$results" "$model" "$minutes"; then
    echo "$model: measured already (SEG_ZOO_FORCE=1 measures again)" >&2
    continue
  fi
  pairs=0; [[ $pair_models == *" $model "* ]] && pairs=1
  small=$work/s128; data=$work/demo; dataset=demo
  if [[ $pairs == 1 ]]; then small=$work/c128; data=$work/pairs; dataset="change pairs"; fi
  size=$("$cli" model --model "$model" --classes 5 --size 256 | head -1)
  params=$(grep -oP '\(\K[0-9.]+(?= M\))' <<<"$size")
  gmacs=$(grep -oP '[0-9.]+(?= GMACs)' <<<"$size")
  train=$("$bench" train --model "$model" --data "$small" --batch 8 --iterations 12 \
          --threads "$threads" | json images_per_s)
  infer=$("$bench" infer --model "$model" --size 512 --repeats 5 --threads "$threads" | json median_ms)
  $zoo merge "$results" "$model" parameters_m="$params" gmacs_256="$gmacs" \
    train_images_per_s="$train" inference_512_ms="$infer" threads="$threads"
  echo "$model: $params M parameters, $gmacs GMACs, $train img/s, $infer ms" >&2
  [[ $minutes == 0 ]] && continue
  timeout -s INT "${minutes}m" "$cli" train --data "$data" --model "$model" \
    --epochs 100000 --threads "$threads" --out "$work/runs/$model" >/dev/null 2>&1 || true
  best=$($zoo miou "$work/runs/$model/metrics.csv")
  if [[ $best == "{}" ]]; then
    echo "$model: no epoch finished in $minutes minutes" >&2
    continue
  fi
  $zoo merge "$results" "$model" miou="$(json miou <<<"$best")" epochs="$(json epochs <<<"$best")" \
    budget_minutes="$minutes" dataset="$dataset"
  echo "$model: mIoU $(json miou <<<"$best") after $minutes minutes" >&2
done
$zoo table "$results" "${models[@]}"
