#!/usr/bin/env bash
# What sparse labels train: the demo's U-Net trained on complete masks, and on scribbles of
# them (segstudio-cli scribble: one stroke across each object and a few across the
# background) covering a given share of the pixels, with cross-entropy alone and with the
# dense-CRF regularised loss added (--crf-loss). Same epochs, seed and validation images
# (complete masks) for every run. Prints each run's labelled share, best validation mIoU
# and its ratio to the fully supervised run's.
#   tests/bench/run_scribble_effect.sh [epochs, default 12] [fraction ...]  (default 0.02 0.05 0.1)
# The CRF loss's weight: SEG_CRF_WEIGHT (default 1, the suggested weight). The losses to
# train with: SEG_SCRIBBLE_LOSSES (default "ce crf"; a column not trained shows "-"). More
# train flags:
# SEG_TRAIN_FLAGS. Threads: SEG_BENCH_THREADS (default: all cores). Keeps the projects and
# runs in SEG_KEEP_RUNS if set (and reuses runs already there).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
epochs=${1:-12}
shift || true
fractions=("$@")
[[ ${#fractions[@]} -gt 0 ]] || fractions=(0.02 0.05 0.1)
source "$here/demo_runs.sh"
crfWeight=${SEG_CRF_WEIGHT:-1}
losses=" ${SEG_SCRIBBLE_LOSSES:-ce crf} "

best() {
  /usr/bin/python3 - "$1" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["kind"] == "epoch" and r["mean_iou"]]
print(f'{max(float(r["mean_iou"]) for r in rows):.3f}')
PY
}

# train <project> <run name> [flags...]: trains unless the run is already there.
train() {
  local project=$1 name=$2
  shift 2
  [[ -f $work/runs/$name/metrics.csv ]] && return
  "$cli" train --data "$project" --epochs "$epochs" --seed 1 --threads "$threads" \
    ${SEG_TRAIN_FLAGS:-} "$@" --out "$work/runs/$name" >/dev/null 2>&1
}

ratio() { /usr/bin/python3 -c "print(f'{$1 / $full:.2f}')"; }

train "$work/demo" full
full=$(best "$work/runs/full/metrics.csv")
printf '%-9s  %-10s  %-18s  %-18s\n' labelled share "cross-entropy" "+ dense-CRF loss"
printf '%-9s  %-10s  %-18s\n' "100%" complete "$full (1.00)"
for fraction in "${fractions[@]}"; do
  project=$work/scribbles-$fraction
  if [[ ! -f $project/project.json ]]; then
    mkdir -p "$project"
    cp -r "$work/demo/project.json" "$work/demo/data" "$project/"
    "$cli" scribble "$project" --fraction "$fraction" > "$project/scribble.txt"
  fi
  share=$(grep -o '[0-9.]*% of their pixels' "$project/scribble.txt" | cut -d' ' -f1)
  ce=-
  withCrf=-
  if [[ $losses == *" ce "* ]]; then
    train "$project" "ce-$fraction"
    ce=$(best "$work/runs/ce-$fraction/metrics.csv")
    ce="$ce ($(ratio "$ce"))"
  fi
  if [[ $losses == *" crf "* ]]; then
    train "$project" "crf$crfWeight-$fraction" --crf-loss "$crfWeight"
    withCrf=$(best "$work/runs/crf$crfWeight-$fraction/metrics.csv")
    withCrf="$withCrf ($(ratio "$withCrf"))"
  fi
  printf '%-9s  %-10s  %-18s  %-18s\n' "$share" scribbles "$ce" "$withCrf"
done
