#!/usr/bin/env bash
# Writes the fuzzers' seed corpora into tests/fuzz/corpus/<target>/: small valid files of
# every kind each reader takes, so that fuzzing starts from real structure. The corpora are
# committed; run this again only to change them.
#   tests/fuzz/make_seeds.sh [build-dir]   (a build with segstudio-cli, for the models)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
cli=$build/app/segstudio-cli
corpus=$here/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

rm -rf "$corpus"
mkdir -p "$corpus"
/usr/bin/python3 "$here/make_seeds.py" "$corpus"

# Models: a tiny trained U-Net checkpoint, and the same exported as TorchScript.
"$cli" synth --out "$work/data" --count 6 --size 32 --seed 1 >/dev/null 2>&1
"$cli" train --data "$work/data" --out "$work/run" --model unet --width 4 --depth 3 \
    --epochs 1 --batch 2 --threads 1 --seed 1 >/dev/null
"$cli" export --checkpoint "$work/run/checkpoints/last.pt" --out "$work/scripted.pt" >/dev/null
mkdir -p "$corpus/fuzz_checkpoint" "$corpus/fuzz_model_file" "$corpus/fuzz_zip"
cp "$work/run/checkpoints/last.pt" "$corpus/fuzz_checkpoint/unet-w4.pt"
cp "$work/run/checkpoints/last.pt" "$corpus/fuzz_model_file/unet-w4-checkpoint.pt"
cp "$work/scripted.pt" "$corpus/fuzz_model_file/unet-w4-torchscript.pt"
cp "$work/scripted.pt" "$corpus/fuzz_zip/torchscript.pt"
cp "$work/run/checkpoints/last.pt" "$corpus/fuzz_zip/checkpoint.pt"
# A real run folder's files for the run reader, NUL between them (see fuzz_run_record.cpp).
mkdir -p "$corpus/fuzz_run_record"
for f in config.json metrics.csv last_confusion.json; do
  cat "$work/run/$f"; printf '\0'
done > "$corpus/fuzz_run_record/run"
du -sh "$corpus"/* | sort -k2
