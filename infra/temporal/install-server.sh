#!/usr/bin/env bash
# Builds the Temporal server and its SQL schema tool from source with Go into
# .tools/temporal-server/<version>/ (temporal-server, temporal-sql-tool and the PostgreSQL
# schema files they need), once per pinned version; prints the server binary's path.
# Only the cluster profile (CASEFLOW_TOPOLOGY=cluster make up, pnpm chaos --topology cluster)
# needs it; the dev server of `make up` is the CLI's (install.sh).
#
# v1.29.1 is the server the pinned CLI (v1.5.1) embeds: its go.mod has no `replace`
# directive and needs Go >= 1.25; newer releases need a newer Go than these machines have.
# It shares most packages with the CLI, so after install.sh the Go build cache makes this a
# few minutes more (docs/benchmarks.md has the clean build times).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="${TEMPORAL_SERVER_VERSION:-v1.29.1}"
bin_dir="$root/.tools/temporal-server/$version"
bin="$bin_dir/temporal-server"

if [[ -x "$bin" && -x "$bin_dir/temporal-sql-tool" && -d "$bin_dir/schema/postgresql/v12" ]]; then
  echo "$bin"
  exit 0
fi

source "$here/../go.sh"
require_go infra/temporal/install-server.sh 1.25

mkdir -p "$root/.tools/temporal-server"
tmp="$(mktemp -d "$root/.tools/temporal-server/build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
echo "infra/temporal/install-server.sh: building temporal-server and its SQL tool $version with $(go version) (first time only, a few minutes)" >&2
GOBIN="$tmp/bin" GOFLAGS="-buildvcs=false" CGO_ENABLED=0 \
  go install "go.temporal.io/server/cmd/server@$version" "go.temporal.io/server/cmd/tools/sql@$version" >&2
# The schema files ship in the module, not in the binaries: keep a copy beside them so the
# schema tool does not depend on the Go module cache still holding the source.
module_dir="$(go mod download -json "go.temporal.io/server@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
mkdir -p "$tmp/out/schema/postgresql"
cp -R "$module_dir/schema/postgresql/v12" "$tmp/out/schema/postgresql/"
chmod -R u+w "$tmp/out/schema"
mv "$tmp/bin/server" "$tmp/out/temporal-server"
mv "$tmp/bin/sql" "$tmp/out/temporal-sql-tool"
rm -rf "$bin_dir"
mv "$tmp/out" "$bin_dir"
echo "$bin"
