#!/usr/bin/env bash
# The instrumented half of the README's test command (packaging/quickstart.sh test):
#   1. the whole suite under AddressSanitizer + UndefinedBehaviorSanitizer (asan preset);
#   2. every fuzz target for a short while from its seeds (tests/fuzz/run_fuzzers.sh);
#   3. the threaded tests (trainer and loader, the window's background jobs) under
#      ThreadSanitizer (tsan preset).
# Any sanitizer report fails its test. Builds go to build/asan and build/tsan, through ccache.
#   tests/run_sanitized_suite.sh [asan|fuzz|tsan ...]    (default: all three)
set -euo pipefail
cd "$(dirname "$0")/.."
steps=("$@")
[[ ${#steps[@]} -gt 0 ]] || steps=(asan fuzz tsan)
fuzz_seconds=${SEG_FUZZ_SECONDS:-15}

for step in "${steps[@]}"; do
  case $step in
    asan)
      cmake --preset asan >/dev/null
      cmake --build --preset asan
      ctest --preset asan
      ;;
    fuzz)
      [[ -x build/asan/tests/fuzz/fuzz_zip ]] || cmake --build --preset asan
      tests/fuzz/run_fuzzers.sh -t "$fuzz_seconds"
      ;;
    tsan)
      cmake --preset tsan >/dev/null
      cmake --build --preset tsan --target threaded_tests
      ctest --preset tsan -L threads
      ;;
    *) echo "usage: $0 [asan|fuzz|tsan ...]" >&2; exit 2 ;;
  esac
done
