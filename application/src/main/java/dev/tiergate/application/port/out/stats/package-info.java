/** Output port: the figures /stats shows beyond the profile and the ranking. */
package dev.tiergate.application.port.out.stats;
