package dev.tiergate.application.port.out.interaction;

/**
 * Sends answers to Discord: the one initial response (an answer or a deferral) and, after a
 * deferral, the edit of the original message. Throws {@link ReplyNotDeliveredException}.
 */
public interface InteractionResponderPort {

    void respond(ReplyTarget target, Reply reply);

    void defer(ReplyTarget target, boolean ephemeral);

    void editOriginal(ReplyTarget target, Reply reply);
}
