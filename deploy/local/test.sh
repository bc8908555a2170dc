#!/usr/bin/env bash
# Runs the whole test suite (mvn -B verify) against real PostgreSQL, Redis and NATS on loopback.
# Extra arguments go to Maven, e.g. `bash deploy/local/test.sh -pl domain -am`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/local/jdk.sh
source "$here/jdk.sh"
bash "$here/services.sh"

# Integration tests create (and drop) their own database per test JVM on this server.
export TEST_DATABASE_URL=${TEST_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}
export TEST_REDIS_URL=${TEST_REDIS_URL:-redis://127.0.0.1:6379}
# Tests start private nats-server processes from this binary rather than share the machine's NATS.
export TEST_NATS_SERVER=${TEST_NATS_SERVER:-$(command -v nats-server || echo /usr/sbin/nats-server)}

cd "$here/../.."
# The alert rules must load in Prometheus; DashboardsAndAlertsSystemIT checks them against the real service.
promtool check rules deploy/prometheus/*.yml
# -B, not -q: CI reads Surefire's "Tests run:" lines.
exec mvn -B verify "$@"
