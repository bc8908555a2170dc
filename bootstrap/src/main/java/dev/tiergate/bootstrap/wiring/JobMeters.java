package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.alert.AlertRun;
import dev.tiergate.application.port.in.role.RoleSyncReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;

/**
 * Counts what the background jobs did, from their results: tier-role changes applied or refused by
 * Discord, and alerts sent, skipped or failed. Every series is registered at start-up, at zero, so
 * an alert on its rate has data before the first change.
 */
@Context
final class JobMeters {

    private final Counter rolesApplied;
    private final Counter rolesFailed;
    private final Counter alertsSent;
    private final Counter alertsSkipped;
    private final Counter alertsFailed;

    JobMeters(MeterRegistry registry) {
        rolesApplied = counter(registry, "tiergate.role.sync.changes", "Tier-role changes made at Discord by role sync",
                "applied");
        rolesFailed = counter(registry, "tiergate.role.sync.changes", "Tier-role changes made at Discord by role sync",
                "failed");
        alertsSent = counter(registry, "tiergate.alerts", "Alert DMs attempted by the alert job", "sent");
        alertsSkipped = counter(registry, "tiergate.alerts", "Alert DMs attempted by the alert job", "skipped");
        alertsFailed = counter(registry, "tiergate.alerts", "Alert DMs attempted by the alert job", "failed");
    }

    void roleSync(RoleSyncReport report) {
        rolesApplied.increment(report.applied());
        rolesFailed.increment(report.failed());
    }

    void alerts(AlertRun run) {
        alertsSent.increment(run.sent());
        alertsSkipped.increment(run.skipped());
        alertsFailed.increment(run.failed());
    }

    private static Counter counter(MeterRegistry registry, String name, String description, String result) {
        return Counter.builder(name).description(description).tag("result", result).register(registry);
    }
}
