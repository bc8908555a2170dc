package dev.tiergate.application.port.in.deadletter;

import java.time.Instant;
import java.util.Optional;

/**
 * One dead letter as an operator sees it: where the message came from (the position is empty when
 * the letter does not say), why it was dead-lettered, when, and how large its stored body is.
 */
public record DeadLetterView(DeadLetterId id, String originalSubject, Optional<OriginalPosition> original,
        String reason, Instant storedAt, int bodySize) {
}
