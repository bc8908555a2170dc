/** Outbound metrics: Micrometer meters served to Prometheus. */
package dev.tiergate.adapter.out.metrics;
