#!/usr/bin/env bash
# Runs Tiergate's benchmarks against the bare tools it runs on, in the same run (docs/performance.md):
#
#   bash perf/run.sh                 # every goal, P1…P10 (≤ 10 minutes); writes perf/results/<date>.json and .txt
#   bash perf/run.sh --only P1,P5    # some goals
#   bash perf/run.sh --smoke         # the CI smoke run (≤ 3 minutes): P1 at 500 msg/s for 15 s, P4, P5; a miss of any
#                                    # with limits loosened twice over fails it, but for P1's, printed only
#                                    # (docs/performance.md)
#
# Starts PostgreSQL, Redis and NATS like deploy/local/run.sh, installs the peers' tools (pgbench,
# redis-benchmark) when missing, builds the service jar and the perf module (profile perf), then runs
# dev.tiergate.perf.PerfSuite. SKIP_BUILD=1 reuses the previous build.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=deploy/local/jdk.sh
source deploy/local/jdk.sh
bash deploy/local/services.sh

if ! command -v pgbench >/dev/null 2>&1 || ! command -v redis-benchmark >/dev/null 2>&1; then
  echo "perf: installing the peers' tools (postgresql-contrib for pgbench, redis-tools for redis-benchmark)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-contrib redis-tools
fi

export TEST_DATABASE_URL=${TEST_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}
export TEST_REDIS_URL=${TEST_REDIS_URL:-redis://127.0.0.1:6379}
export TEST_NATS_SERVER=${TEST_NATS_SERVER:-$(command -v nats-server || echo /usr/sbin/nats-server)}

if [ "${SKIP_BUILD:-}" != "1" ] || [ ! -f perf/target/perf.classpath ]; then
  echo "perf: building the service jar and the perf module (mvn -B -q -Pperf package)"
  # The perf module's own unit tests run; every other module's tests are the test suite's job.
  mvn -B -q -Pperf package -pl bootstrap,perf -am -Dtest='dev.tiergate.perf.**' -Dsurefire.failIfNoSpecifiedTests=false
fi

args=("$@")
if [[ " ${args[*]} " == *" --smoke "* ]]; then
  args+=(--out perf/target/results)
fi
# The in-process goals (P3, P4) run the adapters with the service's Netty settings (deploy/Dockerfile).
exec java -XX:+UseParallelGC -Xmx2g --sun-misc-unsafe-memory-access=allow -cp "perf/target/classes:$(cat perf/target/perf.classpath)" \
  dev.tiergate.perf.PerfSuite "$ROOT" "${args[@]}"
