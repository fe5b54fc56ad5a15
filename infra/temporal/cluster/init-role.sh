#!/bin/sh
# Creates the PostgreSQL role Temporal connects as (LOGIN CREATEDB: temporal-sql-tool creates
# its two databases), when missing; the password is (re)set each time. Run against the
# project's PostgreSQL as a superuser: by `CASEFLOW_TOPOLOGY=cluster make up` over loopback,
# and in docker-compose.yml by the postgres image's first initialisation
# (/docker-entrypoint-initdb.d). Environment: TEMPORAL_DB_USER (temporal),
# TEMPORAL_DB_PASSWORD (temporal); POSTGRES_USER and POSTGRES_DB (the superuser and database
# to connect with; libpq's PGHOST/PGPORT say where).
set -eu
psql -X -q -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
  -v role="${TEMPORAL_DB_USER:-temporal}" -v password="${TEMPORAL_DB_PASSWORD:-temporal}" <<'SQL'
select format('create role %I login createdb', :'role')
  where not exists (select from pg_roles where rolname = :'role') \gexec
select format('alter role %I password %L', :'role', :'password') \gexec
SQL
