#!/bin/sh
# One-shot: waits for the Temporal frontend, creates caseflow's namespace if it is missing
# and sets its retention (closed requests' histories are deleted after it), and registers
# the custom search attributes listed in
# search-attributes.txt (`Name=Type` lines, the same file the dev server reads) that the
# namespace does not have yet. Idempotent: a second run changes nothing. Run with the
# `temporal` CLI by `CASEFLOW_TOPOLOGY=cluster make up` and in the temporalio/admin-tools
# image by docker-compose.yml.
#
# Environment: TEMPORAL_ADDRESS (host:port), TEMPORAL_NAMESPACE, RETENTION_DAYS,
# NAMESPACE_RETENTION, SEARCH_ATTRIBUTES_FILE.
set -eu
address="${TEMPORAL_ADDRESS:?TEMPORAL_ADDRESS is required}"
namespace="${TEMPORAL_NAMESPACE:-default}"
# With RETENTION_DAYS the caseflow-retention Schedule erases a closed request from the read
# model after that many days: Temporal keeps its history exactly as long, no longer. Without
# it the read model keeps closed requests and the history goes after NAMESPACE_RETENTION.
case "${RETENTION_DAYS:-off}" in
  off | '') retention="${NAMESPACE_RETENTION:-720h}" ;;
  *[!0-9]*) echo "temporal-setup: RETENTION_DAYS must be a whole number of days or off, not $RETENTION_DAYS" >&2; exit 1 ;;
  *) retention="$((RETENTION_DAYS * 24))h" ;;
esac
attributes_file="${SEARCH_ATTRIBUTES_FILE:-/caseflow/search-attributes.txt}"

log() { echo "temporal-setup: $*" >&2; }

# retry <attempts> <command…>: the frontend answers before its namespace cache is warm.
retry() {
  attempts="$1"
  shift
  n=1
  until "$@"; do
    [ "$n" -ge "$attempts" ] && { log "gave up after $attempts attempts: $*"; return 1; }
    n=$((n + 1))
    sleep 2
  done
}

log "waiting for Temporal at $address"
retry 90 temporal operator cluster health --address "$address" >/dev/null

if temporal operator namespace describe --address "$address" --namespace "$namespace" >/dev/null 2>&1; then
  log "namespace $namespace exists; retention $retention"
  retry 10 temporal operator namespace update --address "$address" --namespace "$namespace" --retention "$retention" >/dev/null
else
  log "creating namespace $namespace (retention $retention)"
  retry 10 temporal operator namespace create --address "$address" --namespace "$namespace" --retention "$retention"
fi
# A namespace just created takes a few seconds to reach every frontend's cache.
retry 30 temporal operator namespace describe --address "$address" --namespace "$namespace" >/dev/null

existing="$(retry 10 temporal operator search-attribute list --address "$address" --namespace "$namespace")"
while IFS= read -r line || [ -n "$line" ]; do
  line="$(printf '%s' "${line%%#*}" | tr -d ' \t\r')"
  [ -z "$line" ] && continue
  name="${line%%=*}"
  type="${line#*=}"
  if printf '%s\n' "$existing" | grep -qw -- "$name"; then
    log "search attribute $name exists"
    continue
  fi
  log "registering search attribute $name ($type)"
  retry 10 temporal operator search-attribute create --address "$address" --namespace "$namespace" --name "$name" --type "$type"
done <"$attributes_file"
log "done"
