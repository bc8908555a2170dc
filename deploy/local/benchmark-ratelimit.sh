#!/usr/bin/env bash
# Benchmarks Tiergate's rate limiter against redis-benchmark running the same gcra.lua, one run on
# this machine:
#
#   deploy/local/benchmark-ratelimit.sh
#
# It starts a private redis-server on a free loopback port (REDIS_PORT=<port> uses a running one on
# 127.0.0.1 instead, and writes its tiergate:100000000000000001:guild-commands:* keys, which expire
# within a second), builds the Redis adapter's test classpath, and then runs, one after the other:
#   1. RateLimiterBenchmark (adapters-outbound/redis/src/test/java): RedisRateLimitAdapter as
#      production runs it (one shared async connection, breaker and meters on); after a sequential
#      JIT warm-up, WARMUP_SECONDS (5) and then MEASURE_SECONDS (10) with IN_FLIGHT (512) decisions
#      outstanding over 100 000 distinct keys; then LATENCY_SAMPLES (50 000) decisions one at a time;
#   2. redis-benchmark -P 16 -n PIPELINED_REQUESTS (2 000 000) -r 100000 --csv EVALSHA <sha> 1 <key> 10000 100
#      (its default 50 connections, each pipelining 16 commands);
#   3. redis-benchmark -c 1 -n SINGLE_REQUESTS (100 000) -r 100000 --precision 3 --csv EVALSHA … (one call at a time);
# and prints decisions/s of (1) against (2) (goal >= 0.75x) and the p99 of one call of (1) against (3)
# (goal <= 4x). Both sides run the guild-commands policy (T = 10 000 µs, burst 100) on keys of the
# same shape. A benchmark, not a test: missing a goal is reported, not failed; it exits non-zero only
# when it cannot run, or when the limiter decided from memory (its figures would not be Redis's).
# SKIP_BUILD=1 reuses the classes and classpath of the previous run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
# shellcheck source=deploy/local/jdk.sh
source deploy/local/jdk.sh

WARMUP_SECONDS=${WARMUP_SECONDS:-5}
MEASURE_SECONDS=${MEASURE_SECONDS:-10}
IN_FLIGHT=${IN_FLIGHT:-512}
LATENCY_SAMPLES=${LATENCY_SAMPLES:-50000}
PIPELINED_REQUESTS=${PIPELINED_REQUESTS:-2000000}
SINGLE_REQUESTS=${SINGLE_REQUESTS:-100000}
MODULE=adapters-outbound/redis
LUA=$MODULE/src/main/resources/dev/tiergate/adapter/out/redis/gcra.lua
BENCH_KEY='tiergate:100000000000000001:guild-commands:__rand_int__'

die() {
  echo "benchmark-ratelimit: $*" >&2
  exit 1
}

for tool in redis-server redis-cli redis-benchmark; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (apt-get install redis-server redis-tools)"
done

WORKDIR=$(mktemp -d -t tiergate-ratelimit-bench-XXXXXX)
REDIS_PID=
cleanup() {
  if [ -n "$REDIS_PID" ]; then
    kill "$REDIS_PID" 2>/dev/null || true
    wait "$REDIS_PID" 2>/dev/null || true
  fi
  rm -rf "$WORKDIR"
}
trap cleanup EXIT

# A loopback port nothing listens on.
free_port() {
  local port attempt
  for attempt in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

if [ -n "${REDIS_PORT:-}" ]; then
  PORT=$REDIS_PORT
  echo "benchmark-ratelimit: using the Redis already on 127.0.0.1:$PORT"
else
  PORT=$(free_port) || die "no free loopback port"
  redis-server --port "$PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$WORKDIR" --daemonize no \
    >"$WORKDIR/redis.log" 2>&1 &
  REDIS_PID=$!
  echo "benchmark-ratelimit: private redis-server (pid $REDIS_PID) on 127.0.0.1:$PORT"
fi
for attempt in $(seq 1 100); do
  [ "$(redis-cli -p "$PORT" PING 2>/dev/null)" = "PONG" ] && break
  [ "$attempt" -eq 100 ] && die "Redis on 127.0.0.1:$PORT does not answer PING: $(tail -5 "$WORKDIR/redis.log" 2>/dev/null)"
  sleep 0.1
done

CLASSPATH_FILE=$MODULE/target/benchmark.classpath
if [ "${SKIP_BUILD:-}" != "1" ] || [ ! -f "$CLASSPATH_FILE" ]; then
  echo "benchmark-ratelimit: building $MODULE (test classes and classpath)"
  mvn -B -q -pl "$MODULE" test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
fi

echo "benchmark-ratelimit: Tiergate limiter: ${WARMUP_SECONDS} s warm-up, ${MEASURE_SECONDS} s measured, $IN_FLIGHT in flight; then $LATENCY_SAMPLES single calls"
JAVA_LOG=$WORKDIR/tiergate.log
java -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$CLASSPATH_FILE")" \
  dev.tiergate.adapter.out.redis.RateLimiterBenchmark "redis://127.0.0.1:$PORT" \
  "$WARMUP_SECONDS" "$MEASURE_SECONDS" "$IN_FLIGHT" "$LATENCY_SAMPLES" >"$JAVA_LOG" 2>&1 \
  || die "RateLimiterBenchmark failed: $(tail -20 "$JAVA_LOG")"
result() {
  sed -n "s/^tiergate\.$1=//p" "$JAVA_LOG" | tail -1
}
TIERGATE_RPS=$(result throughput.decisions_per_second)
TIERGATE_P99=$(result latency.p99_ms)
if [ -z "$TIERGATE_RPS" ] || [ -z "$TIERGATE_P99" ]; then
  die "no figures from RateLimiterBenchmark: $(tail -20 "$JAVA_LOG")"
fi
[ "$(result decisions.from_memory)" = "0" ] \
  || die "the limiter decided $(result decisions.from_memory) times from memory (breaker $(result breaker.state)): not a Redis benchmark"

# The exact bytes of gcra.lua (-x keeps its final newline), so the SHA is the one Tiergate runs.
SHA=$(redis-cli -p "$PORT" -x SCRIPT LOAD <"$LUA")
[ "$SHA" = "$(result script.sha1)" ] || die "redis-cli loaded $SHA but Tiergate runs $(result script.sha1)"
read -r INTERVAL BURST <<<"$(result script.args)"

# CSV: "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
csv_field() {
  tail -1 | tr -d '"' | awk -F, -v field="$1" '{ print $field }'
}
PIPELINED_CMD=(redis-benchmark -p "$PORT" -P 16 -n "$PIPELINED_REQUESTS" -r 100000 --csv EVALSHA "$SHA" 1 "$BENCH_KEY" "$INTERVAL" "$BURST")
SINGLE_CMD=(redis-benchmark -p "$PORT" -c 1 -n "$SINGLE_REQUESTS" -r 100000 --precision 3 --csv EVALSHA "$SHA" 1 "$BENCH_KEY" "$INTERVAL" "$BURST")
echo "benchmark-ratelimit: ${PIPELINED_CMD[*]}"
REDIS_RPS=$("${PIPELINED_CMD[@]}" 2>/dev/null | csv_field 2)
echo "benchmark-ratelimit: ${SINGLE_CMD[*]}"
REDIS_P99=$("${SINGLE_CMD[@]}" 2>/dev/null | csv_field 7)
if [ -z "$REDIS_RPS" ] || [ -z "$REDIS_P99" ]; then
  die "no figures from redis-benchmark"
fi

verdict() {
  awk -v value="$1" -v goal="$2" -v op="$3" 'BEGIN { met = (op == ">=") ? value >= goal : value <= goal; print (met ? "met" : "MISSED") }'
}
THROUGHPUT_RATIO=$(awk -v a="$TIERGATE_RPS" -v b="$REDIS_RPS" 'BEGIN { printf "%.2f", a / b }')
LATENCY_RATIO=$(awk -v a="$TIERGATE_P99" -v b="$REDIS_P99" 'BEGIN { printf "%.2f", a / b }')

cat <<EOF

Rate limiter vs redis-benchmark, same gcra.lua ($SHA, T = $INTERVAL µs, burst $BURST), Redis 127.0.0.1:$PORT, $(nproc) CPUs
  decisions/s  Tiergate (async, 1 connection, $IN_FLIGHT in flight)  $(printf '%10.0f' "$TIERGATE_RPS")
               redis-benchmark -P 16 (50 connections)       $(printf '%10.0f' "$REDIS_RPS")
               ratio $THROUGHPUT_RATIO x   goal >= 0.75 x: $(verdict "$THROUGHPUT_RATIO" 0.75 '>=')
  p99 latency  Tiergate (one call at a time)                $(printf '%10.3f' "$TIERGATE_P99") ms
               redis-benchmark -c 1                         $(printf '%10.3f' "$REDIS_P99") ms
               ratio $LATENCY_RATIO x   goal <= 4 x: $(verdict "$LATENCY_RATIO" 4 '<=')
EOF
