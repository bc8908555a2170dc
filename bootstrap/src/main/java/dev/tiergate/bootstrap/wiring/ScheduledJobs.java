package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.activity.PruneRecordedActivitiesUseCase;
import dev.tiergate.application.port.in.badge.BadgeSweepResult;
import dev.tiergate.application.port.in.badge.SweepAutomaticBadgesUseCase;
import dev.tiergate.application.port.in.member.PurgeLeftMembersUseCase;
import dev.tiergate.application.port.in.tier.ApplyDueDemotionsUseCase;
import dev.tiergate.application.port.out.job.ExclusiveJobPort;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background jobs and their schedule. Every replica schedules them, but each run takes the job's
 * lock first ({@link ExclusiveJobPort}), so only one replica runs a job at a time; the others skip
 * that run. Every job is idempotent and bounded, and a failed run is caught up by the next one.
 */
@Singleton
class ScheduledJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final ExclusiveJobPort jobs;
    private final ApplyDueDemotionsUseCase demotions;
    private final SweepAutomaticBadgesUseCase badges;
    private final PruneRecordedActivitiesUseCase recordedActivities;
    private final PurgeLeftMembersUseCase leftMembers;

    ScheduledJobs(ExclusiveJobPort jobs, ApplyDueDemotionsUseCase demotions, SweepAutomaticBadgesUseCase badges,
            PruneRecordedActivitiesUseCase recordedActivities, PurgeLeftMembersUseCase leftMembers) {
        this.jobs = jobs;
        this.demotions = demotions;
        this.badges = badges;
        this.recordedActivities = recordedActivities;
        this.leftMembers = leftMembers;
    }

    /** Demotions fall due as time passes, not only when scores move. */
    @Scheduled(initialDelay = "1m", fixedDelay = "5m")
    void applyDueDemotions() {
        run("due-demotions", () -> LOG.info("Due demotions: {} tier change(s)", demotions.applyDueDemotions()));
    }

    @Scheduled(initialDelay = "5m", fixedDelay = "24h")
    void sweepAutomaticBadges() {
        run("badge-sweep", () -> {
            BadgeSweepResult result = badges.sweepAutomaticBadges();
            LOG.info("Automatic badge sweep: {} communities, {} members, {} badges awarded", result.communities(),
                    result.members(), result.badgesAwarded());
        });
    }

    @Scheduled(initialDelay = "10m", fixedDelay = "1h")
    void pruneRecordedActivities() {
        run("recorded-activity-pruning", () -> LOG.info("Forgot {} recorded activity event(s) older than EVENTS keeps",
                recordedActivities.pruneRecordedActivities()));
    }

    /** Members who left are deleted once the retention period is over (Discord's data terms). */
    @Scheduled(initialDelay = "15m", fixedDelay = "6h")
    void purgeLeftMembers() {
        run("left-member-purge", () -> LOG.info("Purged {} member(s) who left more than the retention period ago",
                leftMembers.purgeLeftMembers()));
    }

    private void run(String job, Runnable work) {
        try {
            jobs.runAlone(job, work);
        } catch (RuntimeException failure) {
            LOG.warn("Job {} failed: {}", job, failure.getClass().getSimpleName());
        }
    }
}
