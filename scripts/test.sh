#!/usr/bin/env bash
# Every check, in CI order: format, lint, typecheck, then all tests on SQLite and on a
# throwaway PostgreSQL 15 server (installed from Debian when missing). The README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
echo "== format"; npx prettier --check . --log-level warn
echo "== lint"; npx eslint --max-warnings 0 .
echo "== typecheck"; npx tsc -p .
# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh
pg_start
trap pg_stop EXIT
export DETENTE_TEST_REQUIRE_POSTGRES=1
echo "== tests (SQLite and PostgreSQL)"; npx vitest run
