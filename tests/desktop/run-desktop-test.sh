#!/bin/sh
# Runs one desktop test (tray, notifications, keychain) on its own session bus and X server,
# with a throwaway HOME so a real gnome-keyring can be unlocked for it.
set -eu
if [ -z "${FARSIGHT_DESKTOP_INNER:-}" ]; then
    export FARSIGHT_DESKTOP_INNER=1
    exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A real Secret Service for the keychain test; the other tests simply ignore it.
printf 'farsight-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
export QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8
"$@"
