/** Input port: registration of the slash-command definitions with Discord. */
package dev.tiergate.application.port.in.registration;
