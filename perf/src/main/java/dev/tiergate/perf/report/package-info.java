/** What a benchmark run found: goals met or missed, the peers' figures, the machine, as JSON and a table. */
package dev.tiergate.perf.report;
