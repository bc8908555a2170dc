package dev.tiergate.application.port.in.activity;

/**
 * Forgets which activities were recorded once no redelivery can bring them back (the EVENTS stream
 * keeps a message 24 hours), so the idempotency record stays bounded; returns how many it forgot.
 */
public interface PruneRecordedActivitiesUseCase {

    int pruneRecordedActivities();
}
