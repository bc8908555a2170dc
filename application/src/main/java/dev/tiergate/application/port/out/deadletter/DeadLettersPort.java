package dev.tiergate.application.port.out.deadletter;

import java.util.List;
import java.util.Optional;

/**
 * The dead letters, addressed by their sequence on the store, and the means to publish a body again;
 * every method throws {@link DeadLettersUnavailableException} when the store cannot be reached.
 */
public interface DeadLettersPort {

    /** At most {@code limit} dead letters with a sequence above {@code afterSequence}, oldest first. */
    List<StoredDeadLetter> listAfter(long afterSequence, int limit);

    Optional<StoredDeadLetter> find(long sequence);

    /**
     * Publishes {@code body} on {@code subject} unless a message with {@code deduplicationId} was already
     * published there recently; returns true when this call stored it, false when an earlier one had.
     */
    boolean republishOnce(String subject, byte[] body, String deduplicationId);

    /** Removes the dead letter; false when it was already gone. */
    boolean remove(long sequence);
}
