#!/usr/bin/env bash
# Installs what is missing, builds Farsight and starts it on the built-in demo dashboard.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
exec ./build/farsight --demo "$@"
