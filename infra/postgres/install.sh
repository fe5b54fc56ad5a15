#!/usr/bin/env bash
# Locates the PostgreSQL server binaries (initdb, postgres, pg_ctl) and installs Debian's
# `postgresql` package when they are absent. Prints the bin dir on stdout; logs go to stderr.
# caseflow never uses the cluster the Debian package may create and start on 5432: our
# clusters are project-local (infra/postgres/start.sh) on a port of their own.
set -euo pipefail

find_bin_dir() {
  local dir
  # Newest major version first (sort -V), so an upgrade is picked up without edits.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [[ -x "$dir/initdb" && -x "$dir/postgres" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

if bin_dir="$(find_bin_dir)"; then
  echo "$bin_dir"
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "infra/postgres/install.sh: PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin and not root; install the 'postgresql' package and retry" >&2
  exit 1
fi

echo "infra/postgres/install.sh: installing Debian's postgresql package (first time only)" >&2
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2

if ! bin_dir="$(find_bin_dir)"; then
  echo "infra/postgres/install.sh: postgresql installed but no initdb under /usr/lib/postgresql/*/bin" >&2
  exit 1
fi
echo "$bin_dir"
