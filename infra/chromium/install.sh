#!/usr/bin/env bash
# The browser the dashboard's end-to-end test drives (playwright-core, headless): Debian's
# chromium package. Installed only when missing; prints its path.
# A CJK font comes with it, or the Chinese dashboard renders as empty boxes.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[[ -n "$(fc-list :lang=zh 2>/dev/null)" ]] || missing+=(fonts-wqy-microhei)
if ((${#missing[@]} > 0)); then
  echo "installing ${missing[*]} (Debian packages) for the dashboard browser test" >&2
  if [[ "$(id -u)" -eq 0 ]]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >&2
fi
command -v chromium
