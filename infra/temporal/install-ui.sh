#!/usr/bin/env bash
# Builds the Temporal Web UI server (github.com/temporalio/ui-server, the same code and
# embedded assets the pinned CLI serves for `server start-dev`) from source with Go into
# .tools/temporal-ui-server/<version>/, once per pinned version; prints the binary's path.
# Only the cluster profile needs it (infra/temporal/cluster/ui-start.sh runs it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="${TEMPORAL_UI_SERVER_VERSION:-v2.42.1}"
bin_dir="$root/.tools/temporal-ui-server/$version"
bin="$bin_dir/temporal-ui-server"

if [[ -x "$bin" ]]; then
  echo "$bin"
  exit 0
fi

source "$here/../go.sh"
require_go infra/temporal/install-ui.sh 1.24

mkdir -p "$bin_dir"
tmp_bin="$(mktemp -d "$root/.tools/temporal-ui-server/build.XXXXXX")"
trap 'rm -rf "$tmp_bin"' EXIT
echo "infra/temporal/install-ui.sh: building the Temporal Web UI server $version with $(go version) (first time only, a minute or two)" >&2
GOBIN="$tmp_bin" GOFLAGS="-buildvcs=false" CGO_ENABLED=0 \
  go install "github.com/temporalio/ui-server/v2/cmd/server@$version" >&2
mv "$tmp_bin/server" "$bin"
echo "$bin"
