#!/usr/bin/env bash
# Installs the Debian 12 packages Farsight needs to build, test and run (Qt 6.4.2 and tools).
set -euo pipefail
packages=(
  cmake g++ ninja-build ccache
  clang libclang-rt-14-dev llvm libqt6sql6-sqlite
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev qt6-translations-l10n libgl-dev
  xvfb xauth x11-apps x11-utils imagemagick xdotool fonts-wqy-microhei trayer iso-flags-svg
  dbus dbus-x11 libsecret-1-0 libsecret-tools gnome-keyring
  lintian desktop-file-utils appstream bash-completion
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
