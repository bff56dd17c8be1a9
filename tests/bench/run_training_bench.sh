#!/usr/bin/env bash
# Training throughput, peak memory, achieved GFLOP/s and inference latency: SegStudio against
# the same networks in PyTorch (Debian's python3-torch, same LibTorch version), same data,
# same batch, same threads, in one run.
#   tests/bench/run_training_bench.sh [build-dir]        (about 10 minutes on 2 cores)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
threads=${SEG_BENCH_THREADS:-$(nproc)}
cli=$build/app/segstudio-cli
bench=$build/tests/bench/bench_training
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" synth --out "$work/s128" --count 160 --size 128 --seed 3 >/dev/null 2>&1
"$cli" synth --out "$work/s256" --count 64 --size 256 --seed 3 >/dev/null 2>&1

run() { echo "$1=$(eval "$2")"; }
{
  run unet_ours "$bench train --model unet --data $work/s128 --batch 16 --iterations 20 --threads $threads"
  run unet_torch_same "/usr/bin/python3 $here/torch_reference.py train --model unet --data $work/s128 --batch 16 --iterations 20 --threads $threads"
  run unet_torch_idiomatic "/usr/bin/python3 $here/torch_reference.py train --model unet-idiomatic --data $work/s128 --batch 16 --iterations 20 --threads $threads"
  run deeplab_ours "$bench train --model deeplabv3plus --data $work/s256 --batch 8 --iterations 10 --threads $threads"
  run deeplab_torch "/usr/bin/python3 $here/torch_reference.py train --model deeplabv3plus --data $work/s256 --batch 8 --iterations 10 --threads $threads"
  run unet_infer_ours "$bench infer --model unet --size 512 --repeats 10 --threads $threads"
  run unet_infer_torch "/usr/bin/python3 $here/torch_reference.py infer --model unet --size 512 --repeats 10 --threads $threads"
  run deeplab_infer_ours "$bench infer --model deeplabv3plus --size 512 --repeats 10 --threads $threads"
  run deeplab_infer_torch "/usr/bin/python3 $here/torch_reference.py infer --model deeplabv3plus --size 512 --repeats 10 --threads $threads"
} > "$work/results.txt"

/usr/bin/python3 - "$work/results.txt" "$threads" <<'PY'
import json, sys
r = {k: json.loads(v) for k, v in (line.strip().split("=", 1) for line in open(sys.argv[1]))}
peak = int(sys.argv[2]) * 2.45 * 32  # GFLOP/s: cores x GHz x fp32 flop/cycle (AVX2 FMA) of this machine
def train_row(label, ours, ref, gflops):
    o, t = r[ours]["images_per_s"], r[ref]["images_per_s"]
    achieved = 3 * gflops * o  # forward + backward ~ 3x forward
    print(f"  {label:44s} {o:7.1f} vs {t:7.1f} img/s  ratio {o / t:5.2f}x   "
          f"peak {r[ours]['peak_mb']:.0f} vs {r[ref]['peak_mb']:.0f} MB   {achieved:5.1f} GFLOP/s ({100 * achieved / peak:.0f}% of peak)")
g_unet = r["unet_torch_same"]["forward_gflops_per_image"]
g_deeplab = r["deeplab_torch"]["forward_gflops_per_image"]
print(f"training throughput, {sys.argv[2]} threads (SegStudio vs PyTorch)")
train_row("U-Net w16 128x128 b16 vs idiomatic port", "unet_ours", "unet_torch_idiomatic", g_unet)
train_row("U-Net w16 128x128 b16 vs same formulation", "unet_ours", "unet_torch_same", g_unet)
train_row("DeepLabv3+ R18 OS16 256x256 b8", "deeplab_ours", "deeplab_torch", g_deeplab)
print("inference latency, one 512x512 image (SegStudio vs PyTorch, lower is better)")
for label, ours, ref in [("U-Net w16", "unet_infer_ours", "unet_infer_torch"),
                         ("DeepLabv3+ R18 OS16", "deeplab_infer_ours", "deeplab_infer_torch")]:
    o, t = r[ours]["median_ms"], r[ref]["median_ms"]
    print(f"  {label:44s} {o:7.1f} vs {t:7.1f} ms    ratio {o / t:5.2f}x")
PY
