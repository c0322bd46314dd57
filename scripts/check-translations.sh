#!/usr/bin/env bash
# CI check: fails when translations/*.ts are out of date with the sources, or when zh_CN has
# unfinished or empty entries. Fix with scripts/update-translations.sh and then translate.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/farsight_en.ts translations/farsight_zh_CN.ts "$tmp/"
scripts/update-translations.sh "$tmp" >/dev/null
status=0
for f in farsight_en.ts farsight_zh_CN.ts; do
  if ! diff -u "translations/$f" "$tmp/$f" >"$tmp/$f.diff"; then
    echo "translations/$f is out of date with the sources; run scripts/update-translations.sh:" >&2
    head -40 "$tmp/$f.diff" >&2
    status=1
  fi
done
unfinished=$(grep -c 'type="unfinished"' translations/farsight_zh_CN.ts || true)
if [ "$unfinished" -gt 0 ]; then
  echo "translations/farsight_zh_CN.ts has $unfinished unfinished entries:" >&2
  grep -B3 'type="unfinished"' translations/farsight_zh_CN.ts | grep '<source>' | head -20 >&2
  status=1
fi
unfinished_en=$(grep -c 'type="unfinished"' translations/farsight_en.ts || true)
if [ "$unfinished_en" -gt 0 ]; then
  echo "translations/farsight_en.ts has $unfinished_en plural entries without forms" >&2
  status=1
fi
[ "$status" -eq 0 ] && echo "translations up to date and complete"
exit "$status"
