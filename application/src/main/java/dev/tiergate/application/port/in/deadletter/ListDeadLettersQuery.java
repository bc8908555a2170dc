package dev.tiergate.application.port.in.deadletter;

import java.util.Objects;
import java.util.Optional;

/** One page of dead letters, oldest first: those after {@code after} (from the start when empty), at most {@code limit}. */
public record ListDeadLettersQuery(Optional<DeadLetterId> after, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public ListDeadLettersQuery {
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
