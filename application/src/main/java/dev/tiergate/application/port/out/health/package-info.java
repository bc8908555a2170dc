/** Output port: dependency health for readiness. */
package dev.tiergate.application.port.out.health;
