package dev.tiergate.application.port.out.interaction;

import java.util.List;

/**
 * Sends answers to Discord: the one initial response (an answer, a deferral, a message update or
 * autocomplete suggestions) and, after a deferral, the edit of the original message. Throws
 * {@link ReplyNotDeliveredException}.
 */
public interface InteractionResponderPort {

    void respond(ReplyTarget target, Reply reply);

    void defer(ReplyTarget target, boolean ephemeral);

    /** Replaces the deferred message; whether it is ephemeral was fixed by the deferral, not by the reply. */
    void editOriginal(ReplyTarget target, Reply reply);

    /** Answers a button or menu click by replacing the message that carries the control. */
    void update(ReplyTarget target, Reply reply);

    /** Acknowledges a click now; the message is replaced later with {@link #editOriginal}. */
    void deferUpdate(ReplyTarget target);

    /** Answers an autocomplete request (it cannot be deferred) with at most 25 choices. */
    void suggest(ReplyTarget target, List<Choice> choices);
}
