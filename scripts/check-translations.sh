#!/usr/bin/env bash
# CI check: fails when translations/*.ts are out of date with the sources, when lupdate warns (a tr() it
# cannot attribute to a context is silently dropped from the catalogue), when zh_CN has unfinished or
# empty entries, or when an English plural entry lacks its forms. Uses the same lupdate as
# scripts/update-translations.sh ($LUPDATE, default /usr/lib/qt6/bin/lupdate).
# Fix with scripts/update-translations.sh and then translate.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
if [ ! -x "$lupdate" ]; then
  echo "lupdate not found at $lupdate (set LUPDATE)" >&2
  exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/farsight_en.ts translations/farsight_zh_CN.ts "$tmp/"
status=0
if ! LUPDATE="$lupdate" scripts/update-translations.sh "$tmp" >"$tmp/lupdate.out" 2>"$tmp/lupdate.err"; then
  echo "lupdate failed:" >&2
  cat "$tmp/lupdate.err" >&2
  exit 1
fi
if [ -s "$tmp/lupdate.err" ]; then
  echo "lupdate warned (these strings are missing from the catalogue):" >&2
  sort -u "$tmp/lupdate.err" | head -20 >&2
  status=1
fi
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
empty=$(cat translations/farsight_zh_CN.ts translations/farsight_en.ts \
  | { grep -cE '<translation>\s*</translation>|<translation/>|<numerusform>\s*</numerusform>|<numerusform/>' || true; })
if [ "$empty" -gt 0 ]; then
  echo "translations have $empty empty translations or plural forms" >&2
  status=1
fi
unfinished_en=$(grep -c 'type="unfinished"' translations/farsight_en.ts || true)
if [ "$unfinished_en" -gt 0 ]; then
  echo "translations/farsight_en.ts has $unfinished_en plural entries without forms" >&2
  status=1
fi
if [ "$status" -eq 0 ]; then
  echo "translations up to date and complete: $(grep -c '<message' translations/farsight_zh_CN.ts) zh_CN entries," \
    "$(grep -c '<message' translations/farsight_en.ts) English plural entries"
fi
exit "$status"
