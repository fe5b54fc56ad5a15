#!/usr/bin/env bash
# Builds promtool (Prometheus' rule checker and rule unit tester) from source with Go into
# .tools/promtool/<version>/, once per pinned version, and prints its path.
# v0.316.0 is Prometheus 3.x's module tag whose go.mod asks for go 1.26.7 and has no
# `replace` directive (which `go install pkg@version` refuses); older tags carry one.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="${PROMTOOL_VERSION:-v0.316.0}"
bin_dir="$root/.tools/promtool/$version"
bin="$bin_dir/promtool"

if [[ -x "$bin" ]]; then
  echo "$bin"
  exit 0
fi

source "$here/../go.sh"
require_go infra/observability/install-promtool.sh 1.26

mkdir -p "$bin_dir"
tmp_bin="$(mktemp -d "$bin_dir/build.XXXXXX")"
trap 'rm -rf "$tmp_bin"' EXIT
echo "infra/observability/install-promtool.sh: building promtool $version with $(go version) (first time only, several minutes)" >&2
GOBIN="$tmp_bin" GOFLAGS="-buildvcs=false" CGO_ENABLED=0 \
  go install -ldflags "-s -w" "github.com/prometheus/prometheus/cmd/promtool@$version" >&2
mv "$tmp_bin/promtool" "$bin"
echo "$bin"
