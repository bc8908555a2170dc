/** Allocation per handled interaction (P10), measured by JMH's GC profiler. */
package dev.tiergate.perf.allocation;
