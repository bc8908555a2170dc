/** The metrics adapter, opened to the benchmarks (same package, perf module only). */
package dev.tiergate.adapter.out.metrics;
