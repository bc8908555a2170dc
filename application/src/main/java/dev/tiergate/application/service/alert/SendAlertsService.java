package dev.tiergate.application.service.alert;

import dev.tiergate.application.port.in.alert.AlertRun;
import dev.tiergate.application.port.in.alert.SendAlertsUseCase;
import dev.tiergate.application.port.out.alert.AlertHistoryPort;
import dev.tiergate.application.port.out.alert.AlertPreferencesPort;
import dev.tiergate.application.port.out.alert.DirectMessagePort;
import dev.tiergate.application.port.out.alert.DirectMessageResult;
import dev.tiergate.application.port.out.alert.PendingAlert;
import dev.tiergate.domain.alert.AlertAllowance;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.alert.AlertStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The alert job. It first records every new fact as a pending alert (so a crash after sending can at
 * worst repeat a DM, never lose or invent one), then settles the pending alerts one by one: skipped
 * when the member's preferences exclude the kind or its frequency allowance is used up, sent, or
 * failed for good (DMs closed, another refusal). A transient failure (rate limit, outage, refused
 * token) ends the run and leaves the alert pending; it is attempted again once its lease has passed.
 * Naib alerts concern the member's own seat, so a seat loss reaches the member who just held it.
 */
public final class SendAlertsService implements SendAlertsUseCase {

    /** Facts older than this are stale news and never alerted (also the reach of a first run). */
    static final Duration LOOKBACK = Duration.ofHours(24);
    /** A pending alert attempted this recently is not attempted again (a crash mid-send waits this long). */
    static final Duration LEASE = Duration.ofMinutes(1);
    static final int BATCH = 500;

    private final AlertHistoryPort history;
    private final AlertPreferencesPort preferences;
    private final DirectMessagePort directMessages;
    private final Clock clock;

    public SendAlertsService(AlertHistoryPort history, AlertPreferencesPort preferences,
            DirectMessagePort directMessages, Clock clock) {
        this.history = history;
        this.preferences = preferences;
        this.directMessages = directMessages;
        this.clock = clock;
    }

    @Override
    public AlertRun sendAlerts() {
        Instant now = clock.instant();
        int recorded = history.recordNewAlerts(now, LOOKBACK);
        List<PendingAlert> due = history.claimPendingAlerts(now, LEASE, BATCH);
        int sent = 0;
        int skipped = 0;
        int failed = 0;
        int settled = 0;
        for (PendingAlert alert : due) {
            AlertStatus status = settle(alert, clock.instant());
            if (status == AlertStatus.PENDING) {
                break;
            }
            settled++;
            switch (status) {
                case SENT -> sent++;
                case SKIPPED -> skipped++;
                case FAILED -> failed++;
                case PENDING -> throw new IllegalStateException("unreachable");
            }
        }
        return new AlertRun(recorded, sent, skipped, failed, due.size() - settled);
    }

    /** Settles one alert and says how; PENDING when it was left for a later run. */
    private AlertStatus settle(PendingAlert alert, Instant now) {
        AlertPreferences chosen = preferences.loadPreferences(alert.communityId(), alert.member());
        AlertKind kind = alert.fact().kind();
        if (!chosen.delivers(kind, kind == AlertKind.NAIB_ALERTS)) {
            return record(alert, AlertStatus.SKIPPED, "preference off", now);
        }
        AlertAllowance allowance = AlertAllowance.of(chosen.frequency());
        int sentInWindow = history.countSentSince(alert.communityId(), alert.member(), now.minus(allowance.window()));
        if (!allowance.allowsAnother(sentInWindow)) {
            return record(alert, AlertStatus.SKIPPED, "frequency " + chosen.frequency().label() + " reached", now);
        }
        return switch (directMessages.sendDirectMessage(alert.member(), AlertText.of(alert))) {
            case DirectMessageResult.Delivered _ -> record(alert, AlertStatus.SENT, "delivered", now);
            case DirectMessageResult.Closed _ -> record(alert, AlertStatus.FAILED, "CLOSED: member does not accept DMs",
                    now);
            case DirectMessageResult.Rejected rejected -> record(alert, AlertStatus.FAILED, rejected.detail(), now);
            case DirectMessageResult.RateLimited _, DirectMessageResult.Unavailable _,
                    DirectMessageResult.Unauthorized _ -> AlertStatus.PENDING;
        };
    }

    private AlertStatus record(PendingAlert alert, AlertStatus status, String detail, Instant now) {
        history.settleAlert(alert.id(), status, detail, now);
        return status;
    }
}
