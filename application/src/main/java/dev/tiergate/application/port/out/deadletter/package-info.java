/** Output port: the store of dead-lettered messages, and republishing one. */
package dev.tiergate.application.port.out.deadletter;
