#!/usr/bin/env bash
# Builds the Temporal CLI (which embeds the dev server) from source with Go into
# .tools/temporal/<version>/, once per pinned version. v1.5.1 is the newest release
# whose go.mod has no `replace` directive, which `go install pkg@version` refuses.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="${TEMPORAL_CLI_VERSION:-v1.5.1}"
bin_dir="$root/.tools/temporal/$version"
bin="$bin_dir/temporal"

if [[ -x "$bin" ]]; then
  echo "$bin"
  exit 0
fi

source "$here/../go.sh"
require_go infra/temporal/install.sh 1.23

mkdir -p "$bin_dir"
tmp_bin="$(mktemp -d "$root/.tools/temporal/build.XXXXXX")"
trap 'rm -rf "$tmp_bin"' EXIT
echo "infra/temporal/install.sh: building temporal CLI $version with $(go version) (first time only, a few minutes)" >&2
GOBIN="$tmp_bin" GOFLAGS="-buildvcs=false" CGO_ENABLED=0 \
  go install "github.com/temporalio/cli/cmd/temporal@$version" >&2
mv "$tmp_bin/temporal" "$bin"
echo "$bin"
