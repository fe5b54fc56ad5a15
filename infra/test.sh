#!/usr/bin/env bash
# `make test`: installs what is missing, then type-checks, lints, validates docker-compose.yml
# and runs every test.
# The vitest global setup starts a throwaway PostgreSQL and Temporal dev server on free
# ports (or a fresh database in DATABASE_URL's server) and stops them afterwards.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
export PATH="$(bash "$here/bootstrap.sh"):$PATH"
cd "$root"
# The dashboard test runs in a real browser (CHROMIUM_PATH overrides).
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(bash "$here/chromium/install.sh")}"
echo "== typecheck" >&2
pnpm -r --reporter=append-only typecheck
echo "== lint" >&2
pnpm lint
# docker-compose.yml through the real `docker compose config` (built once into .tools; no
# Docker engine needed) and hadolint on the Dockerfiles. The images themselves are not built
# here: see README "Docker".
echo "== compose config, hadolint" >&2
bash "$here/compose-check/check.sh"
echo "== tests" >&2
mkdir -p .data
results=.data/test-results.json
rm -f "$results"
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$results" "$@" || {
  status=$?
  node "$here/test-failures.mjs" "$results"
  exit "$status"
}
