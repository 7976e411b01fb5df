#!/usr/bin/env bash
# Every check, in CI order: format, lint, typecheck, the web UI build, then all tests (API,
# store on SQLite and on a throwaway PostgreSQL 15 server, and the dashboard in a real Chromium).
# Installs Debian's postgresql and chromium when missing. The README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
echo "== format"; npx prettier --check . --log-level warn
echo "== lint"; npx eslint --max-warnings 0 .
echo "== typecheck"; npx tsc -p . && npx tsc -p web
if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Chromium (Debian package chromium) for the browser tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || {
    echo "cannot install chromium: run as root with apt available" >&2; exit 1; }
fi
echo "== web UI build"; npx vite build --config web/vite.config.ts --logLevel warn
# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh
pg_start
trap pg_stop EXIT
export DETENTE_TEST_REQUIRE_POSTGRES=1
echo "== tests (SQLite and PostgreSQL)"; npx vitest run
