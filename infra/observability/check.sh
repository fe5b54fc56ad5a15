#!/usr/bin/env bash
# Checks the Prometheus files with promtool (built once into .tools by install-promtool.sh):
# the three scrape configs and the rules they load, then the rules' unit tests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
promtool="$(bash "$here/install-promtool.sh")"
cd "$here"
# The make-up configs read the admin key file infra/up.sh writes; --syntax-only skips the
# check that it exists (the compose one lives inside the container).
"$promtool" check config --syntax-only prometheus.yml prometheus-cluster.yml prometheus-compose.yml
"$promtool" check rules alerts.yml
"$promtool" test rules alerts.test.yml
