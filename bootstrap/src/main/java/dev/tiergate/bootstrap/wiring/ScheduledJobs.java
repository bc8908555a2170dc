package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.activity.PruneRecordedActivitiesUseCase;
import dev.tiergate.application.port.in.alert.AlertRun;
import dev.tiergate.application.port.in.alert.SendAlertsUseCase;
import dev.tiergate.application.port.in.badge.BadgeSweepResult;
import dev.tiergate.application.port.in.badge.SweepAutomaticBadgesUseCase;
import dev.tiergate.application.port.in.member.PurgeLeftMembersUseCase;
import dev.tiergate.application.port.in.role.RoleSyncReport;
import dev.tiergate.application.port.in.role.SyncRolesUseCase;
import dev.tiergate.application.port.in.tier.ApplyDueDemotionsUseCase;
import dev.tiergate.application.port.out.job.ExclusiveJobPort;
import dev.tiergate.bootstrap.config.MicronautProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background jobs and their schedule. Every replica schedules them, but each run takes the job's
 * lock first ({@link ExclusiveJobPort}), so only one replica runs a job at a time; the others skip
 * that run. Every job is idempotent and bounded, and a failed run is caught up by the next one.
 * TIERGATE_BACKGROUND_JOBS=false turns every schedule off on this process (the system tests run the
 * jobs' use cases themselves, so no background run races their assertions).
 */
@Singleton
@Requires(property = MicronautProperties.BACKGROUND_JOBS, value = "true")
class ScheduledJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final ExclusiveJobPort jobs;
    private final ApplyDueDemotionsUseCase demotions;
    private final SweepAutomaticBadgesUseCase badges;
    private final PruneRecordedActivitiesUseCase recordedActivities;
    private final PurgeLeftMembersUseCase leftMembers;
    private final Optional<SendAlertsUseCase> alerts;
    private final Optional<SyncRolesUseCase> roles;
    private final JobMeters meters;

    ScheduledJobs(ExclusiveJobPort jobs, ApplyDueDemotionsUseCase demotions, SweepAutomaticBadgesUseCase badges,
            PruneRecordedActivitiesUseCase recordedActivities, PurgeLeftMembersUseCase leftMembers,
            Optional<SyncRolesUseCase> roles, Optional<SendAlertsUseCase> alerts, JobMeters meters) {
        this.jobs = jobs;
        this.demotions = demotions;
        this.badges = badges;
        this.recordedActivities = recordedActivities;
        this.leftMembers = leftMembers;
        this.alerts = alerts;
        this.roles = roles;
        this.meters = meters;
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

    /** Tier roles follow tiers at Discord (only where a bot token or the stand-in makes role changes possible). */
    @Scheduled(initialDelay = "30s", fixedDelay = "30s")
    void syncRoles() {
        roles.ifPresent(sync -> run("role-sync", () -> {
            RoleSyncReport report = sync.syncRoles();
            meters.roleSync(report);
            if (report.applied() + report.failed() + report.communitiesDeferred() == 0 && !report.halted()) {
                return;
            }
            LOG.info("Role sync: {} change(s) applied, {} refused, {} communities deferred{}", report.applied(),
                    report.failed(), report.communitiesDeferred(), report.halted() ? ", halted: bot token refused" : "");
        }));
    }

    /** Alerts go out by DM shortly after the facts they report; without a bot token there is no alert job. */
    @Scheduled(initialDelay = "1m", fixedDelay = "1m")
    void sendAlerts() {
        alerts.ifPresent(job -> run("alerts", () -> {
            AlertRun run = job.sendAlerts();
            meters.alerts(run);
            if (run.recorded() + run.sent() + run.skipped() + run.failed() + run.leftPending() == 0) {
                return;
            }
            LOG.info("Alerts: {} recorded, {} sent, {} skipped, {} failed, {} left pending", run.recorded(), run.sent(),
                    run.skipped(), run.failed(), run.leftPending());
        }));
    }

    /** Runs the job if no replica runs it now; the start and end lines show which replica ran it when. */
    private void run(String job, Runnable work) {
        try {
            jobs.runAlone(job, () -> {
                LOG.info("Job {} started", job);
                try {
                    work.run();
                } finally {
                    LOG.info("Job {} finished", job);
                }
            });
        } catch (RuntimeException failure) {
            LOG.warn("Job {} failed: {}", job, failure.getClass().getSimpleName());
        }
    }
}
