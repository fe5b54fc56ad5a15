#!/usr/bin/env bash
# Runs the Temporal dev server (the CLI's `server start-dev`) in the foreground, with the
# caseflow search attributes from search-attributes.txt (one Name=Type per line) and a
# persistent SQLite store. Ctrl-C / SIGTERM stop it: the script execs the server.
#
# Environment: TEMPORAL_PORT (gRPC, default 7233), TEMPORAL_UI_PORT (default 8233),
# TEMPORAL_DB_FILE (default <repo>/.data/temporal/temporal.db). Extra arguments are passed
# on to `temporal server start-dev` (e.g. --headless, --http-port N, --metrics-port N).
#
# Restarting on an existing db file is fine: start-dev skips search attributes that are
# already registered with the same type.
#
# SQLite runs in WAL mode with synchronous=NORMAL: a commit is a write to the log, not an
# fsync, which took workflow starts from ~20/s to ~90/s on the 2-core dev box (16 starts
# in flight, no worker, 2026-11-25). A killed server loses nothing (the log is in the page cache and
# replayed on open); only a power cut can drop the last commits, which is acceptable for
# a development server (production runs Temporal on PostgreSQL, docker-compose.yml).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

temporal="$(bash "$here/install.sh")"
db_file="${TEMPORAL_DB_FILE:-$root/.data/temporal/temporal.db}"
mkdir -p "$(dirname "$db_file")"

search_attributes=()
while IFS= read -r line || [[ -n "$line" ]]; do
  line="${line%%#*}"
  line="${line//[[:space:]]/}"
  [[ -n "$line" ]] && search_attributes+=(--search-attribute "$line")
done <"$here/search-attributes.txt"

exec "$temporal" server start-dev \
  --ip 127.0.0.1 \
  --port "${TEMPORAL_PORT:-7233}" \
  --ui-port "${TEMPORAL_UI_PORT:-8233}" \
  --db-filename "$db_file" \
  --sqlite-pragma journal_mode=wal \
  --sqlite-pragma synchronous=normal \
  --namespace default \
  --log-level warn \
  "${search_attributes[@]}" \
  "$@"
