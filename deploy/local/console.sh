#!/usr/bin/env bash
# Try Tiergate without Discord: type slash commands as a member of the demo community and see the replies.
# Usage: bash deploy/local/console.sh [--member <user id or nym>]
# Start the service first, in another terminal, with bash deploy/local/run.sh; the jar is rebuilt only if stale.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/local/jdk.sh
source "$here/jdk.sh" >/dev/null
bash "$here/build.sh" >&2
cd "$here/../.."
exec java --enable-native-access=ALL-UNNAMED -jar bootstrap/target/tiergate.jar console "$@"
