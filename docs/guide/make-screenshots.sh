#!/usr/bin/env bash
# Takes the user guide's screenshots from the real window under Xvfb, in English and
# Chinese: docs/guide/images/<language>/*.png. Run after a change of the window:
#   docs/guide/make-screenshots.sh [build folder, default build/release]
# Each language starts from fresh settings (so the welcome page shows); the demo project
# is made once, in a folder of its own, and both languages train on it (a few minutes).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath "${1:-$here/../../build/release}")
cmake --build "$build" --target guide_screenshots
work=$(mktemp -d /tmp/segstudio-guide.XXXXXX)
trap 'rm -rf "$work"' EXIT
for language in en zh_CN; do
  rm -rf "$work/config"
  XDG_CONFIG_HOME="$work/config" SEGSTUDIO_DATA_DIR="$work/data" SEGSTUDIO_LANG="$language" \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    "$build/tests/guide_screenshots" "$here/images/$language"
done
