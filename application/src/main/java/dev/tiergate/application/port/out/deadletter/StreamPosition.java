package dev.tiergate.application.port.out.deadletter;

/** A message's stream and its sequence there. */
public record StreamPosition(String stream, long sequence) {
}
