package dev.tiergate.application.port.in.deadletter;

/** Where a dead-lettered message was: its stream and sequence there (it may have expired since). */
public record OriginalPosition(String stream, long sequence) {
}
