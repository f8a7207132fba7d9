#!/usr/bin/env bash
# Refresh translations/*.ts from the sources. Japanese holds every string; English only the
# plural forms (source strings are English). Then translate what lupdate marks unfinished
# (Qt Linguist, or by hand): the test suite fails while any Japanese entry is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
"$LUPDATE" -no-obsolete -locations none -I . app core geo -ts translations/careatlas_ja.ts
"$LUPDATE" -no-obsolete -locations none -pluralonly -I . app core geo -ts translations/careatlas_en.ts
