#!/bin/sh
# One-shot: creates Temporal's two databases (`temporal`, `temporal_visibility`) on
# PostgreSQL and brings their schemas to the version of the server that runs them, with
# temporal-sql-tool. `CASEFLOW_TOPOLOGY=cluster make up` runs it with the tool and schema
# files infra/temporal/install-server.sh built and copied; docker-compose.yml runs it in the
# temporalio/admin-tools image of the same version (tool on PATH, schema in /etc/temporal).
#
# Safe to re-run on an existing database: `create` ignores a database that exists,
# `setup-schema -v 0.0` leaves a schema already past 0.0 alone, and `update-schema` applies
# only the missing versions (a newer server's schema is how an upgrade starts).
#
# Environment: TEMPORAL_DB_HOST (127.0.0.1), TEMPORAL_DB_PORT (5433), TEMPORAL_DB_USER
# (temporal; needs CREATEDB), TEMPORAL_DB_PASSWORD (temporal), TEMPORAL_SQL_TOOL
# (temporal-sql-tool on PATH), TEMPORAL_SCHEMA_DIR (/etc/temporal/schema/postgresql/v12).
set -eu
schema_root="${TEMPORAL_SCHEMA_DIR:-/etc/temporal/schema/postgresql/v12}"
[ -d "$schema_root/temporal/versioned" ] || { echo "temporal-schema: no schema in $schema_root" >&2; exit 1; }

sql_tool() {
  "${TEMPORAL_SQL_TOOL:-temporal-sql-tool}" --plugin postgres12 --ep "${TEMPORAL_DB_HOST:-127.0.0.1}" \
    -p "${TEMPORAL_DB_PORT:-5433}" -u "${TEMPORAL_DB_USER:-temporal}" --pw "${TEMPORAL_DB_PASSWORD:-temporal}" --quiet "$@"
}

# PostgreSQL may still be starting (compose's health check passes before it takes logins
# over TCP on a first init): retry the first connection for a minute.
attempt=1
until sql_tool --db "${TEMPORAL_DB_NAME:-temporal}" create >/dev/null 2>&1; do
  [ "$attempt" -ge 60 ] && { echo "temporal-schema: PostgreSQL never took the connection:" >&2; sql_tool --db "${TEMPORAL_DB_NAME:-temporal}" create; exit 1; }
  attempt=$((attempt + 1))
  sleep 1
done

setup() { # <database> <schema folder under $schema_root>
  echo "temporal-schema: $1" >&2
  sql_tool --db "$1" create
  sql_tool --db "$1" setup-schema -v 0.0
  sql_tool --db "$1" update-schema -d "$schema_root/$2/versioned"
}

setup "${TEMPORAL_DB_NAME:-temporal}" temporal
setup "${TEMPORAL_VISIBILITY_DB_NAME:-temporal_visibility}" visibility
echo "temporal-schema: done" >&2
