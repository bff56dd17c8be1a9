#!/usr/bin/env bash
# Predicting and scoring the demo's validation split (100 images of 128x128) with three
# models: SegStudio (core::compareModels, as the Compare tab and `segstudio-cli compare`)
# against the same models in PyTorch (exported with `segstudio-cli export`, loaded with
# torch.jit.load; see compare_reference.py), interleaved over several rounds; then the time
# from opening the comparison to its first and last model pane drawn (under Xvfb).
#   tests/bench/run_compare_bench.sh [build-dir]      (about 5 minutes on 2 cores)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
threads=${SEG_BENCH_THREADS:-$(nproc)}
rounds=${SEG_BENCH_ROUNDS:-5}
cli=$build/app/segstudio-cli
bench=$build/tests/bench/bench_compare
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The demo's data (500 images, 128x128, seed 1: 100 validation images); the models are
# trained briefly on a small set of the same kind (their weights do not change the timing).
"$cli" synth --out "$work/demo" --count 500 --size 128 --seed 1 >/dev/null 2>&1
"$cli" synth --out "$work/small" --count 24 --size 128 --seed 2 >/dev/null 2>&1
models=()
torch_models=()
for spec in "unet --width 16" "deeplabv3plus --width 64" "fcn8s --width 64"; do
  name=${spec%% *}
  "$cli" train --data "$work/small" --out "$work/run_$name" --model $spec --epochs 1 --batch 8 \
    --threads "$threads" >/dev/null 2>&1
  "$cli" export --checkpoint "$work/run_$name/checkpoints/best.pt" --out "$work/$name.ts.pt" >/dev/null
  models+=(--model "$work/run_$name/checkpoints/best.pt")
  torch_models+=(--model "$work/$name.ts.pt")
done

: > "$work/results.txt"
for ((r = 1; r <= rounds; r++)); do
  echo "ours=$("$bench" score --data "$work/demo" "${models[@]}" --list "$work/val.txt" --threads "$threads")" >> "$work/results.txt"
  echo "torch=$(/usr/bin/python3 "$here/compare_reference.py" --list "$work/val.txt" "${torch_models[@]}" --threads "$threads")" >> "$work/results.txt"
done
display=()
[[ -z "${DISPLAY:-}" ]] && display=(xvfb-run -a -s "-screen 0 1600x1000x24")
for ((r = 1; r <= rounds; r++)); do
  echo "pane=$(SEGSTUDIO_LANG=en "${display[@]}" "$bench" first-pane --data "$work/demo" "${models[@]}" --threads "$threads")" >> "$work/results.txt"
done

/usr/bin/python3 - "$work/results.txt" "$threads" <<'PY'
import json, statistics, sys
rows = [line.strip().split("=", 1) for line in open(sys.argv[1])]
ours = [json.loads(v) for k, v in rows if k == "ours"]
torch = [json.loads(v) for k, v in rows if k == "torch"]
panes = [json.loads(v) for k, v in rows if k == "pane"]
ratios = sorted(o["seconds"] / t["seconds"] for o, t in zip(ours, torch))
print(f"predict + score {ours[0]['images']} validation images with 3 models (U-Net w16, "
      f"DeepLabv3+ R18, FCN-8s R18), {sys.argv[2]} threads, {len(ratios)} interleaved rounds")
print(f"  SegStudio {statistics.median(o['seconds'] for o in ours):.2f} s, PyTorch "
      f"{statistics.median(t['seconds'] for t in torch):.2f} s (medians)")
print(f"  time ratio SegStudio / PyTorch: median {statistics.median(ratios):.2f} "
      f"(min {ratios[0]:.2f}, max {ratios[-1]:.2f}; below 1 is faster)")
print(f"  same mIoU per model: SegStudio {[round(m, 4) for m in ours[0]['miou']]}, "
      f"PyTorch {[round(m, 4) for m in torch[0]['miou']]}")
first = sorted(p["first_pane_ms"] for p in panes)
last = sorted(p["all_panes_ms"] for p in panes)
print(f"compare view, 3 models loading and predicting one image: first model pane after "
      f"{statistics.median(first):.0f} ms (min {first[0]:.0f}, max {first[-1]:.0f}), all after "
      f"{statistics.median(last):.0f} ms (min {last[0]:.0f}, max {last[-1]:.0f})")
PY
