# Shared by start.sh and stop.sh (sourced, not run): where the cluster lives and how to
# run a PostgreSQL binary as the cluster's owner.
#
# PostgreSQL refuses to run as root. When we are root, every server-side binary runs as
# the `postgres` system user (created by the Debian package) through `setpriv`, which
# execs in place (as does `env -C /`, which moves to a directory it can read: initdb and
# postgres complain when the cwd is e.g. /root). So `"${pg_cmd[@]}" postgres … &` leaves
# the postmaster's own PID in $!, and signals reach it directly. When we are not root,
# the binaries simply run as the current user.

pg_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pg_root="$(cd "$pg_here/../.." && pwd)"
pg_data="${PGDATA_DIR:-$pg_root/.data/postgres}"

pg_log() { echo "infra/postgres: $*" >&2; }

# pg_cmd_for [--pdeathsig SIG]: sets the array pg_cmd to the prefix that runs a command as
# the cluster owner. With --pdeathsig the command receives SIG when its parent dies, so a
# foreground server never outlives the script that started it.
pg_cmd_for() {
  local setpriv_args=()
  if [[ "${1:-}" == --pdeathsig ]]; then
    setpriv_args+=(--pdeathsig "$2")
  fi
  if [[ $(id -u) -eq 0 ]]; then
    setpriv_args+=(--reuid=postgres --regid=postgres --init-groups)
  fi
  if [[ ${#setpriv_args[@]} -gt 0 ]]; then
    pg_cmd=(setpriv "${setpriv_args[@]}" -- env -C /)
  else
    pg_cmd=(env -C /)
  fi
}

# as_pg CMD ARGS...: run CMD as the cluster owner and wait for it.
as_pg() {
  local pg_cmd
  pg_cmd_for
  "${pg_cmd[@]}" "$@"
}

# The port a running cluster listens on (line 4 of postmaster.pid), or nothing.
pg_pid_port() {
  [[ -f "$pg_data/postmaster.pid" ]] && sed -n 4p "$pg_data/postmaster.pid"
}
