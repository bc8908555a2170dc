package dev.tiergate.application.port.out.deadletter;

import java.time.Instant;
import java.util.Optional;

/**
 * A dead letter as stored at {@code sequence}: the subject and position of the original message
 * (the position empty when the letter does not carry one), the reason, when it was stored, and the
 * redacted body (empty when the original could not be read).
 */
public record StoredDeadLetter(long sequence, String originalSubject, Optional<StreamPosition> original,
        String reason, Instant storedAt, byte[] body) {

    public StoredDeadLetter {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public int bodySize() {
        return body.length;
    }
}
