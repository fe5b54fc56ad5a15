#!/usr/bin/env bash
# `make up`: the whole system in the foreground on this machine, with readable logs; Ctrl-C
# stops all of it cleanly. CASEFLOW_TOPOLOGY chooses what runs:
#   dev (default)  PostgreSQL, the Temporal dev server (the CLI's start-dev, SQLite, Web UI
#                  on :8233) and one copy of every caseflow process.
#   cluster        the production topology of docker-compose.yml (infra/cluster/topology.txt):
#                  PostgreSQL (its own data folder, .data/cluster/postgres), Temporal's schemas
#                  made with temporal-sql-tool, the real temporal-server on PostgreSQL, the Web
#                  UI server, and two copies of every caseflow process (intake on PORT and
#                  PORT+1, each worker's second copy on its metrics port + 10). The first start
#                  builds temporal-server and the UI server from source (minutes).
# Ports: intake PORT (8080), Temporal TEMPORAL_PORT/TEMPORAL_UI_PORT (7233/8233; the cluster's
# server also holds 7234, 7235, 7239, 7243 and 6933-6939), PostgreSQL PGPORT (5433) unless
# DATABASE_URL is given, the workers' Prometheus metrics WORKFLOWS_/CLASSIFICATION_/
# NOTIFICATION_METRICS_ADDRESS (127.0.0.1:9401/9402/9403; `off`), the dev topology's mailbox
# DEV_MAILBOX_PORT (1025; not started when SMTP_URL is set).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
topology="${CASEFLOW_TOPOLOGY:-dev}"
case "$topology" in
  dev | cluster) ;;
  *) echo "caseflow: CASEFLOW_TOPOLOGY must be dev or cluster, got \"$topology\"" >&2; exit 2 ;;
esac
export PATH="$(bash "$here/bootstrap.sh"):$PATH"
cd "$root"
source "$here/cluster/lib.sh"

temporal_port="${TEMPORAL_PORT:-7233}"
ui_port="${TEMPORAL_UI_PORT:-8233}"
export TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-127.0.0.1:$temporal_port}"
export PORT="${PORT:-8080}"
started_postgres=0
infra_pids=()   # Temporal and its UI: stopped last, in reverse order
service_pids=() # caseflow's processes: stopped first, so they drain their workers

cleanup() {
  trap - INT TERM EXIT
  # Finish the shutdown even when the terminal or a log pipe (make up | tee) is already gone.
  trap '' PIPE INT TERM
  set +e
  echo "caseflow: stopping…" >&2
  for pid in "${service_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${service_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for ((i = ${#infra_pids[@]} - 1; i >= 0; i--)); do
    kill -TERM "${infra_pids[$i]}" 2>/dev/null || true
    wait "${infra_pids[$i]}" 2>/dev/null || true
  done
  if [[ $started_postgres -eq 1 ]]; then bash "$here/postgres/stop.sh" >&2 || true; fi
  echo "caseflow: stopped" >&2
}
trap cleanup INT TERM EXIT

# The cluster profile keeps a PostgreSQL of its own: its read model must never point at
# workflows that live in the dev server's SQLite file, nor the other way round.
[[ $topology == cluster ]] && export PGDATA_DIR="${PGDATA_DIR:-$root/.data/cluster/postgres}"

# Dev secrets, made once and kept in .data/ (the SQLite history stays decodable across
# restarts): the admin API key, the payload codec key and the password of the local
# PostgreSQL cluster. A secret missing from an older file is added. The environment wins
# when set.
secrets_file="$root/.data/dev-secrets.env"
random_secret() { head -c "$1" /dev/urandom | base64 | tr '+/' '-_' | tr -d '='; }
mkdir -p "$root/.data"
( umask 077
  touch "$secrets_file"
  grep -q '^CASEFLOW_ADMIN_KEY=' "$secrets_file" || echo "CASEFLOW_ADMIN_KEY=dev-admin-$(random_secret 24)" >>"$secrets_file"
  grep -q '^CODEC_KEYS=' "$secrets_file" || echo "CODEC_KEYS=dev-1:$(head -c 32 /dev/urandom | base64)" >>"$secrets_file"
  grep -q '^PGPASSWORD=' "$secrets_file" || echo "PGPASSWORD=$(random_secret 24)" >>"$secrets_file"
  # The key of the reply tokens in replies' Reply-To addresses.
  grep -q '^REPLY_TOKEN_KEY=' "$secrets_file" || echo "REPLY_TOKEN_KEY=$(random_secret 32)" >>"$secrets_file"
  # The first admin agent's password (the agent is made below, once intake's database is up).
  grep -q '^CASEFLOW_ADMIN_PASSWORD=' "$secrets_file" || echo "CASEFLOW_ADMIN_PASSWORD=$(random_secret 18)" >>"$secrets_file" )
while IFS= read -r line; do
  name="${line%%=*}"
  # The cluster's password goes only to start.sh (and into DATABASE_URL): exported, it would
  # follow every process to whatever server a given DATABASE_URL names.
  [[ "$name" == PGPASSWORD ]] && { local_pg_password="${line#*=}"; continue; }
  [[ -n "$name" && -z "${!name:-}" ]] && export "$name=${line#*=}"
done <"$secrets_file"

if [[ -z "${DATABASE_URL:-}" ]]; then
  DATABASE_URL="$(PGPASSWORD="$local_pg_password" bash "$here/postgres/start.sh")"
  started_postgres=1
fi
export DATABASE_URL

export CASEFLOW_ADMIN_EMAIL="${CASEFLOW_ADMIN_EMAIL:-admin@caseflow.local}"
# The codec endpoint answers the Web UI's origin only, with the session cookie of a signed-in
# lead or admin (README "Finding a request in the Temporal Web UI").
# Prometheus reads intake's admin key from a file (infra/observability/prometheus.yml).
( umask 077; printf '%s' "$CASEFLOW_ADMIN_KEY" >"$root/.data/prometheus-admin-key" )
export CODEC_CORS_ORIGINS="${CODEC_CORS_ORIGINS:-http://localhost:$ui_port,http://127.0.0.1:$ui_port}"
# A developer points webhooks at a receiver on this machine: loopback only. Link-local
# (cloud metadata), private, unique-local and unspecified addresses stay refused here too.
export WEBHOOK_ALLOW_PRIVATE="${WEBHOOK_ALLOW_PRIVATE-127.0.0.1/32,::1/128}"

pretty() { "$root/node_modules/.bin/pino-pretty" --colorize --translateTime 'SYS:HH:MM:ss' --ignore pid,hostname,service --messageFormat '{service}: {msg}'; }

if [[ $topology == cluster ]]; then
  start_temporal_cluster # infra/cluster/lib.sh: schema, server, namespace, Web UI
  export_unset_from "$here/cluster/caseflow.env"
else
  TEMPORAL_PORT="$temporal_port" TEMPORAL_UI_PORT="$ui_port" bash "$here/temporal/start.sh" \
    --ui-codec-endpoint "http://localhost:$PORT/codec" > >(sed -u 's/^/temporal: /') 2>&1 &
  infra_pids+=($!)
  wait_for_namespace
fi

pnpm --silent --filter @caseflow/db migrate
# The first admin who signs in: created once with the password kept in the secrets file,
# which the CLI prints the time it creates the agent.
pnpm --silent caseflow agent create --email "$CASEFLOW_ADMIN_EMAIL" --name Administrator --role admin \
  --password-env CASEFLOW_ADMIN_PASSWORD --if-absent | sed -u 's/^/caseflow: /'

# Each worker serves its metrics on an address of its own (METRICS_ADDRESS, see docs/operations.md).
workflows_metrics="${WORKFLOWS_METRICS_ADDRESS:-127.0.0.1:9401}"
classification_metrics="${CLASSIFICATION_METRICS_ADDRESS:-127.0.0.1:9402}"
notification_metrics="${NOTIFICATION_METRICS_ADDRESS:-127.0.0.1:9403}"
banner_lines=()

# start_copies <service> <folder> <metrics address or off>: as many copies as the topology
# says (1 in dev); copy n > 1 serves metrics on the port + 10 × (n - 1) and, for intake, the
# API on PORT + n - 1.
start_copies() {
  local service="$1" dir="$2" metrics="$3" copies=1 n
  [[ $topology == cluster ]] && copies="$(topology_copies "$service")"
  for ((n = 1; n <= copies; n++)); do
    local copy_metrics copy_port=$((PORT + n - 1)) label="$service"
    copy_metrics="$(shift_port "$metrics" $((10 * (n - 1))))"
    ((copies > 1)) && label="$service#$n"
    (cd "$root/$dir" && PORT="$copy_port" METRICS_ADDRESS="$copy_metrics" exec node --import tsx src/main.ts) \
      > >(pretty | sed -u "s/^/$label /") 2>&1 &
    service_pids+=($!)
    if [[ $service == intake ]]; then
      banner_lines+=("intake API       http://localhost:$copy_port   (try: curl localhost:$copy_port/readyz; /metrics with the admin key)")
    else
      banner_lines+=("$(printf '%-16s' "$label metrics") $(metrics_url "$copy_metrics")")
    fi
  done
}
# The dev topology's outbound mail lands in a mailbox on this machine (.data/mailbox/*.eml)
# unless SMTP_URL names a real one; the cluster profile, like docker-compose.yml, has none.
if [[ $topology == dev && -z "${SMTP_URL:-}" ]]; then
  mailbox_port="${DEV_MAILBOX_PORT:-1025}"
  (cd "$root/packages/test-harness" && DEV_MAILBOX_PORT="$mailbox_port" exec node --import tsx src/dev-mailbox.ts "$root/.data/mailbox") \
    > >(sed -u 's/^/mailbox: /') 2>&1 &
  infra_pids+=($!)
  export SMTP_URL="smtp://127.0.0.1:$mailbox_port"
  banner_lines+=("mailbox          $SMTP_URL   (caseflow's outgoing mail, kept as .data/mailbox/*.eml)")
fi
start_copies workflows workflows "$workflows_metrics"
start_copies classification services/classification "$classification_metrics"
start_copies notification services/notification "$notification_metrics"
start_copies intake services/intake off
# The SMTP listener on INBOUND_SMTP_PORT (2525): mail to any address @INBOUND_DOMAIN (caseflow.local).
(cd "$root/services/mail-intake" && exec node --import tsx src/main.ts) > >(pretty | sed -u "s/^/mail-intake /") 2>&1 &
service_pids+=($!)
banner_lines+=("mail intake      smtp://127.0.0.1:${INBOUND_SMTP_PORT:-2525}   (any address @${INBOUND_DOMAIN:-caseflow.local})")

{
  echo
  echo "  caseflow ($topology topology) is starting (the first start trains the classifier, about a minute):"
  for line in "${banner_lines[@]}"; do echo "    $line"; done
  echo "    API docs         http://localhost:$PORT/docs"
  echo "    admin API key    CASEFLOW_ADMIN_KEY in $secrets_file"
  echo "                     (export \$(grep CASEFLOW_ADMIN_KEY $secrets_file); curl -H \"Authorization: Bearer \$CASEFLOW_ADMIN_KEY\" …)"
  echo "    admin sign-in    $CASEFLOW_ADMIN_EMAIL, CASEFLOW_ADMIN_PASSWORD in $secrets_file"
  echo "                     (curl -c jar -H 'content-type: application/json' -d '{\"email\":…,\"password\":…}' localhost:$PORT/v1/session)"
  echo "    Temporal         $TEMPORAL_ADDRESS ($([[ $topology == cluster ]] && echo "temporal-server on PostgreSQL" || echo "dev server"))"
  echo "    Temporal Web UI  http://localhost:$ui_port   (payloads decoded through http://localhost:$PORT/codec"
  echo "                     for a signed-in lead or admin: README \"Finding a request in the Temporal Web UI\")"
  # The URL carries the local cluster's password: shown masked, kept in the secrets file.
  echo "    PostgreSQL       $(sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#' <<<"$DATABASE_URL")"
  echo "                     (the local cluster's password is PGPASSWORD in $secrets_file)"
  echo "  Ctrl-C stops everything."
  echo
} >&2
# Any process exiting brings the whole system down, so a crash is never silent.
wait -n "${infra_pids[@]}" "${service_pids[@]}" || true
