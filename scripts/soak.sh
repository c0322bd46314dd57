#!/usr/bin/env bash
# Soak (issue 10): a 1,000-server demo dashboard and Farsight's poller, offline alerts and history in one
# process, with faults cycling every 30 s (slow, trickle, drop, html404, truncated, reject-token, huge) at a
# 1 s poll. Checks: RSS flat within 5 % after warm-up (one full fault rotation), no crash, every dashboard
# outage and every recovery announced exactly once, the data marked stale during each fault and fresh after it,
# server outages announced as the snapshots show them. Not part of CTest: it takes the full run time.
#   scripts/soak.sh [minutes (30)] [build dir (build)] [-- extra farsight_soak options]
# e.g. scripts/soak.sh 5 build -- --cycle-secs 10 --servers 200   (farsight_soak --help lists the options)
# Configures a RelWithDebInfo build if the directory has none, builds only farsight_soak, prints progress on
# stderr and the report on stdout. Exit status: 0 passed, 1 an expectation failed, 2 bad arguments,
# 3 the soak process crashed (killed by a signal).
set -uo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-30}
build=${2:-build}
shift $(( $# > 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo || exit 2
fi
cmake --build "$build" -j2 --target farsight_soak || exit 2
echo "soak: $minutes min, started $(date -u '+%F %T') UTC" >&2
"$build/tests/soak/farsight_soak" --minutes "$minutes" "$@"
status=$?
if [ "$status" -gt 128 ]; then
  echo "SOAK CRASHED: farsight_soak died with signal $(( status - 128 )) ($(kill -l $(( status - 128 )) 2>/dev/null))" >&2
  exit 3
fi
exit "$status"
