package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.out.interaction.InteractionProgress;
import dev.tiergate.application.port.out.interaction.InteractionProgressPort;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The progress store's contract in memory, for the answering service's unit tests. */
final class MemoryInteractionProgress implements InteractionProgressPort {

    final Map<String, InteractionProgress> recorded = new ConcurrentHashMap<>();

    @Override
    public boolean claim(String interactionId) {
        return recorded.putIfAbsent(interactionId, InteractionProgress.RESPONDING) == null;
    }

    @Override
    public Optional<InteractionProgress> progressOf(String interactionId) {
        return Optional.ofNullable(recorded.get(interactionId));
    }

    @Override
    public void record(String interactionId, InteractionProgress progress) {
        recorded.merge(interactionId, progress, (was, now) -> now.compareTo(was) > 0 ? now : was);
    }
}
