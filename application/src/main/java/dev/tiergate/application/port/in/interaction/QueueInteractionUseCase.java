package dev.tiergate.application.port.in.interaction;

/**
 * Hands an interaction that arrived at the HTTP interactions endpoint to the workers, as the same
 * wire envelope the gateway publishes, so both ingress paths meet in one consumer.
 */
public interface QueueInteractionUseCase {

    /** True once the broker holds the interaction (a repeat of the same message id included); false when it cannot take it now. */
    boolean queue(QueueInteractionCommand command);
}
