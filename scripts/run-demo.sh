#!/usr/bin/env bash
# Starts Farsight on the built-in demo dashboard: checks for a desktop session first (Farsight opens a window),
# installs what is missing, builds only the `farsight` executable (not the tests) and starts it.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${QT_QPA_PLATFORM:-}" in
  "" | xcb*)
    if [ -z "${DISPLAY:-}" ] && { [ -n "${QT_QPA_PLATFORM:-}" ] || [ -z "${WAYLAND_DISPLAY:-}" ]; }; then
      echo "run-demo.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset): Farsight opens a window: run this in a desktop session (or under xvfb-run -a)." >&2
      exit 1
    fi
    ;;
esac
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)" --target farsight
exec ./build/farsight --demo "$@"
