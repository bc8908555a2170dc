package dev.tiergate.application.port.in.interaction;

/**
 * Answers an interaction exactly once, however often it is delivered: directly when the answer is
 * ready in time, otherwise deferred and then edited in; a later delivery continues where an earlier
 * one stopped. A failure on the last delivery becomes a short ephemeral message, never silence.
 */
public interface AnswerInteractionUseCase {

    InteractionOutcome answer(InteractionRequest request, Delivery delivery);
}
