/** One interaction's in-process path with in-memory ports, shared by the consume and allocation benchmarks. */
package dev.tiergate.perf.inprocess;
