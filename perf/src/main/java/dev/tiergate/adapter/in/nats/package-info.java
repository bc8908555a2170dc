/** The NATS inbound adapter's reading path, opened to the benchmarks (same package, perf module only). */
package dev.tiergate.adapter.in.nats;
