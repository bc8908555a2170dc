/** Input port: interaction. */
package dev.tiergate.application.port.in.interaction;
