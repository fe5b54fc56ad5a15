#!/usr/bin/env bash
# Everything `make up` and `make test` need, installed idempotently: Node.js and pnpm
# (into .tools/), the workspace's node modules, the dashboard's and the agent workspace's Vite builds, the Temporal CLI (built once from source)
# and, unless DATABASE_URL points elsewhere, PostgreSQL's server binaries.
# Prints the PATH prefix to use (Node.js, pnpm, Temporal CLI).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

node_path="$(bash "$here/node/install.sh")"
export PATH="$node_path:$PATH"
(cd "$root" && pnpm install --frozen-lockfile --reporter=append-only >&2)
# The dashboard's static page (packages/dashboard/dist, served by intake at /dashboard): about a second.
(cd "$root" && pnpm --filter @caseflow/dashboard --reporter=append-only build >&2)
# The agent workspace (packages/workspace/dist, served by intake at /app): under a second.
(cd "$root" && pnpm --filter @caseflow/workspace --reporter=append-only build >&2)
temporal_bin="$(bash "$here/temporal/install.sh")"
if [[ -z "${DATABASE_URL:-}" ]]; then bash "$here/postgres/install.sh" >/dev/null; fi
echo "$node_path:$(dirname "$temporal_bin")"
