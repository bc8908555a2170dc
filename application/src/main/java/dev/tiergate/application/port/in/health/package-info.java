/** Input port: readiness. */
package dev.tiergate.application.port.in.health;
