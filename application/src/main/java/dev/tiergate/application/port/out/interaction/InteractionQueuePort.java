package dev.tiergate.application.port.out.interaction;

/**
 * The broker the interaction workers read: takes one interaction's wire envelope under a message id,
 * so a repeated publish of the same id is dropped. Throws {@link InteractionNotQueuedException}.
 */
public interface InteractionQueuePort {

    void enqueue(String messageId, byte[] envelope);
}
