#!/bin/sh
# Runs the Temporal Web UI server in the foreground with ui/caseflow.yaml:
# `CASEFLOW_TOPOLOGY=cluster make up` runs it with the binary infra/temporal/install-ui.sh
# built, docker-compose.yml as the temporalio/ui image's entrypoint (this folder mounted at
# /caseflow/temporal). Environment: TEMPORAL_UI_SERVER_BIN (default: the image's
# /home/ui-server/ui-server), TEMPORAL_ADDRESS, TEMPORAL_UI_HOST (127.0.0.1),
# TEMPORAL_UI_PORT (8233), TEMPORAL_NAMESPACE, TEMPORAL_CODEC_ENDPOINT.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
exec "${TEMPORAL_UI_SERVER_BIN:-/home/ui-server/ui-server}" --root / --config "${here#/}/ui" --env caseflow start
