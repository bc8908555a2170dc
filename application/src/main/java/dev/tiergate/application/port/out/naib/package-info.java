/** Output port: naib. */
package dev.tiergate.application.port.out.naib;
