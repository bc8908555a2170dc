package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.activity.PruneRecordedActivitiesUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Prunes the record of processed activity events every hour; a failed run is caught up by the next. */
@Singleton
class RecordedActivityPruning {

    private static final Logger LOG = LoggerFactory.getLogger(RecordedActivityPruning.class);

    private final PruneRecordedActivitiesUseCase prune;

    RecordedActivityPruning(PruneRecordedActivitiesUseCase prune) {
        this.prune = prune;
    }

    @Scheduled(initialDelay = "10m", fixedDelay = "1h")
    void pruneHourly() {
        try {
            LOG.info("Forgot {} recorded activity event(s) older than the EVENTS stream keeps", prune.pruneRecordedActivities());
        } catch (RuntimeException failure) {
            LOG.warn("Pruning recorded activity events failed: {}", failure.getClass().getSimpleName());
        }
    }
}
