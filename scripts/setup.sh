#!/usr/bin/env bash
# Installs the Debian 12 packages CareAtlas needs to build, test and run, and any packages
# named as arguments (scripts/package.sh adds its tools). Non-interactive; uses sudo when not
# root. Safe to run again.
set -euo pipefail
PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-positioning-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  libgdal-dev gdal-bin python3-gdal libicu-dev libsqlite3-dev sqlite3 libboost-dev catch2
  fonts-noto-cjk poppler-utils xvfb xauth
  postgresql-15 postgresql-15-postgis-3 libpq-dev postgresql-common
  "$@"
)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all packages present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
