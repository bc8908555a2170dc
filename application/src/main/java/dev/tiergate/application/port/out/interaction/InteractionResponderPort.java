package dev.tiergate.application.port.out.interaction;

import dev.tiergate.application.port.in.interaction.InteractionRef;

/**
 * Sends answers to Discord: the one initial response (an answer or a deferral) and, after a
 * deferral, the edit of the original message. Throws {@link ReplyNotDeliveredException}.
 */
public interface InteractionResponderPort {

    void respond(InteractionRef ref, Reply reply);

    void defer(InteractionRef ref, boolean ephemeral);

    void editOriginal(InteractionRef ref, Reply reply);
}
