/** Input port: a member's own /stats. */
package dev.tiergate.application.port.in.stats;
