#!/usr/bin/env bash
# The whole test suite, as CI runs it (`npm test`): lint and format, typecheck, unit + property
# + doc tests with coverage, the time-zone matrix, the build, the built package's exports and
# size budgets, publint and attw, the API docs, the examples and a packed install.
set -euo pipefail
cd "$(dirname "$0")/.."
steps=0
step() {
  echo
  echo "════ $1"
  steps=$((steps + 1))
}
step "lint and format";            npx eslint . && npx prettier --check .
step "extract doc examples";       npx tsx scripts/extract-doc-examples.ts
step "typecheck";                  npx tsc -p .
step "unit, property and doc tests (TZ=UTC, coverage)"; TZ=UTC npx vitest run --coverage
step "time-zone matrix";           bash scripts/test-tz.sh
step "build";                      npx tsup --silent
step "built package: exports, size budgets, dependency confinement"; npx vitest run --config vitest.package.config.ts
step "publint";                    npx publint --strict
step "are the types wrong";        npx attw --pack . --profile node16
step "api docs (typedoc)";         npx typedoc --logLevel Warn
step "examples";                   node scripts/run-examples.mjs
step "packed install (ESM + CJS)"; node scripts/smoke-pack.mjs
echo
echo "check: ${steps} passed, 0 failed"
