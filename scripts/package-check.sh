#!/usr/bin/env bash
# The packaging step of CI (called by scripts/test.sh): builds the .deb from its own RelWithDebInfo gcc tree with
# the UI (the ASan tree is not fit to ship and the other gcc tree has no UI), tests off, Debian's hardening flags;
# then validates it (desktop-file-validate, appstreamcli, lintian with no error or warning), checks that apt could
# install it here, installs it with dpkg into a throwaway root and runs the installed binaries from that root:
# farsight --version, and servers/details/check against the installed farsight-demo-dashboard.
# Usage: scripts/package-check.sh [build-dir]   (default build-pkg).
# Needs: lintian desktop-file-utils appstream bash-completion (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-pkg}
step() { printf '\n== package-check: %s\n' "$*"; }

step "build ($build)"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFARSIGHT_BUILD_TESTS=OFF \
  -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)"
cmake --build "$build" -j "$(nproc)"
rm -rf "$build/package"
(cd "$build" && cpack -G DEB)
debs=("$build"/package/farsight_*.deb)
deb=${debs[0]}
dpkg-deb --info "$deb"

work=$(mktemp -d)
demo_pid=""
cleanup() { [ -n "$demo_pid" ] && kill "$demo_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
root="$work/root"

step "validators"
dpkg -x "$deb" "$work/files"
id=$(sed -n 's|^  <id>\(.*\)</id>$|\1|p' "$work"/files/usr/share/metainfo/*.metainfo.xml)
desktop-file-validate "$work/files/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "$work/files/usr/share/metainfo/$id.metainfo.xml"
lintian --fail-on error,warning "$deb"
for size in 16 22 24 32 48 64 128 256; do
  test -s "$work/files/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
done
test -s "$work/files/usr/share/icons/hicolor/scalable/apps/$id.svg"
if man --help 2>&1 | grep -q -- --warnings; then
  warnings=$(MANWIDTH=100 man --warnings -l "$work"/files/usr/share/man/man1/farsight.1.gz 2>&1 >/dev/null)
  [ -z "$warnings" ] || { echo "$warnings"; exit 1; }
fi

step "bash completion, as installed"
completion=$(bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; shift
  for line in "$@"; do
    read -ra COMP_WORDS <<<"$line"; COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE=$line; COMP_POINT=${#line}
    COMPREPLY=(); _farsight; printf "%s " "${COMPREPLY[@]}"
  done' _ "$work/files/usr/share/bash-completion/completions/farsight" "farsight ch" "farsight check --cr")
[ "$completion" = "check --critical " ] || { echo "completion gave: $completion"; exit 1; }

step "apt would install it here (simulated against this machine's archive)"
apt-get install --simulate --no-install-recommends "./$deb" | tail -n 3

step "dpkg -i into a clean root ($root)"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
# The empty root has none of the Depends (they are on this machine, checked above), hence --force-depends.
dpkg --root="$root" --force-depends --force-not-root --log=/dev/null -i "$deb"
dpkg --root="$root" -s farsight | grep -q '^Status: install ok installed'

step "the installed binaries"
env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/farsight" --version | tee "$work/version"
grep -qx "farsight $(dpkg-deb -f "$deb" Version)" "$work/version"
grep -q "^Exec=farsight$" "$root/usr/share/applications/$id.desktop"
"$root/usr/bin/farsight-demo-dashboard" --port 0 --servers 5 --token-file "$work/token" >"$work/demo.out" 2>&1 &
demo_pid=$!
for _ in $(seq 100); do grep -q '^http://' "$work/demo.out" && break; sleep 0.1; done
url=$(grep -m1 '^http://' "$work/demo.out")
"$root/usr/bin/farsight" servers --url "$url" --token-file "$work/token" --format csv | tee "$work/servers.csv"
[ "$(wc -l <"$work/servers.csv")" -eq 6 ] # a header and five servers
"$root/usr/bin/farsight" details --url "$url" --token-file "$work/token" --id 1 --format json | grep -q '"cpu_models"'
"$root/usr/bin/farsight" check --url "$url" --token-file "$work/token" -c offline=5 | grep '^FARSIGHT OK - '
echo "package-check: $deb is fine"
