#!/usr/bin/env bash
# The whole training engine (core::runTraining, as the window and the CLI train) and the bare
# training loop (loader and model only) against the same U-Net trained by PyTorch's own loop
# (torch_reference.py), interleaved over several rounds because this machine is shared and
# noisy: prints each round's ratios and their medians with their spread.
#   tests/bench/run_trainer_rounds.sh [build-dir] [rounds]      (about 1 minute a round)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
rounds=${2:-5}
threads=${SEG_BENCH_THREADS:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/app/segstudio-cli" synth --out "$work/s128" --count 160 --size 128 --seed 3 >/dev/null 2>&1

args="--model unet --data $work/s128 --batch 16 --iterations 20 --threads $threads"
for ((i = 1; i <= rounds; ++i)); do
  engine=$("$build/tests/bench/bench_training" trainer $args)
  bare=$("$build/tests/bench/bench_training" train $args)
  torch=$(/usr/bin/python3 "$here/torch_reference.py" train $args)
  echo "$engine|$bare|$torch"
done > "$work/rounds.txt"

/usr/bin/python3 - "$work/rounds.txt" <<'PY'
import json, statistics, sys
engine_ratios, bare_ratios = [], []
for n, line in enumerate(open(sys.argv[1]), 1):
    engine, bare, torch = (json.loads(part)["images_per_s"] for part in line.strip().split("|"))
    engine_ratios.append(engine / torch)
    bare_ratios.append(bare / torch)
    print(f"round {n}: engine {engine:6.1f}, bare loop {bare:6.1f}, PyTorch {torch:6.1f} img/s")
for label, ratios in (("engine", engine_ratios), ("bare loop", bare_ratios)):
    print(f"U-Net w16, 128x128, batch 16, {label} / PyTorch: median {statistics.median(ratios):.2f} "
          f"(min {min(ratios):.2f}, max {max(ratios):.2f}, {len(ratios)} rounds)")
PY
