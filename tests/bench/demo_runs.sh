# Sourced (after `here` is set) by the scripts that train runs on the demo and compare them
# (run_adversarial_effect.sh, run_scribble_effect.sh): the CLI, the thread count, the work
# folder (SEG_KEEP_RUNS if set, and kept; else a temporary one) with the demo project in it.
build=${SEG_BUILD:-$here/../../build/release}
cli=$build/app/segstudio-cli
threads=${SEG_BENCH_THREADS:-$(nproc)}
work=${SEG_KEEP_RUNS:-$(mktemp -d)}
[[ -n ${SEG_KEEP_RUNS:-} ]] || trap 'rm -rf "$work"' EXIT
export SEGSTUDIO_LANG=en
mkdir -p "$work"
[[ -f $work/demo/project.json ]] || "$cli" demo --out "$work/demo" >/dev/null
