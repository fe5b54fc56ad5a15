#!/usr/bin/env bash
# The browser the dashboard's end-to-end test drives (playwright-core, headless): Debian's
# chromium package. Installed only when missing; prints its path.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (Debian package) for the dashboard browser test" >&2
  if [[ "$(id -u)" -eq 0 ]]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq chromium >&2
fi
command -v chromium
