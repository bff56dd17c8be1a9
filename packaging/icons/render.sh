#!/usr/bin/env bash
# Renders the icon's PNG sizes from segstudio.svg (needs rsvg-convert, Debian's
# librsvg2-bin). The PNGs are committed: building and packaging never need this script.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" segstudio.svg -o "segstudio-$size.png"
done
