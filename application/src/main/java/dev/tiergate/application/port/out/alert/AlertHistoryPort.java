package dev.tiergate.application.port.out.alert;

import dev.tiergate.domain.alert.AlertStatus;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The alert history: every fact worth an alert is recorded once (keyed by the fact, so recording
 * again adds nothing) as {@link AlertStatus#PENDING} before anything is sent, and each alert is
 * settled once; a pending alert attempted recently is not handed out again until a lease passes.
 */
public interface AlertHistoryPort {

    /**
     * Records as pending every fact of an active community newer than {@code now - lookback} that has
     * no alert yet (tier changes, seats taken and lost, entries into the at-risk band since the last
     * call), for members who have not left; returns how many alerts were recorded.
     */
    int recordNewAlerts(Instant now, Duration lookback);

    /**
     * Hands out at most {@code limit} pending alerts, oldest fact first, that were never attempted or
     * last attempted at or before {@code now - lease}, marking them attempted at {@code now}.
     */
    List<PendingAlert> claimPendingAlerts(Instant now, Duration lease, int limit);

    /** How many alerts of the member in the community were sent after {@code since}. */
    int countSentSince(CommunityId communityId, UserId member, Instant since);

    /** Settles a pending alert with its final status and a short reason; an alert already settled stays as it is. */
    void settleAlert(long alertId, AlertStatus status, String detail, Instant at);
}
