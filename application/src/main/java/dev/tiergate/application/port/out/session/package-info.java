/** Output port: short-lived sessions. */
package dev.tiergate.application.port.out.session;
