#!/usr/bin/env bash
# Fetches Temporal's Java test server (Maven Central io.temporal:temporal-test-server, the
# one server that can skip time) with its runtime dependencies into
# .tools/temporal-test-server/<version>/, once per version, and prints the path of a
# wrapper that runs it as `<wrapper> <port> --enable-time-skipping` — the command line
# @temporalio/testing's TestWorkflowEnvironment.createTimeSkipping uses for an
# `existing-path` executable. Needs Java >= 17 and mvn (installed with apt when missing and root).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
pom="$here/test-server/pom.xml"
version="${TEMPORAL_TEST_SERVER_VERSION:-$(sed -n 's:.*<temporal.test-server.version>\(.*\)</temporal.test-server.version>.*:\1:p' "$pom")}"
dir="$root/.tools/temporal-test-server/$version"
wrapper="$dir/temporal-test-server"

log() { echo "infra/temporal/test-server.sh: $*" >&2; }

if [[ -x "$wrapper" ]]; then
  echo "$wrapper"
  exit 0
fi

if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
  if [[ $(id -u) -ne 0 ]]; then log "Java >= 17 and Maven are required; install them and retry"; exit 1; fi
  log "installing Java 17 and Maven with apt"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless maven >&2
fi

# Stage in a sibling dir and rename at the end, so an interrupted run never leaves a
# half-filled directory that looks installed.
mkdir -p "$root/.tools/temporal-test-server"
staging="$(mktemp -d "$root/.tools/temporal-test-server/staging.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
log "fetching io.temporal:temporal-test-server:$version and its dependencies from Maven Central (first time only)"
mvn --batch-mode --quiet -f "$pom" \
  -Dtemporal.test-server.version="$version" \
  dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$staging/lib" >&2

cat >"$staging/temporal-test-server" <<'WRAPPER'
#!/usr/bin/env bash
# Runs Temporal's Java test server: temporal-test-server <port> [--enable-time-skipping]
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec java -Xss1m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$here/lib/*" io.temporal.testserver.TestServer "$@"
WRAPPER
chmod +x "$staging/temporal-test-server"
rm -rf "$dir"
mv "$staging" "$dir"
trap - EXIT
echo "$wrapper"
