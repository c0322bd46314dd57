#!/usr/bin/env bash
# Installs what is missing, builds everything (UI on, then the layering check with the UI off) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
jobs=$(nproc)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
# Layering proof: models/, app/ and their tests build and pass without Qt Widgets.
cmake -S . -B build-noui -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFARSIGHT_BUILD_UI=OFF
cmake --build build-noui -j "$jobs"
ctest --test-dir build-noui --output-on-failure -j "$jobs" -LE bench
