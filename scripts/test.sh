#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite through CTest: first everything but the server
# tests, then the server tests (CTest label "server") once, inside a throw-away PostgreSQL +
# PostGIS cluster made by pg_virtualenv (postgresql-common). As root (CI), -t puts the cluster
# in a temporary folder and its server runs as the "postgres" system user; as anyone else the
# cluster is the user's own. The tests reach it through PGHOST/PGPORT/PGUSER/PGPASSWORD.
# With CI set, a cluster that cannot start fails the run (the tests themselves also fail, not
# skip, without a server); elsewhere a missing pg_virtualenv only skips the server tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}
QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -LE server
if command -v pg_virtualenv >/dev/null 2>&1; then
  QT_QPA_PLATFORM=offscreen pg_virtualenv -t ctest --test-dir "$BUILD_DIR" --output-on-failure -L server
elif [ -n "${CI:-}" ]; then
  echo "test: pg_virtualenv (postgresql-common) is missing: the server tests cannot run" >&2
  exit 1
else
  echo "test: pg_virtualenv not found; server tests skipped (scripts/setup.sh installs postgresql-common)"
fi
