#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (the one lupdate invocation the CI check also uses).
# English needs only its plural forms (-pluralonly); Simplified Chinese needs every string.
# Usage: scripts/update-translations.sh [output-dir]   (default: translations/)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-translations}
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
mapfile -t sources < <(find models app ui -name '*.cpp' -o -name '*.h' | LC_ALL=C sort)
common=(-no-obsolete -locations none -silent -I models -I app -I ui)
"$lupdate" "${common[@]}" -pluralonly "${sources[@]}" -ts "$out/farsight_en.ts"
"$lupdate" "${common[@]}" "${sources[@]}" -ts "$out/farsight_zh_CN.ts"
