package dev.tiergate.application.port.in.deadletter;

/**
 * Puts a dead-lettered event back on its original subject once the cause is fixed; replaying the
 * same dead letter twice publishes it once. Interactions are refused: their token was redacted.
 */
public interface ReplayDeadLetterUseCase {

    ReplayOutcome replayDeadLetter(ReplayDeadLetterCommand command);
}
