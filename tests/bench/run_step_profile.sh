#!/usr/bin/env bash
# Where a training step's time goes: the benchmark's U-Net (128x128, batch 16) or
# DeepLabv3+ (256x256, batch 8) step under LibTorch's profiler, summed per phase (loader,
# forward with the loss, backward, optimiser) and per operator (self time: the operator's
# own, without the operators it called), with convolution and the rest apart.
#   tests/bench/run_step_profile.sh [unet|deeplabv3plus] [build-dir]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
model=${1:-unet}
build=${2:-$here/../../build/release}
threads=${SEG_BENCH_THREADS:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ $model == unet ]]; then size=128 batch=16; else size=256 batch=8; fi
"$build/app/segstudio-cli" synth --out "$work/data" --count 64 --size "$size" --seed 3 >/dev/null 2>&1
"$build/tests/bench/bench_training" train --model "$model" --data "$work/data" --batch "$batch" \
  --iterations 5 --threads "$threads" --profile "$work/trace.json" >/dev/null
/usr/bin/python3 - "$work/trace.json" <<'PY'
import collections, json, sys
events = [e for e in json.load(open(sys.argv[1])) if e.get("ph") == "X"]
phases = collections.Counter()
self_time = collections.Counter()
# Self time: an event's duration less its direct children's, per thread (ranges nest).
by_thread = collections.defaultdict(list)
for e in events:
    if e["name"].startswith("phase::"):
        phases[e["name"][7:]] += e["dur"]
    else:
        by_thread[e.get("tid")].append(e)
for thread_events in by_thread.values():
    thread_events.sort(key=lambda e: (e["ts"], -e["dur"]))
    stack = []
    for e in thread_events:
        while stack and e["ts"] >= stack[-1]["ts"] + stack[-1]["dur"]:
            stack.pop()
        self_time[e["name"]] += e["dur"]
        if stack:
            self_time[stack[-1]["name"]] -= e["dur"]
        stack.append(e)
total = sum(phases.values())
print(f"phases (5 steps, {total / 1e3:.0f} ms with the profiler on):")
for name, us in phases.most_common():
    print(f"  {name:12s} {us / 1e3:8.1f} ms  {100 * us / total:5.1f}%")
work = sum(self_time.values())
conv = sum(us for name, us in self_time.items() if "conv" in name or "mkldnn" in name)
print(f"operators, self time: convolution {100 * conv / work:.1f}%, the rest {100 - 100 * conv / work:.1f}%")
for name, us in self_time.most_common(20):
    print(f"  {name:48s} {us / 1e3:8.1f} ms  {100 * us / work:5.1f}%")
PY
