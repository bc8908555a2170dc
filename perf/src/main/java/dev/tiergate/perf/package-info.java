/** Benchmarks of Tiergate against the bare tools it runs on (NATS, Redis, PostgreSQL), run by perf/run.sh. */
package dev.tiergate.perf;
