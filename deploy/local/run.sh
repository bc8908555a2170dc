#!/usr/bin/env bash
# Runs Tiergate locally: starts PostgreSQL, Redis and NATS, builds the jar if the sources changed,
# and starts the service in development mode with a demo community.
# Usage: bash deploy/local/run.sh [--reseed]   (--reseed deletes the demo community's members and seeds them afresh)
set -euo pipefail
reseed=false
for arg in "$@"; do
  case $arg in
    --reseed) reseed=true ;;
    *) echo "run: unknown argument $arg (usage: bash deploy/local/run.sh [--reseed])" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/local/jdk.sh
source "$here/jdk.sh"
bash "$here/services.sh"
cd "$here/../.."

jar=bootstrap/target/tiergate.jar
bash "$here/build.sh"

export TIERGATE_ENV=${TIERGATE_ENV:-development}
export TIERGATE_DEMO=${TIERGATE_DEMO:-true}
export TIERGATE_DEMO_RESEED=$reseed
export DATABASE_URL=${DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/tiergate}
export DATABASE_USER=${DATABASE_USER:-postgres}

# The development database; the service creates its tables itself at start.
exists=$(psql -w -X -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname='tiergate'" </dev/null)
if [ "$exists" != 1 ]; then
  createdb -w -h 127.0.0.1 -U postgres tiergate
  echo "run: created database tiergate on 127.0.0.1:5432"
fi

if [ -z "${DISCORD_BOT_TOKEN:-}" ]; then
  echo "run: no DISCORD_BOT_TOKEN, so a local Discord stand-in prints each reply in this log (lines starting with discord-stand-in);" \
    "in another terminal, bash deploy/local/console.sh lets you type slash commands as a demo member and shows the replies"
else
  echo "run: DISCORD_BOT_TOKEN is set: replies go to the Discord API; bash deploy/local/demo.sh (another terminal) still sends /position as a demo member"
fi
exec java --sun-misc-unsafe-memory-access=allow -XX:InitialRAMPercentage=25 -jar "$jar"
