#!/usr/bin/env bash
# `make up`: the whole system in the foreground on this machine — PostgreSQL, the Temporal
# dev server (Web UI on :8233) and every caseflow process, with readable logs.
# Ctrl-C stops all of them cleanly. Ports: intake PORT (8080), Temporal 7233/8233,
# PostgreSQL PGPORT (5433) unless DATABASE_URL is given, the workers' Prometheus metrics
# WORKFLOWS_/CLASSIFICATION_/NOTIFICATION_METRICS_ADDRESS (127.0.0.1:9401/9402/9403; `off`).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
export PATH="$(bash "$here/bootstrap.sh"):$PATH"
cd "$root"

temporal_port="${TEMPORAL_PORT:-7233}"
ui_port="${TEMPORAL_UI_PORT:-8233}"
export TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-127.0.0.1:$temporal_port}"
export PORT="${PORT:-8080}"
started_postgres=0
pids=()

cleanup() {
  trap - INT TERM EXIT
  # Finish the shutdown even when the terminal or a log pipe (make up | tee) is already gone.
  trap '' PIPE INT TERM
  set +e
  echo "caseflow: stopping…" >&2
  # Services first (they drain their workers), then Temporal, then PostgreSQL.
  for pid in "${pids[@]:1}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]:1}"; do wait "$pid" 2>/dev/null || true; done
  [[ ${#pids[@]} -gt 0 ]] && { kill -TERM "${pids[0]}" 2>/dev/null || true; wait "${pids[0]}" 2>/dev/null || true; }
  if [[ $started_postgres -eq 1 ]]; then bash "$here/postgres/stop.sh" >&2 || true; fi
  echo "caseflow: stopped" >&2
}
trap cleanup INT TERM EXIT

if [[ -z "${DATABASE_URL:-}" ]]; then
  DATABASE_URL="$(bash "$here/postgres/start.sh")"
  started_postgres=1
fi
export DATABASE_URL

# Dev secrets, made once and kept in .data/ (the SQLite history stays decodable across
# restarts): the admin API key, the payload codec key and the first admin's password.
# The environment wins when set.
secrets_file="$root/.data/dev-secrets.env"
if [[ ! -f "$secrets_file" ]]; then
  mkdir -p "$root/.data"
  ( umask 077
    { echo "CASEFLOW_ADMIN_KEY=dev-admin-$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
      echo "CODEC_KEYS=dev-1:$(head -c 32 /dev/urandom | base64)"; } >"$secrets_file" )
fi
# Added to older secrets files too: the key of the reply tokens in replies' Reply-To addresses.
if ! grep -q '^REPLY_TOKEN_KEY=' "$secrets_file"; then
  ( umask 077; echo "REPLY_TOKEN_KEY=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')" >>"$secrets_file" )
fi
# Added to older secrets files too: the password of the first admin agent (made below).
if ! grep -q '^CASEFLOW_ADMIN_PASSWORD=' "$secrets_file"; then
  ( umask 077; echo "CASEFLOW_ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')" >>"$secrets_file" )
fi
while IFS= read -r line; do
  name="${line%%=*}"
  [[ -n "$name" && -z "${!name:-}" ]] && export "$name=${line#*=}"
done <"$secrets_file"
export CASEFLOW_ADMIN_EMAIL="${CASEFLOW_ADMIN_EMAIL:-admin@caseflow.local}"
# The codec endpoint answers the Web UI's origin only, with the session cookie of a signed-in
# lead or admin (README "Finding a request in the Temporal Web UI").
export CODEC_CORS_ORIGINS="${CODEC_CORS_ORIGINS:-http://localhost:$ui_port,http://127.0.0.1:$ui_port}"

pretty() { "$root/node_modules/.bin/pino-pretty" --colorize --translateTime 'SYS:HH:MM:ss' --ignore pid,hostname,service --messageFormat '{service}: {msg}'; }

TEMPORAL_PORT="$temporal_port" TEMPORAL_UI_PORT="$ui_port" bash "$here/temporal/start.sh" \
  --ui-codec-endpoint "http://localhost:$PORT/codec" > >(sed -u 's/^/temporal: /') 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  temporal operator namespace describe default --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1 && break
  sleep 0.5
done
temporal operator namespace describe default --address "$TEMPORAL_ADDRESS" >/dev/null || { echo "caseflow: Temporal did not start" >&2; exit 1; }

pnpm --silent --filter @caseflow/db migrate
# The first admin who signs in: created once with the password kept in the secrets file,
# which the CLI prints the time it creates the agent.
pnpm --silent caseflow agent create --email "$CASEFLOW_ADMIN_EMAIL" --name Administrator --role admin \
  --password-env CASEFLOW_ADMIN_PASSWORD --if-absent | sed -u 's/^/caseflow: /'

# Each worker serves its metrics on an address of its own (METRICS_ADDRESS, see docs/operations.md).
workflows_metrics="${WORKFLOWS_METRICS_ADDRESS:-127.0.0.1:9401}"
classification_metrics="${CLASSIFICATION_METRICS_ADDRESS:-127.0.0.1:9402}"
notification_metrics="${NOTIFICATION_METRICS_ADDRESS:-127.0.0.1:9403}"
metrics_url() { [[ "${1,,}" == off ]] && echo "off" || echo "http://$1/metrics"; }

start_service() {
  local dir="$1" metrics="${2:-off}"
  (cd "$root/$dir" && METRICS_ADDRESS="$metrics" exec node --import tsx src/main.ts) > >(pretty) 2>&1 &
  pids+=($!)
}
start_service workflows "$workflows_metrics"
start_service services/classification "$classification_metrics"
start_service services/notification "$notification_metrics"
start_service services/intake
# The SMTP listener on INBOUND_SMTP_PORT (2525): mail to any address @INBOUND_DOMAIN (caseflow.local).
start_service services/mail-intake

cat >&2 <<BANNER

  caseflow is starting (the first start trains the classifier, about a minute):
    intake API       http://localhost:$PORT   (try: curl localhost:$PORT/readyz)
    API docs         http://localhost:$PORT/docs
    admin API key    CASEFLOW_ADMIN_KEY in $secrets_file
                     (export \$(grep CASEFLOW_ADMIN_KEY $secrets_file); curl -H "Authorization: Bearer \$CASEFLOW_ADMIN_KEY" …)
    admin sign-in    $CASEFLOW_ADMIN_EMAIL, CASEFLOW_ADMIN_PASSWORD in $secrets_file
                     (curl -c jar -H 'content-type: application/json' -d '{"email":…,"password":…}' localhost:$PORT/v1/session)
    Temporal Web UI  http://localhost:$ui_port   (payloads decoded through http://localhost:$PORT/codec
                     for a signed-in lead or admin: README "Finding a request in the Temporal Web UI")
    metrics          intake          http://localhost:$PORT/metrics   (admin key)
                     workflows       $(metrics_url "$workflows_metrics")
                     classification  $(metrics_url "$classification_metrics")
                     notification    $(metrics_url "$notification_metrics")
    mail intake      smtp://127.0.0.1:${INBOUND_SMTP_PORT:-2525}   (any address @${INBOUND_DOMAIN:-caseflow.local})
    PostgreSQL       $DATABASE_URL
  Ctrl-C stops everything.

BANNER
# Any process exiting brings the whole system down, so a crash is never silent.
wait -n "${pids[@]}" || true
