/** The Discord adapter's reply encoding, opened to the benchmarks (same package, perf module only). */
package dev.tiergate.adapter.out.discord;
