#!/usr/bin/env bash
# Builds Docker Compose (the version infra/compose-check/go.mod pins) from source with Go
# into .tools/docker-compose/<version>/docker-compose, once per version, and prints its path.
# It is the real `docker compose` (compose-go loads, validates and normalises the file);
# `config` needs no Docker engine, which this machine does not have.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="$(sed -n 's#^[[:space:]]*github.com/docker/compose/v2 \(v[0-9.]*\).*#\1#p' "$here/go.mod")"
[[ -n "$version" ]] || { echo "infra/compose-check/install.sh: no github.com/docker/compose/v2 in go.mod" >&2; exit 1; }
bin_dir="$root/.tools/docker-compose/$version"
bin="$bin_dir/docker-compose"

if [[ -x "$bin" ]]; then
  echo "$bin"
  exit 0
fi

source "$here/../go.sh"
require_go infra/compose-check/install.sh 1.24

mkdir -p "$bin_dir"
tmp_bin="$(mktemp "$bin_dir/build.XXXXXX")"
trap 'rm -f "$tmp_bin"' EXIT
echo "infra/compose-check/install.sh: building docker-compose $version with $(go version) (first time only, a few minutes)" >&2
(cd "$here" && GOFLAGS="-buildvcs=false -mod=readonly" GOTOOLCHAIN=local CGO_ENABLED=0 \
  go build -trimpath -ldflags "-s -w -X github.com/docker/compose/v2/internal.Version=$version" \
  -o "$tmp_bin" github.com/docker/compose/v2/cmd >&2)
mv "$tmp_bin" "$bin"
echo "$bin"
