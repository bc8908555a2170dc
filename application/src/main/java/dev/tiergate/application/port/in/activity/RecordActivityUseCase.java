package dev.tiergate.application.port.in.activity;

/**
 * Adds the points of a message or reaction to the member's decaying balance, within the
 * community's tracked channels and the per-kind cooldowns, and awards the engagement badges it
 * reaches in the same transaction; recording the same activity twice counts it once.
 */
public interface RecordActivityUseCase {

    ActivityOutcome recordActivity(RecordActivityCommand command);
}
