package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.out.alert.AlertHistoryPort;
import dev.tiergate.application.port.out.alert.PendingAlert;
import dev.tiergate.domain.alert.AlertFact;
import dev.tiergate.domain.alert.AlertStatus;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The alert history against PostgreSQL: facts of the tier engine are recorded once each, entries into
 * the at-risk band (ranks 63–69 by default) are found by comparing with the previous run, pending
 * alerts are leased, and settling and counting sent alerts work per member.
 */
class AlertHistoryIT extends AdapterIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LOOKBACK = Duration.ofHours(24);

    private final AlertHistoryPort history = bean(AlertHistoryPort.class);

    /** 70 members scored 70 down to 1, so the member at index i holds rank i + 1. */
    private static List<UserId> rankedCommunity(CommunityId community) {
        List<UserId> members = new ArrayList<>();
        List<ScoreEntry> entries = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            UserId member = newUser();
            members.add(member);
            entries.add(entry(member, Integer.toString(70 - i)));
        }
        ingest(community, T0, entries);
        return members;
    }

    private static void ingest(CommunityId community, Instant at, List<ScoreEntry> entries) {
        TierEngine.ingestion(Clock.fixed(at, ZoneOffset.UTC)).ingestScores(new IngestScoresCommand(community, at, entries));
    }

    private static ScoreEntry entry(UserId user, String score) {
        return new ScoreEntry(Optional.of(user), Optional.empty(), Score.parse(score));
    }

    private static long alerts(CommunityId community, String event) {
        return queryLong("SELECT count(*) FROM alert_history WHERE community_id = ? AND event = ?", community.value(),
                event);
    }

    private static long alertsOf(CommunityId community, UserId member, String event) {
        return queryLong("SELECT count(*) FROM alert_history WHERE community_id = ? AND user_id = ? AND event = ?",
                community.value(), member.value(), event);
    }

    @Test
    void everyRecentFactIsRecordedOnceAsPending() {
        CommunityId community = newCommunity();
        List<UserId> members = rankedCommunity(community);

        history.recordNewAlerts(T0.plusSeconds(60), LOOKBACK);
        history.recordNewAlerts(T0.plusSeconds(120), LOOKBACK);

        assertThat(alerts(community, "PROMOTED")).isPositive().isEqualTo(
                queryLong("SELECT count(*) FROM tier_changes WHERE community_id = ?", community.value()));
        assertThat(alerts(community, "SEATED")).isPositive().isEqualTo(
                queryLong("SELECT count(*) FROM naib_seatings WHERE community_id = ?", community.value()));
        assertThat(alerts(community, "ENTERED_AT_RISK")).isEqualTo(7);
        for (int rank = 63; rank <= 69; rank++) {
            assertThat(alertsOf(community, members.get(rank - 1), "ENTERED_AT_RISK")).as("rank %d", rank).isOne();
        }
        assertThat(alertsOf(community, members.get(61), "ENTERED_AT_RISK")).as("rank 62").isZero();
        assertThat(alertsOf(community, members.get(69), "ENTERED_AT_RISK")).as("rank 70").isZero();
        assertThat(queryLong("SELECT count(*) FROM alert_history WHERE community_id = ? AND status <> 'PENDING'",
                community.value())).isZero();
    }

    @Test
    void onlyMembersWhoEnteredTheBandSinceTheLastRunAreWarnedAndSeatChangesFollow() {
        CommunityId community = newCommunity();
        List<UserId> members = rankedCommunity(community);
        history.recordNewAlerts(T0.plusSeconds(60), LOOKBACK);
        UserId climber = members.get(69);
        List<UserId> naib = members.subList(0, Math.toIntExact(alerts(community, "SEATED")));
        UserId lastNaib = naib.getLast();

        // The climber jumps to rank 1: everyone from rank 1 to 69 moves down one place.
        ingest(community, T0.plusSeconds(600), List.of(entry(climber, "1000")));
        history.recordNewAlerts(T0.plusSeconds(660), LOOKBACK);

        assertThat(alertsOf(community, members.get(61), "ENTERED_AT_RISK")).as("was 62, now 63").isOne();
        assertThat(alerts(community, "ENTERED_AT_RISK")).isEqualTo(8);
        assertThat(alertsOf(community, climber, "SEATED")).isOne();
        assertThat(alertsOf(community, lastNaib, "UNSEATED")).isOne();
        assertThat(alertsOf(community, climber, "PROMOTED")).isOne();
    }

    @Test
    void factsOlderThanTheLookbackAreNeverRecorded() {
        CommunityId community = newCommunity();
        rankedCommunity(community);

        history.recordNewAlerts(T0.plus(LOOKBACK).plusSeconds(1), LOOKBACK);

        assertThat(alerts(community, "PROMOTED") + alerts(community, "SEATED")).isZero();
    }

    @Test
    void pendingAlertsAreLeasedSettledOnceAndCountedWhenSent() {
        CommunityId community = newCommunity();
        List<UserId> members = rankedCommunity(community);
        Instant now = T0.plusSeconds(60);
        history.recordNewAlerts(now, LOOKBACK);

        List<PendingAlert> claimed = mine(history.claimPendingAlerts(now, Duration.ofMinutes(1), 100_000), community);
        List<PendingAlert> again = mine(history.claimPendingAlerts(now.plusSeconds(30), Duration.ofMinutes(1), 100_000),
                community);
        List<PendingAlert> afterLease = mine(
                history.claimPendingAlerts(now.plusSeconds(60), Duration.ofMinutes(1), 100_000), community);

        assertThat(claimed).hasSize(Math.toIntExact(queryLong("SELECT count(*) FROM alert_history WHERE community_id = ?",
                community.value())));
        assertThat(claimed).isSortedAccordingTo((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        assertThat(claimed.getFirst().communityName()).isNotBlank();
        assertThat(again).isEmpty();
        assertThat(afterLease).hasSameSizeAs(claimed);

        UserId top = members.getFirst();
        PendingAlert seat = claimed.stream()
                .filter(a -> a.member().equals(top) && a.fact() instanceof AlertFact.SeatTaken).findFirst().orElseThrow();
        history.settleAlert(seat.id(), AlertStatus.SENT, "delivered", now);
        history.settleAlert(seat.id(), AlertStatus.FAILED, "too late", now.plusSeconds(1));

        assertThat(history.countSentSince(community, top, now.minusSeconds(1))).isOne();
        assertThat(history.countSentSince(community, top, now)).isZero();
        assertThat(history.countSentSince(community, members.get(1), now.minusSeconds(1))).isZero();
        assertThat(queryLong("SELECT count(*) FROM alert_history WHERE id = ? AND status = 'SENT' AND detail = 'delivered'",
                seat.id())).isOne();
        assertThat(mine(history.claimPendingAlerts(now.plusSeconds(600), Duration.ofMinutes(1), 100_000), community))
                .extracting(PendingAlert::id).doesNotContain(seat.id());
    }

    @Test
    void aPurgedMembersAlertsGoWithIt() {
        CommunityId community = newCommunity();
        List<UserId> members = rankedCommunity(community);
        history.recordNewAlerts(T0.plusSeconds(60), LOOKBACK);
        UserId atRisk = members.get(64);

        markLeft(community, atRisk);
        execute("DELETE FROM member_profiles WHERE community_id = ? AND user_id = ?", community.value(), atRisk.value());

        assertThat(queryLong("SELECT count(*) FROM alert_history WHERE user_id = ?", atRisk.value())
                + queryLong("SELECT count(*) FROM alert_at_risk_members WHERE user_id = ?", atRisk.value())).isZero();
    }

    private static List<PendingAlert> mine(List<PendingAlert> alerts, CommunityId community) {
        return alerts.stream().filter(a -> a.communityId().equals(community)).toList();
    }
}
