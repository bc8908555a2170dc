#!/usr/bin/env bash
# Sends a slash command as typed in Discord ("/leaderboard score", "/profile view nym:jamis_66"; /position when none)
# or "click <custom_id> [value…]" as the demo member over NATS to the service that deploy/local/run.sh started.
set -euo pipefail; cd "$(dirname "${BASH_SOURCE[0]}")/../.."; source deploy/local/jdk.sh
[ -f bootstrap/target/tiergate.jar ] || { echo "demo: bootstrap/target/tiergate.jar is missing; start the service with bash deploy/local/run.sh first" >&2; exit 1; }
[ $# -gt 0 ] || set -- /position
exec java -cp bootstrap/target/tiergate.jar dev.tiergate.bootstrap.demo.SendDemoInteraction "$@"
