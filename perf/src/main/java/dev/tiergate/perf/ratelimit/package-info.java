/** P4: the Redis rate limiter against redis-benchmark running the same script. */
package dev.tiergate.perf.ratelimit;
