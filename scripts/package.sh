#!/usr/bin/env bash
# Builds the Debian package (CPack DEB) from a Release build in build/, then checks it:
# lintian reports no error, and the programs run from the package's files unpacked into a
# throw-away root (dpkg -x), outside the build tree. Prints the path of the .deb.
#   scripts/package.sh                 # build, package, check
#   scripts/package.sh --try-install   # also apt-get install it here, run it, and remove it (root or sudo)
set -euo pipefail
cd "$(dirname "$0")/.."
TRY_INSTALL=0
[ "${1:-}" = "--try-install" ] && TRY_INSTALL=1
BUILD_DIR=${BUILD_DIR:-build}
OUT_DIR=$(realpath -m "${OUT_DIR:-$BUILD_DIR/package}")

scripts/setup.sh dpkg-dev file lintian
scripts/build.sh
rm -rf "$OUT_DIR"
cpack --config "$BUILD_DIR/CPackConfig.cmake" -G DEB -B "$OUT_DIR" >/dev/null
DEB=$(ls "$OUT_DIR"/careatlas_*.deb)
echo "package: $DEB"
dpkg-deb --field "$DEB" Package Version Architecture Depends Recommends Installed-Size

echo "package: lintian"
lintian --fail-on error "$DEB"

# Run from the unpacked files, as the menu entry would (Exec=careatlas %f), in another folder,
# with a fresh user home.
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
dpkg -x "$DEB" "$ROOT/root"
mkdir -p "$ROOT/work" "$ROOT/home"
run() { (cd "$ROOT/work" && env HOME="$ROOT/home" XDG_CONFIG_HOME="$ROOT/home/.config" XDG_DATA_HOME="$ROOT/home/.local/share" \
  QT_QPA_PLATFORM=offscreen "$@"); }
run "$ROOT/root/usr/bin/careatlas-cli" --version
run "$ROOT/root/usr/bin/careatlas-cli" render "$ROOT/root/usr/share/careatlas/demo.gpkg" --out map.png --width 800 --height 600 >/dev/null
run "$ROOT/root/usr/bin/careatlas" --snapshot window.png
[ -s "$ROOT/work/map.png" ] && [ -s "$ROOT/work/window.png" ]
echo "package: the unpacked programs ran (map and window snapshot written)"

if [ "$TRY_INSTALL" = 1 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  if dpkg-query -W -f='${Status}' careatlas 2>/dev/null | grep -q "install ok installed"; then
    echo "package: careatlas is already installed here; not touching it" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -q --no-install-recommends "$(realpath "$DEB")"   # its Depends are what the build uses
  status=0
  (cd "$ROOT/work" && rm -f window.png && HOME="$ROOT/home" QT_QPA_PLATFORM=offscreen careatlas --snapshot window.png && [ -s window.png ]) || status=$?
  $SUDO apt-get purge -y -q careatlas
  [ "$status" = 0 ] || { echo "package: the installed careatlas failed ($status)" >&2; exit 1; }
  echo "package: installed with apt-get, ran careatlas --snapshot, removed again"
fi
echo "$DEB"
