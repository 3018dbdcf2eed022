#!/usr/bin/env bash
# Runs the whole unit, property and doc-test suite under time zones on both sides of China's
# (and across the date line), so that no result may depend on the process time zone.
set -euo pipefail
cd "$(dirname "$0")/.."
for tz in Asia/Shanghai America/New_York Pacific/Kiritimati; do
  echo "── TZ=$tz"
  TZ="$tz" npx vitest run --reporter=dot --silent
done
