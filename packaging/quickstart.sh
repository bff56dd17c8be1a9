#!/usr/bin/env bash
# The README's two commands:
#   packaging/quickstart.sh run    install what is missing, build, open the demo project
#   packaging/quickstart.sh test   install what is missing, build, run every test: the
#                                  release suite, then the sanitizer builds and the fuzzers
#                                  (tests/run_sanitized_suite.sh; see docs/testing.md)
# Both build through ccache, so a second run is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
  run|test) ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

if [[ "$mode" == test ]]; then
  # GUI tests draw offscreen; the tests need no display.
  QT_QPA_PLATFORM=offscreen ctest --preset release
  exec bash tests/run_sanitized_suite.sh
fi

app=build/release/app/segstudio
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display found: starting SegStudio under a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo
fi
exec "$app" --demo
