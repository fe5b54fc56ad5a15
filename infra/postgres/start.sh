#!/usr/bin/env bash
# Starts the project-local PostgreSQL cluster and prints its DATABASE_URL on stdout.
#
#   bash infra/postgres/start.sh               # start in the background, wait until ready
#   bash infra/postgres/start.sh --foreground  # run attached (make up); Ctrl-C / SIGTERM
#                                              # stop it with a fast shutdown
#
# Environment:
#   DATABASE_URL  if set, nothing is started: the URL is printed back as is.
#   PGDATA_DIR    data directory (default <repo>/.data/postgres); initdb'd when empty.
#   PGPORT        TCP port (default 5433: 5432 may belong to a system cluster).
#   PG_THROWAWAY  1 = a disposable cluster (tests): initdb --no-sync, fsync and
#                 synchronous_commit off. Never for data you want to keep.
#   PG_MAX_CONNECTIONS  max_connections (default 300: enough for the cluster profile's pools).
#   PGPASSWORD    the password of the roles `postgres` and `caseflow` (16+ characters of
#                 A-Z a-z 0-9 _ -); required unless PG_THROWAWAY=1, which makes one up.
#                 `make up` keeps it in .data/dev-secrets.env. The printed URL carries it.
#
# The cluster listens on 127.0.0.1 only, keeps its unix socket inside the data directory
# (not /var/run/postgresql, which belongs to the Debian cluster) and logs to
# <data>/postgres.log in the background mode. Authentication is `scram-sha-256` for local
# and host connections: nobody else on the machine connects without the password. This is
# still a developer/test cluster, never a deployment recipe. The role and database
# `caseflow` (role with LOGIN CREATEDB, owner of the database) are created when missing.
#
# A cluster made by an older start.sh with `trust` is migrated at its next start: the
# roles get the password (over the old trust rules, once), then pg_hba.conf is rewritten
# and reloaded. Lost the password but kept the data? Start it with the old password, or
# remove the data directory (its data goes with it).
#
# Reachability: postgres must be able to traverse every parent of the data directory.
# When run as root and a parent is not traversable by `postgres` (e.g. a 0700 temp dir
# or /root), this script adds o+x (search only, never read) to that parent and says so.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

foreground=0
for arg in "$@"; do
  case "$arg" in
    --foreground) foreground=1 ;;
    -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; exit 0 ;;
    *) pg_log "unknown argument: $arg (try --help)"; exit 2 ;;
  esac
done

if [[ -n "${DATABASE_URL:-}" ]]; then
  pg_log "DATABASE_URL is set; starting nothing"
  echo "$DATABASE_URL"
  exit 0
fi

if [[ -z "${PGPASSWORD:-}" && "${PG_THROWAWAY:-0}" == 1 ]]; then
  PGPASSWORD="$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
fi
if [[ ! "${PGPASSWORD:-}" =~ ^[A-Za-z0-9_-]{16,}$ ]]; then
  pg_log "PGPASSWORD must be set to 16+ characters of A-Z a-z 0-9 _ - (make up keeps one in .data/dev-secrets.env)"
  exit 2
fi
export PGPASSWORD

bin="$(bash "$pg_here/install.sh")"
port="${PGPORT:-5433}"
mkdir -p "$pg_data"
pg_data="$(cd "$pg_data" && pwd)"

ensure_reachable() {
  [[ $(id -u) -eq 0 ]] || return 0
  chown postgres:postgres "$pg_data"
  chmod 0700 "$pg_data"
  local dir
  dir="$(dirname "$pg_data")"
  while [[ "$dir" != / ]]; do
    if ! setpriv --reuid=postgres --regid=postgres --init-groups -- test -x "$dir"; then
      pg_log "granting o+x (traverse only) on $dir so postgres can reach $pg_data"
      chmod o+x "$dir"
    fi
    dir="$(dirname "$dir")"
  done
}

init_cluster() {
  [[ -f "$pg_data/PG_VERSION" ]] && return 0
  pg_log "initdb $pg_data"
  local extra=() pwfile
  [[ "${PG_THROWAWAY:-0}" == 1 ]] && extra+=(--no-sync)
  # The superuser's password, read by initdb (running as the cluster owner) from a file
  # only that owner can read.
  pwfile="$(mktemp)"
  printf '%s\n' "$PGPASSWORD" >"$pwfile"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$pwfile"
  as_pg "$bin/initdb" -D "$pg_data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 --pwfile="$pwfile" "${extra[@]}" >&2 || { rm -f "$pwfile"; exit 1; }
  rm -f "$pwfile"
  echo "include_if_exists = 'caseflow.conf'	# written by infra/postgres/start.sh" \
    >>"$pg_data/postgresql.conf"
}

# True for a cluster made by an older start.sh, whose pg_hba.conf still trusts everyone.
trusts_everyone() {
  grep -Eq '^[[:space:]]*(local|host)[^#]*[[:space:]]trust([[:space:]]|$)' "$pg_data/pg_hba.conf"
}

# Password authentication for every local and host connection; rewritten at every start,
# so a trust rule added by hand (or left by an older start.sh) does not survive it.
write_hba() {
  {
    echo "# Written by infra/postgres/start.sh at every start; edits are lost."
    echo "local all all scram-sha-256"
    echo "host all all 127.0.0.1/32 scram-sha-256"
    echo "host all all ::1/128 scram-sha-256"
  } >"$pg_data/pg_hba.conf"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$pg_data/pg_hba.conf"
  return 0
}

# Rewritten at every start so PGPORT and PG_THROWAWAY take effect without editing the
# cluster's own postgresql.conf.
write_settings() {
  local socket_dir="${pg_data//\'/\'\'}"
  {
    echo "# Written by infra/postgres/start.sh at every start; edits are lost."
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $port"
    echo "unix_socket_directories = '$socket_dir'"
    # The cluster profile's pools (temporal-server's four services, two copies of every
    # caseflow process) can ask for about 220 connections; PostgreSQL's default 100 made a
    # restarted intake answer 500 "remaining connection slots are reserved" (docs/reliability.md).
    echo "max_connections = ${PG_MAX_CONNECTIONS:-300}"
    if [[ "${PG_THROWAWAY:-0}" == 1 ]]; then
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    fi
  } >"$pg_data/caseflow.conf"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$pg_data/caseflow.conf"
  return 0
}

# Creates what is missing and (re)sets both roles' password; on a cluster that still
# trusted everyone this is the one connection made without it, then the trust goes.
ensure_database() {
  local legacy=0
  trusts_everyone && legacy=1
  if ! "$bin/psql" -X -q -w -v ON_ERROR_STOP=1 -v pw="$PGPASSWORD" -h 127.0.0.1 -p "$1" -U postgres -d postgres >&2 <<'SQL'
select 'create role caseflow login createdb'
  where not exists (select from pg_roles where rolname = 'caseflow') \gexec
select 'create database caseflow owner caseflow'
  where not exists (select from pg_database where datname = 'caseflow') \gexec
set password_encryption = 'scram-sha-256';
alter role caseflow password :'pw';
alter role postgres password :'pw';
SQL
  then
    pg_log "could not sign in to the cluster in $pg_data with PGPASSWORD: was it made with another password (.data/dev-secrets.env replaced)? Restore that password, or remove $pg_data (and its data)"
    return 1
  fi
  if [[ $legacy == 1 ]]; then
    write_hba
    "$bin/psql" -X -q -w -h 127.0.0.1 -p "$1" -U postgres -d postgres -c 'select pg_reload_conf()' >/dev/null
    pg_log "migrated $pg_data from trust to scram-sha-256 password authentication"
  fi
}

database_url() { echo "postgres://caseflow:$PGPASSWORD@127.0.0.1:$1/caseflow"; }

running=0
as_pg "$bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1 && running=1

if [[ $running == 1 ]]; then
  if [[ $foreground == 1 ]]; then
    pg_log "a cluster is already running in $pg_data; stop it with infra/postgres/stop.sh first"
    exit 1
  fi
  actual_port="$(pg_pid_port)"
  [[ "$actual_port" != "$port" ]] &&
    pg_log "already running on port $actual_port (not $port); restart it to change the port"
  pg_log "already running in $pg_data"
  ensure_database "$actual_port"
  database_url "$actual_port"
  exit 0
fi

ensure_reachable
init_cluster
write_settings
# A trusting cluster keeps its old rules until the roles have a password (ensure_database).
trusts_everyone || write_hba

if [[ $foreground == 0 ]]; then
  as_pg "$bin/pg_ctl" -D "$pg_data" -l "$pg_data/postgres.log" -w -t 60 start >&2 || {
    pg_log "start failed; last lines of $pg_data/postgres.log:"
    tail -n 20 "$pg_data/postgres.log" >&2
    exit 1
  }
  ensure_database "$port"
  database_url "$port"
  exit 0
fi

# Foreground: postgres is our child (setpriv execs, so $! is the postmaster). SIGINT asks
# postgres for a fast shutdown (SIGTERM would be a "smart" one that waits for clients), so
# both Ctrl-C and SIGTERM to this script become SIGINT to the postmaster. --pdeathsig INT
# covers this script being killed outright.
pg_cmd_for --pdeathsig INT
"${pg_cmd[@]}" "$bin/postgres" -D "$pg_data" &
pg_pid=$!
trap 'kill -INT "$pg_pid" 2>/dev/null || true' INT TERM HUP

deadline=$((SECONDS + 60))
until "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1; do
  if ! kill -0 "$pg_pid" 2>/dev/null; then
    wait "$pg_pid" || true
    pg_log "postgres exited during start-up"
    exit 1
  fi
  if ((SECONDS > deadline)); then
    pg_log "postgres not ready after 60s"
    kill -INT "$pg_pid"
    wait "$pg_pid" || true
    exit 1
  fi
  sleep 0.1
done
ensure_database "$port"
database_url "$port"

# `wait` returns early whenever a trapped signal arrives; keep waiting until the
# postmaster has actually finished its shutdown, then exit with its status.
while kill -0 "$pg_pid" 2>/dev/null; do
  wait "$pg_pid" || true
done
wait "$pg_pid"
