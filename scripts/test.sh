#!/usr/bin/env bash
# Every check, in CI order: format, lint, typecheck, tests. The README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
echo "== format"; npx prettier --check . --log-level warn
echo "== lint"; npx eslint --max-warnings 0 .
echo "== typecheck"; npx tsc -p .
echo "== tests"; npx vitest run
