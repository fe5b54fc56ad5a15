#!/bin/sh
# One-shot (temporalio/admin-tools): creates Temporal's two databases in temporal-postgres and
# brings their schemas to the version this admin-tools image ships. Safe to re-run on an
# existing volume: `create` ignores a database that exists, `setup-schema -v 0.0` leaves a
# schema already past 0.0 alone, and `update-schema` applies only the missing versions.
set -eu
: "${POSTGRES_SEEDS:?POSTGRES_SEEDS is required}"
: "${POSTGRES_USER:?POSTGRES_USER is required}"
: "${SQL_PASSWORD:?SQL_PASSWORD is required}"
port="${DB_PORT:-5432}"
schema_root=/etc/temporal/schema/postgresql/v12

attempt=1
until nc -z -w 5 "$POSTGRES_SEEDS" "$port"; do
  [ "$attempt" -ge 60 ] && { echo "temporal-schema: PostgreSQL at $POSTGRES_SEEDS:$port never answered" >&2; exit 1; }
  attempt=$((attempt + 1))
  sleep 1
done

sql_tool() {
  temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "$port" -u "$POSTGRES_USER" "$@"
}

setup() { # <database> <schema folder under $schema_root>
  echo "temporal-schema: $1"
  sql_tool --db "$1" create
  sql_tool --db "$1" setup-schema -v 0.0
  sql_tool --db "$1" update-schema -d "$schema_root/$2/versioned"
}

setup "${DBNAME:-temporal}" temporal
setup "${VISIBILITY_DBNAME:-temporal_visibility}" visibility
echo "temporal-schema: done"
