#!/usr/bin/env bash
# Stops the project-local PostgreSQL cluster started by infra/postgres/start.sh (fast
# shutdown: open sessions are disconnected, nothing is lost). PGDATA_DIR selects the
# cluster as for start.sh. Stopping a cluster that is not running is not an error.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ ! -f "$pg_data/postmaster.pid" ]]; then
  pg_log "not running ($pg_data)"
  exit 0
fi
bin="$(bash "$pg_here/install.sh")"
as_pg "$bin/pg_ctl" -D "$pg_data" stop -m fast -w -t 60 >&2
