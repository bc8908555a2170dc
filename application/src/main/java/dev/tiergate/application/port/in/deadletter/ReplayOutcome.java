package dev.tiergate.application.port.in.deadletter;

/** What replaying a dead letter did. */
public sealed interface ReplayOutcome {

    DeadLetterId id();

    /**
     * The body was published again on {@code subject} and the dead letter removed; {@code alreadyPublished}
     * when an earlier replay had published it and only the removal was left to do.
     */
    record Replayed(DeadLetterId id, String subject, boolean alreadyPublished) implements ReplayOutcome {
    }

    /** No dead letter has this id (never had, or it was replayed or expired). */
    record NoSuchDeadLetter(DeadLetterId id) implements ReplayOutcome {
    }

    /** This dead letter must not be replayed; {@code reason} says why. Nothing was published or removed. */
    record Refused(DeadLetterId id, String reason) implements ReplayOutcome {
    }
}
