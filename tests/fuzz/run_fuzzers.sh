#!/usr/bin/env bash
# Runs every fuzz target (or those named) for a while, starting from its seed corpus, and
# prints executions, speed, coverage and findings per target.
#   tests/fuzz/run_fuzzers.sh [-t seconds] [-r runs] [-b build-dir] [target ...]
# Defaults: 60 s each, the asan build. New inputs that widen coverage go to
# build/asan/fuzz-corpus/<target> (not to the committed seeds); a crash, leak, timeout or
# sanitizer report leaves its input as build/asan/fuzz-findings/<target>/crash-* and makes
# the script exit non-zero. Copy a finding into tests/fuzz/regressions/<target>/ once fixed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=60
runs=-1
build=$here/../../build/asan
while getopts "t:r:b:" opt; do
  case $opt in
    t) seconds=$OPTARG ;;
    r) runs=$OPTARG ;;
    b) build=$OPTARG ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=($(ls "$here/corpus"))

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
# LibTorch and OpenCV run one thread each: a fuzz input is small, and it keeps runs repeatable.
export OMP_NUM_THREADS=1 OPENCV_FOR_THREADS_NUM=1
status=0
for target in "${targets[@]}"; do
  binary=$build/tests/fuzz/$target
  [[ -x $binary ]] || { echo "$target: not built ($binary)" >&2; exit 2; }
  work=$build/fuzz-corpus/$target
  findings=$build/fuzz-findings/$target
  mkdir -p "$work" "$findings"
  inputs=("$work" "$here/corpus/$target" "$here/regressions/$target")
  log=$findings/last-run.log
  # -rss_limit_mb: a reader may take what an 8000 x 8000 image needs, not more.
  if "$binary" -max_total_time="$seconds" -runs="$runs" -timeout=20 -rss_limit_mb=3072 \
      -malloc_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$findings/" \
      "${inputs[@]}" >"$log" 2>&1; then
    result=ok
  else
    result="FOUND SOMETHING (see $log)"
    status=1
  fi
  runs_done=$(grep -oP 'stat::number_of_executed_units:\s*\K\d+' "$log" || echo "?")
  speed=$(grep -oP 'stat::average_exec_per_sec:\s*\K\d+' "$log" || echo "?")
  cov=$(grep -oP '(cov|ft): \d+' "$log" | tail -2 | tr '\n' ' ')
  printf '%-18s %12s runs %8s/s  %s %s\n' "$target" "$runs_done" "$speed" "$cov" "$result"
done
exit $status
