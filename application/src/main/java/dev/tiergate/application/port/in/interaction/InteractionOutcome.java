package dev.tiergate.application.port.in.interaction;

import java.time.Duration;
import java.util.Optional;

/**
 * How handling one delivery of an interaction ended. Only {@link RetryLater} asks for the delivery
 * again; every other outcome is final for that interaction.
 */
public sealed interface InteractionOutcome {

    InteractionOutcome ANSWERED = new Answered();
    InteractionOutcome ANSWERED_AFTER_DEFER = new AnsweredAfterDefer();
    InteractionOutcome ALREADY_ANSWERED = new AlreadyAnswered();
    InteractionOutcome EXPIRED = new Expired();
    InteractionOutcome NOT_DELIVERED = new NotDelivered();

    /** The initial response carried the answer. */
    record Answered() implements InteractionOutcome {
    }

    /** The interaction was deferred (now or by an earlier delivery) and the answer edited in. */
    record AnsweredAfterDefer() implements InteractionOutcome {
    }

    /** A repeated delivery of an interaction that is already answered: nothing was sent. */
    record AlreadyAnswered() implements InteractionOutcome {
    }

    /** Too old for an initial response, or Discord no longer knows it: counted, not answered. */
    record Expired() implements InteractionOutcome {
    }

    /** Not finished, and trying again can help, no sooner than {@code notBefore} when Discord named a wait. */
    record RetryLater(Optional<Duration> notBefore) implements InteractionOutcome {
    }

    /** Discord refused the answer in a way repeating cannot fix. */
    record NotDelivered() implements InteractionOutcome {
    }

    /** A short, fixed label for metrics. */
    default String label() {
        return switch (this) {
            case Answered answered -> "answered";
            case AnsweredAfterDefer deferred -> "answered_after_defer";
            case AlreadyAnswered already -> "already_answered";
            case Expired expired -> "expired";
            case RetryLater retry -> "retry_later";
            case NotDelivered refused -> "not_delivered";
        };
    }
}
