package dev.tiergate.application.port.out.interaction;

import dev.tiergate.domain.shared.Snowflake;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The progress store's contract in a map, without expiry, counting the calls that reach it: the
 * answering service's unit tests use it, and the Redis adapter's tests as its fallback store.
 */
public final class MemoryInteractionProgress implements InteractionProgressPort {

    private final Map<String, InteractionProgress> steps = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public boolean claim(String interactionId) {
        return steps.putIfAbsent(reached(interactionId), InteractionProgress.RESPONDING) == null;
    }

    @Override
    public Optional<InteractionProgress> progressOf(String interactionId) {
        return Optional.ofNullable(steps.get(reached(interactionId)));
    }

    @Override
    public void record(String interactionId, InteractionProgress progress) {
        steps.merge(reached(interactionId), progress, (held, later) -> later.compareTo(held) > 0 ? later : held);
    }

    /** How many calls reached this store. */
    public int calls() {
        return calls.get();
    }

    /** Counts the call and refuses an id that is not a snowflake, as the real stores do. */
    private String reached(String interactionId) {
        calls.incrementAndGet();
        return Snowflake.require(interactionId, "interaction_id");
    }
}
