#!/usr/bin/env bash
# The whole suite: lint, typecheck, unit + integration tests (PGlite and PostgreSQL), e2e in
# Debian's Chromium. Ends with one summary line counting every test.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-services.sh || exit 1
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://root@127.0.0.1:5432/postgres}"
export TEST_MQTT_URL="${TEST_MQTT_URL:-mqtt://127.0.0.1:1883}"
mkdir -p test-results

status=0
step() {
  echo "==> $1"
  shift
  "$@" || { echo "FAILED: $*"; status=1; }
}

step "lint" npx eslint .
step "typecheck" bash -c "npx next typegen >/dev/null && npx tsc --noEmit"
step "unit and integration tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest-results.json
step "production build" npx next build
step "e2e (Chromium)" npx playwright test

node scripts/summarize-tests.mjs test-results/vitest-results.json test-results/e2e-results.json || status=1
exit "$status"
