/** Output port: interaction. */
package dev.tiergate.application.port.out.interaction;
