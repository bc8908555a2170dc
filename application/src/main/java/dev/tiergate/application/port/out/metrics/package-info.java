/** Output port: operational metrics. */
package dev.tiergate.application.port.out.metrics;
