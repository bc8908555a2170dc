/** Input port: listing and replaying the messages Tiergate dead-lettered. */
package dev.tiergate.application.port.in.deadletter;
