package dev.tiergate.application.service.activity;

import dev.tiergate.application.port.in.activity.PruneRecordedActivitiesUseCase;
import dev.tiergate.application.port.out.activity.ActivityPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets recorded activities older than the EVENTS stream's 24 hours plus an hour of margin, in
 * batches (each its own short statement) and at most {@link #MAX_BATCHES} per run, so one run never
 * holds the table for long; the next run continues.
 */
public final class PruneRecordedActivitiesService implements PruneRecordedActivitiesUseCase {

    static final Duration KEEP = Duration.ofHours(25);
    static final int BATCH = 5_000;
    static final int MAX_BATCHES = 100;

    private final ActivityPort activity;
    private final Clock clock;

    public PruneRecordedActivitiesService(ActivityPort activity, Clock clock) {
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public int pruneRecordedActivities() {
        Instant cutoff = clock.instant().minus(KEEP);
        int forgotten = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int deleted = activity.forgetRecordedBefore(cutoff, BATCH);
            forgotten += deleted;
            if (deleted < BATCH) {
                break;
            }
        }
        return forgotten;
    }
}
