/** Input port: position. */
package dev.tiergate.application.port.in.position;
