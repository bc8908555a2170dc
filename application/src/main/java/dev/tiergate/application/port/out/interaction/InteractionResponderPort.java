package dev.tiergate.application.port.out.interaction;

/**
 * Sends answers to Discord: the one initial response (an answer or a deferral) and, after a
 * deferral, the edit of the original message. Throws {@link ReplyNotDeliveredException}.
 */
public interface InteractionResponderPort {

    void respond(ReplyTarget target, Reply reply);

    void defer(ReplyTarget target, boolean ephemeral);

    /** Replaces the deferred message; whether it is ephemeral was fixed by the deferral, not by the reply. */
    void editOriginal(ReplyTarget target, Reply reply);
}
