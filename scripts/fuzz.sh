#!/usr/bin/env bash
# Runs every libFuzzer binary of a FARSIGHT_FUZZ=ON clang build for a bounded time.
#   scripts/fuzz.sh [build dir (build-asan)] [total seconds (420)]
# For each tests/fuzz/fuzz_<name>.cpp built as <build>/tests/fuzz/fuzz_<name>:
#   1. replays tests/fuzz/regressions/<name>/ at full size (the 2 MiB defect-2 body is not truncated);
#   2. fuzzes a working copy of corpus/<name>/ + small regressions with tests/fuzz/json.dict.
# Limits: -malloc_limit_mb=256 (one allocation; the old v0 decoder asked 520 MB for the 2 MiB body) and
# -rss_limit_mb=1024 (peak; it reached 8 GB on 32 MiB). Crashes are saved as <build>/fuzz-artifacts/<name>-*:
# add each one to tests/fuzz/regressions/<name>/ with the fix. Exits non-zero if any harness failed.
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-asan}
total=${2:-420}
limits=(-rss_limit_mb=1024 -malloc_limit_mb=256 -timeout=25)
mapfile -t harnesses < <(find "$build/tests/fuzz" -maxdepth 1 -type f -name 'fuzz_*' ! -name '*_replay' -perm -u+x | sort)
if [ ${#harnesses[@]} -eq 0 ]; then
  echo "fuzz.sh: no fuzzers in $build/tests/fuzz (configure with clang and -DFARSIGHT_FUZZ=ON)" >&2
  exit 1
fi
per=$(( total / ${#harnesses[@]} ))
[ "$per" -lt 10 ] && per=10
mkdir -p "$build/fuzz-artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}:quarantine_size_mb=64" # a smaller quarantine keeps -rss_limit_mb meaningful
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
failed=()
for bin in "${harnesses[@]}"; do
  name=$(basename "$bin"); short=${name#fuzz_}
  regressions=tests/fuzz/regressions/$short
  work=$build/fuzz-corpus/$short
  rm -rf "$work"; mkdir -p "$work"
  [ -d "tests/fuzz/corpus/$short" ] && cp tests/fuzz/corpus/"$short"/* "$work"/ 2>/dev/null
  echo "== $name: regressions, then ${per}s of fuzzing"
  ok=1
  if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    "$bin" "${limits[@]}" "$regressions"/* >"$build/fuzz-artifacts/$name.replay.log" 2>&1 \
      || { ok=0; tail -30 "$build/fuzz-artifacts/$name.replay.log"; }
    find "$regressions" -type f -size -64k -exec cp {} "$work"/ \;
  fi
  if [ $ok -eq 1 ]; then
    "$bin" "${limits[@]}" -max_len=65536 -max_total_time="$per" -print_final_stats=1 \
      -dict=tests/fuzz/json.dict -artifact_prefix="$build/fuzz-artifacts/$name-" "$work" \
      >"$build/fuzz-artifacts/$name.log" 2>&1 || { ok=0; tail -40 "$build/fuzz-artifacts/$name.log"; }
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$build/fuzz-artifacts/$name.log" | tr '\n' ' '; echo
  fi
  [ $ok -eq 1 ] || failed+=("$name")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: FAILED: ${failed[*]} (artifacts in $build/fuzz-artifacts)" >&2
  exit 1
fi
echo "fuzz.sh: ${#harnesses[@]} harnesses clean"
