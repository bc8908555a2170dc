package dev.tiergate.application.service.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.alert.AlertRun;
import dev.tiergate.application.port.out.alert.AlertMessage;
import dev.tiergate.application.port.out.alert.AlertPreferencesPort;
import dev.tiergate.application.port.out.alert.DirectMessagePort;
import dev.tiergate.application.port.out.alert.DirectMessageResult;
import dev.tiergate.application.testing.SettableClock;
import dev.tiergate.domain.alert.AlertFact;
import dev.tiergate.domain.alert.AlertFrequency;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.alert.AlertStatus;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SendAlertsServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final UserId MEMBER = new UserId("987654321098765432");
    private static final UserId OTHER = new UserId("987654321098765433");
    private static final Instant T0 = Instant.parse("2026-04-01T12:00:00Z");

    /** Records each DM and answers with scripted results, then Delivered. */
    private static final class RecordingDirectMessages implements DirectMessagePort {
        final List<AlertMessage> delivered = new ArrayList<>();
        final List<UserId> attempts = new ArrayList<>();
        final Queue<DirectMessageResult> scripted = new ArrayDeque<>();

        @Override
        public DirectMessageResult sendDirectMessage(UserId recipient, AlertMessage message) {
            attempts.add(recipient);
            DirectMessageResult result = scripted.isEmpty() ? new DirectMessageResult.Delivered() : scripted.poll();
            if (result instanceof DirectMessageResult.Delivered) {
                delivered.add(message);
            }
            return result;
        }
    }

    private final SettableClock clock = new SettableClock(T0);
    private final InMemoryAlertHistory history = new InMemoryAlertHistory();
    private final Map<UserId, AlertPreferences> chosen = new HashMap<>();
    private final AlertPreferencesPort preferences = new AlertPreferencesPort() {
        @Override
        public AlertPreferences loadPreferences(CommunityId communityId, UserId member) {
            return chosen.getOrDefault(member, AlertPreferences.DEFAULTS);
        }

        @Override
        public AlertPreferences changePreferences(CommunityId communityId, UserId member,
                UnaryOperator<AlertPreferences> change) {
            return chosen.merge(member, change.apply(loadPreferences(communityId, member)), (a, b) -> b);
        }
    };
    private final RecordingDirectMessages dms = new RecordingDirectMessages();
    private final SendAlertsService service = new SendAlertsService(history, preferences, dms, clock);

    private static AlertFact promotion() {
        return new AlertFact.TierChanged(Tier.USUL, Tier.FEDAYKIN, true);
    }

    @Test
    void aFactIsAlertedOnceHoweverOftenTheJobRuns() {
        history.fact("tier:1", GUILD, MEMBER, promotion(), T0.minusSeconds(30));

        AlertRun first = service.sendAlerts();
        clock.set(T0.plus(Duration.ofMinutes(5)));
        AlertRun second = service.sendAlerts();

        assertThat(first).isEqualTo(new AlertRun(1, 1, 0, 0, 0));
        assertThat(second).isEqualTo(new AlertRun(0, 0, 0, 0, 0));
        assertThat(dms.delivered).extracting(AlertMessage::title).containsExactly("You were promoted to Fedaykin");
        assertThat(history.entries()).singleElement().satisfies(e -> assertThat(e.status).isEqualTo(AlertStatus.SENT));
    }

    @Test
    void alertsOverTheFrequencyAreSkippedAndNeverSentLater() {
        history.fact("tier:1", GUILD, MEMBER, promotion(), T0.minusSeconds(30));
        history.fact("seat:1", GUILD, MEMBER, new AlertFact.SeatTaken(), T0.minusSeconds(20));

        service.sendAlerts();
        clock.set(T0.plus(Duration.ofDays(8)));
        AlertRun later = service.sendAlerts();

        assertThat(dms.delivered).hasSize(1);
        assertThat(later.sent()).isZero();
        assertThat(history.entries()).extracting(e -> e.status).containsExactly(AlertStatus.SENT, AlertStatus.SKIPPED);
        assertThat(history.entries().get(1).detail).isEqualTo("frequency 1/week reached");
    }

    @Test
    void theWeeklyAllowanceFreesUpWhenTheOldestSentAlertLeavesTheWindow() {
        chosen.put(MEMBER, AlertPreferences.DEFAULTS.withFrequency(AlertFrequency.WEEKLY_2));
        history.fact("tier:1", GUILD, MEMBER, promotion(), T0.minusSeconds(30));
        history.fact("tier:2", GUILD, MEMBER, new AlertFact.TierChanged(Tier.FEDAYKIN, Tier.USUL, false),
                T0.minusSeconds(20));
        history.fact("tier:3", GUILD, MEMBER, promotion(), T0.minusSeconds(10));
        service.sendAlerts();
        assertThat(dms.delivered).hasSize(2);

        clock.set(T0.plus(Duration.ofDays(7)).plusSeconds(1));
        history.fact("tier:4", GUILD, MEMBER, promotion(), clock.instant().minusSeconds(1));
        service.sendAlerts();

        assertThat(dms.delivered).hasSize(3);
    }

    @Test
    void anotherMembersAlertsDoNotCountAgainstTheAllowance() {
        history.fact("tier:1", GUILD, MEMBER, promotion(), T0.minusSeconds(30));
        history.fact("tier:2", GUILD, OTHER, promotion(), T0.minusSeconds(20));

        assertThat(service.sendAlerts().sent()).isEqualTo(2);
    }

    @Test
    void aKindTheMemberSwitchedOffIsSkipped() {
        chosen.put(MEMBER, AlertPreferences.DEFAULTS.with(AlertKind.AT_RISK_WARNINGS, false));
        history.fact("at-risk:1", GUILD, MEMBER, new AlertFact.EnteredAtRisk(65), T0.minusSeconds(30));

        AlertRun run = service.sendAlerts();

        assertThat(run).isEqualTo(new AlertRun(1, 0, 1, 0, 0));
        assertThat(dms.attempts).isEmpty();
        assertThat(history.entries().getFirst().detail).isEqualTo("preference off");
    }

    @Test
    void aSeatLossReachesTheMemberWhoHeldTheSeatWhenNaibAlertsAreOn() {
        history.fact("unseated:1", GUILD, MEMBER, new AlertFact.SeatLost(), T0.minusSeconds(30));
        chosen.put(OTHER, AlertPreferences.DEFAULTS.with(AlertKind.NAIB_ALERTS, false));
        history.fact("unseated:2", GUILD, OTHER, new AlertFact.SeatLost(), T0.minusSeconds(20));

        service.sendAlerts();

        assertThat(dms.attempts).containsExactly(MEMBER);
        assertThat(dms.delivered).extracting(AlertMessage::title).containsExactly("You lost your Naib seat");
    }

    @Test
    void closedDmsFailForGoodAndAreNeverRetried() {
        dms.scripted.add(new DirectMessageResult.Closed());
        history.fact("tier:1", GUILD, MEMBER, promotion(), T0.minusSeconds(30));

        AlertRun run = service.sendAlerts();
        clock.set(T0.plus(Duration.ofMinutes(10)));
        service.sendAlerts();

        assertThat(run.failed()).isEqualTo(1);
        assertThat(dms.attempts).hasSize(1);
        assertThat(history.entries().getFirst().status).isEqualTo(AlertStatus.FAILED);
        assertThat(history.entries().getFirst().detail).startsWith("CLOSED");
    }

    @Test
    void aRateLimitEndsTheRunAndLeavesAlertsPendingForALaterRun() {
        dms.scripted.add(new DirectMessageResult.RateLimited(Duration.ofSeconds(30)));
        history.fact("tier:1", GUILD, MEMBER, promotion(), T0.minusSeconds(30));
        history.fact("tier:2", GUILD, OTHER, promotion(), T0.minusSeconds(20));

        AlertRun limited = service.sendAlerts();
        clock.set(T0.plusSeconds(30));
        AlertRun tooSoon = service.sendAlerts();
        clock.set(T0.plus(Duration.ofMinutes(2)));
        AlertRun retried = service.sendAlerts();

        assertThat(limited).isEqualTo(new AlertRun(2, 0, 0, 0, 2));
        assertThat(tooSoon).isEqualTo(new AlertRun(0, 0, 0, 0, 0));
        assertThat(retried.sent()).isEqualTo(2);
        assertThat(dms.attempts).containsExactly(MEMBER, MEMBER, OTHER);
    }

    @Test
    void anAlertLeftPendingByACrashIsSentOnceItsLeaseHasPassed() {
        history.fact("tier:1", GUILD, MEMBER, promotion(), T0.minusSeconds(30));
        history.recordNewAlerts(T0, SendAlertsService.LOOKBACK);
        history.claimPendingAlerts(T0, SendAlertsService.LEASE, 10); // the crashed run took it, then died

        AlertRun soon = service.sendAlerts();
        clock.set(T0.plus(SendAlertsService.LEASE));
        AlertRun later = service.sendAlerts();

        assertThat(soon.sent()).isZero();
        assertThat(later.sent()).isEqualTo(1);
        assertThat(dms.delivered).hasSize(1);
    }

    @Test
    void staleFactsAreNeverAlerted() {
        history.fact("tier:1", GUILD, MEMBER, promotion(), T0.minus(SendAlertsService.LOOKBACK).minusSeconds(1));

        assertThat(service.sendAlerts()).isEqualTo(new AlertRun(0, 0, 0, 0, 0));
        assertThat(dms.attempts).isEmpty();
    }
}
