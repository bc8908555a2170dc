#!/usr/bin/env bash
# Sends /position (or the command named in $1) as a demo member over NATS to the service that deploy/local/run.sh started.
set -euo pipefail; cd "$(dirname "${BASH_SOURCE[0]}")/../.."; source deploy/local/jdk.sh
[ -f bootstrap/target/tiergate.jar ] || { echo "demo: bootstrap/target/tiergate.jar is missing; start the service with bash deploy/local/run.sh first" >&2; exit 1; }
exec java -cp bootstrap/target/tiergate.jar dev.tiergate.bootstrap.demo.SendDemoInteraction "${1:-position}"
