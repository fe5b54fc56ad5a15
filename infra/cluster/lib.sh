# Sourced by infra/up.sh: the cluster profile's Temporal (schema, server, namespace, Web UI)
# and small helpers both profiles use. Expects root, here, temporal_port, ui_port, PORT,
# TEMPORAL_ADDRESS, DATABASE_URL and the infra_pids array of up.sh.

# export_unset_from <file>: NAME=value lines; a variable already set in the environment wins.
export_unset_from() {
  local line name
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    name="${line%%=*}"
    [[ -n "$name" && -z "${!name:-}" ]] && export "$name=${line#*=}"
  done <"$1"
  return 0 # the loop's status is its last test's: a set variable must not stop up.sh (set -e)
}

# topology_copies <service>: its copies in infra/cluster/topology.txt.
topology_copies() {
  local copies
  copies="$(awk -v s="$1" '$1 == s { print $2 }' "$root/infra/cluster/topology.txt")"
  [[ "$copies" =~ ^[0-9]+$ ]] || { echo "caseflow: infra/cluster/topology.txt has no copies for $1" >&2; return 1; }
  echo "$copies"
}

# shift_port <host:port|off> <offset>
shift_port() {
  if [[ "${1,,}" == off ]]; then echo off; else echo "${1%:*}:$((${1##*:} + $2))"; fi
}

metrics_url() { [[ "${1,,}" == off ]] && echo "off" || echo "http://$1/metrics"; }

wait_for_namespace() {
  for _ in $(seq 1 120); do
    temporal operator namespace describe default --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  temporal operator namespace describe default --address "$TEMPORAL_ADDRESS" >/dev/null || { echo "caseflow: Temporal did not start" >&2; exit 1; }
}

# Temporal's role, databases and schemas on the project's PostgreSQL, then temporal-server
# and the Web UI server in the background (their pids in infra_pids), with the namespace
# and caseflow's search attributes registered: the scripts docker-compose.yml runs too.
start_temporal_cluster() {
  local cluster="$root/infra/temporal/cluster" server_bin tools ui_bin pg_bin db_host db_port
  server_bin="$(bash "$root/infra/temporal/install-server.sh")"
  tools="$(dirname "$server_bin")"
  ui_bin="$(bash "$root/infra/temporal/install-ui.sh")"
  # Temporal's databases live beside caseflow's, on the server DATABASE_URL names.
  db_host="$(node -e 'console.log(new URL(process.argv[1]).hostname)' "$DATABASE_URL")"
  db_port="$(node -e 'console.log(new URL(process.argv[1]).port || 5432)' "$DATABASE_URL")"
  export TEMPORAL_DB_HOST="${TEMPORAL_DB_HOST:-$db_host}" TEMPORAL_DB_PORT="${TEMPORAL_DB_PORT:-$db_port}"
  if [[ $started_postgres -eq 1 ]]; then
    pg_bin="$(bash "$root/infra/postgres/install.sh")"
    PATH="$pg_bin:$PATH" PGHOST="$TEMPORAL_DB_HOST" PGPORT="$TEMPORAL_DB_PORT" sh "$cluster/init-role.sh"
  fi
  TEMPORAL_SQL_TOOL="$tools/temporal-sql-tool" TEMPORAL_SCHEMA_DIR="$tools/schema/postgresql/v12" \
    sh "$cluster/schema.sh" 2>&1 | sed -u 's/^/temporal-schema: /' >&2
  TEMPORAL_SERVER_BIN="$server_bin" TEMPORAL_PORT="$temporal_port" sh "$cluster/server.sh" \
    > >(sed -u 's/^/temporal: /') 2>&1 &
  infra_pids+=($!)
  for _ in $(seq 1 120); do
    temporal operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1 && break
    sleep 0.5
  done
  TEMPORAL_NAMESPACE=default SEARCH_ATTRIBUTES_FILE="$root/infra/temporal/search-attributes.txt" \
    sh "$cluster/setup-namespace.sh" 2>&1 | sed -u 's/^/temporal-setup: /' >&2
  TEMPORAL_UI_SERVER_BIN="$ui_bin" TEMPORAL_UI_PORT="$ui_port" TEMPORAL_NAMESPACE=default \
    TEMPORAL_CODEC_ENDPOINT="http://localhost:$PORT/codec" sh "$cluster/ui.sh" \
    > >(sed -u 's/^/temporal-ui: /') 2>&1 &
  infra_pids+=($!)
}
