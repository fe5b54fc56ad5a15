#!/bin/sh
# Runs temporal-server (frontend, history, matching and worker in one process) in the
# foreground with config/caseflow.yaml: `CASEFLOW_TOPOLOGY=cluster make up` runs it with the
# binary infra/temporal/install-server.sh built, docker-compose.yml runs it as the
# temporalio/server image's entrypoint with this folder mounted at /caseflow/temporal.
#
# Environment (all optional; config/caseflow.yaml has the defaults): TEMPORAL_SERVER_BIN
# (default temporal-server on PATH), TEMPORAL_DB_HOST/PORT/USER/PASSWORD, TEMPORAL_PORT,
# TEMPORAL_HTTP_PORT, TEMPORAL_HISTORY_PORT, TEMPORAL_MATCHING_PORT, TEMPORAL_WORKER_PORT and
# their *_MEMBERSHIP_PORTs, TEMPORAL_BIND_IP (127.0.0.1), TEMPORAL_METRICS_ADDRESS (none),
# TEMPORAL_LOG_LEVEL (warn).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
export TEMPORAL_DYNAMIC_CONFIG_FILE="${TEMPORAL_DYNAMIC_CONFIG_FILE:-$here/dynamicconfig/caseflow.yaml}"
# Bound to every interface (a container), the services must announce an address the others
# can reach: the container's own, as the temporalio/server image's entrypoint does.
if [ "${TEMPORAL_BIND_IP:-127.0.0.1}" = 0.0.0.0 ] && [ -z "${TEMPORAL_BROADCAST_ADDRESS:-}" ]; then
  TEMPORAL_BROADCAST_ADDRESS="$(hostname -i | cut -d' ' -f1)"
  export TEMPORAL_BROADCAST_ADDRESS
fi
exec "${TEMPORAL_SERVER_BIN:-temporal-server}" --root / --config "${here#/}/config" --env caseflow start
