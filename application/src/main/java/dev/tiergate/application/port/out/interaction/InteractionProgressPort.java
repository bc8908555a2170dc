package dev.tiergate.application.port.out.interaction;

import java.util.Optional;

/**
 * Remembers, per interaction id, how far answering it got, for the 15 minutes its token lives. A
 * store that cannot be reached may fall back to another one, but never answers "unknown" for an
 * interaction it recorded: a wrong "unknown" would send a second initial response.
 */
public interface InteractionProgressPort {

    /**
     * Records {@link InteractionProgress#RESPONDING} when nothing is recorded for the interaction yet
     * and answers true; answers false, changing nothing, when another delivery already claimed it.
     */
    boolean claim(String interactionId);

    /** What was last recorded for the interaction, empty when nothing is (or its 15 minutes are over). */
    Optional<InteractionProgress> progressOf(String interactionId);

    /** Records a later step; a step is never taken back (ANSWERED stays ANSWERED). */
    void record(String interactionId, InteractionProgress progress);
}
