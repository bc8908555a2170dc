/** Input port: the tier engine over time. */
package dev.tiergate.application.port.in.tier;
