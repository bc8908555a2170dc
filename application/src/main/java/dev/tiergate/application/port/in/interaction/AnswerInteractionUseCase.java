package dev.tiergate.application.port.in.interaction;

/**
 * Answers a slash command: directly when the answer is ready in time, otherwise deferred and
 * then edited in. A failure becomes a short ephemeral message, never silence.
 */
public interface AnswerInteractionUseCase {

    InteractionOutcome answer(InteractionRequest request);
}
