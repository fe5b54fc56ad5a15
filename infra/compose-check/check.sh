#!/usr/bin/env bash
# `pnpm compose:check`: validates docker-compose.yml with the real `docker compose config`
# (built by install.sh; no Docker engine needed) and lints every Dockerfile with hadolint
# (install-hadolint.sh). Image builds and running containers are not checked here: see
# README "Docker".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
compose="$(bash "$here/install.sh")"
hadolint="$(bash "$here/install-hadolint.sh")"
cd "$root"
# A clean environment (PATH only): the file must be valid with none of its settings given.
# The docker CLI's config dir is a throwaway one, so no user's ~/.docker is read.
config_dir="$(mktemp -d)"
trap 'rm -rf "$config_dir"' EXIT
run() { env -i PATH="$PATH" HOME="$config_dir" DOCKER_CONFIG="$config_dir" "$compose" --project-directory "$root" -f docker-compose.yml "$@"; }
"$compose" version
run config --quiet
echo "docker-compose.yml is valid; services: $(run config --services | sort | tr '\n' ' ')"

mapfile -t dockerfiles < <(find . -name Dockerfile -not -path '*/node_modules/*' -not -path './.tools/*' -not -path './.git/*' | sort)
[[ ${#dockerfiles[@]} -gt 0 ]] || { echo "no Dockerfile found" >&2; exit 1; }
# Every finding fails, down to the `info` level.
"$hadolint" --no-color "${dockerfiles[@]}"
echo "hadolint $("$hadolint" --version | sed 's/.* //'): no findings in ${dockerfiles[*]#./}"
