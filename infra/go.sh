# Sourced by the installers that build a Go tool from source (infra/temporal/install.sh,
# infra/compose-check/install.sh): `require_go <who> <minimum version>` puts Go on PATH,
# installing Debian's golang-go when there is none and we are root.
require_go() {
  local who="$1" minimum="$2" candidate
  if ! command -v go >/dev/null 2>&1; then
    for candidate in /usr/local/go/bin /usr/lib/go/bin; do
      [[ -x "$candidate/go" ]] && export PATH="$candidate:$PATH" && break
    done
  fi
  command -v go >/dev/null 2>&1 && return 0
  echo "$who: Go is required; installing golang-go" >&2
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go >&2
  else
    echo "$who: not root; install Go (>= $minimum) and retry" >&2
    exit 1
  fi
}
