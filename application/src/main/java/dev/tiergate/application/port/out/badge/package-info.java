/** Output port: badge awards, their history and what the automatic rules need. */
package dev.tiergate.application.port.out.badge;
