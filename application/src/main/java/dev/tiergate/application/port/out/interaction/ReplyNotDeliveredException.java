package dev.tiergate.application.port.out.interaction;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Discord did not take a reply, and why: only a {@link Refusal#RETRYABLE} refusal is worth trying
 * again, after {@code retryAfter} when Discord named a wait.
 */
public class ReplyNotDeliveredException extends RuntimeException {

    /** Why Discord did not take the reply. */
    public enum Refusal {
        /** The interaction already had its initial response (Discord's 40060): edit the original instead. */
        ALREADY_ANSWERED,
        /** The interaction or its message is gone (10062, 10008, 10015): nothing can answer it any more. */
        EXPIRED,
        /** Any other refusal (a 4xx): sending the same again cannot help. */
        REFUSED,
        /** Rate limited, a 5xx, a timeout or a transport failure: trying later can help. */
        RETRYABLE
    }

    private final Refusal refusal;
    private final Duration retryAfter;

    public ReplyNotDeliveredException(String message, Refusal refusal, Optional<Duration> retryAfter) {
        super(message);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.retryAfter = retryAfter.orElse(null);
    }

    public ReplyNotDeliveredException(String message, Refusal refusal) {
        this(message, refusal, Optional.empty());
    }

    public Refusal refusal() {
        return refusal;
    }

    public boolean retryable() {
        return refusal == Refusal.RETRYABLE;
    }

    /** The wait Discord asked for (a 429's retry_after), when it named one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
