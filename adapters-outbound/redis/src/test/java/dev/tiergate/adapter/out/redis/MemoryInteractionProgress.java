package dev.tiergate.adapter.out.redis;

import dev.tiergate.application.port.out.interaction.InteractionProgress;
import dev.tiergate.application.port.out.interaction.InteractionProgressPort;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the PostgreSQL fallback (another module, which this one may not see): the port's rules
 * in a map, without expiry, counting the calls that reach it.
 */
final class MemoryInteractionProgress implements InteractionProgressPort {

    private final Map<String, InteractionProgress> steps = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public boolean claim(String interactionId) {
        calls.incrementAndGet();
        return steps.putIfAbsent(interactionId, InteractionProgress.RESPONDING) == null;
    }

    @Override
    public Optional<InteractionProgress> progressOf(String interactionId) {
        calls.incrementAndGet();
        return Optional.ofNullable(steps.get(interactionId));
    }

    @Override
    public void record(String interactionId, InteractionProgress progress) {
        calls.incrementAndGet();
        steps.merge(interactionId, progress, (held, later) -> later.compareTo(held) > 0 ? later : held);
    }

    /** How many calls reached this store. */
    int calls() {
        return calls.get();
    }
}
