package dev.tiergate.adapter.in.http.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.adapter.in.http.discord.PendingInteractions.Completion;
import dev.tiergate.application.testing.SettableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingInteractionsTest {

    private static final byte[] ANSWER = "{\"type\":4}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DEFERRAL = "{\"type\":5}".getBytes(StandardCharsets.UTF_8);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T12:00:00Z"));
    private final PendingInteractions pending = new PendingInteractions(clock);

    @Test
    void theFirstResponseWinsWhetherTheWorkersOrTheEndpointsOwn() {
        PendingInteractions.Pending answered = pending.open("1", "token-1").orElseThrow();
        assertThat(pending.complete("1", "token-1", ANSWER)).isEqualTo(Completion.DELIVERED);
        assertThat(answered.respondItself(DEFERRAL)).isEqualTo(ANSWER);

        PendingInteractions.Pending deferred = pending.open("2", "token-2").orElseThrow();
        assertThat(deferred.await(Duration.ZERO)).isEmpty();
        assertThat(deferred.respondItself(DEFERRAL)).isEqualTo(DEFERRAL);
        assertThat(pending.complete("2", "token-2", ANSWER)).isEqualTo(Completion.ALREADY_ACKNOWLEDGED);
    }

    @Test
    void aSettledInteractionStillRefusesASecondResponseUntilItsTokenWouldHaveExpired() {
        pending.open("1", "token-1").orElseThrow().respondItself(DEFERRAL);
        pending.settle("1");

        assertThat(pending.complete("1", "token-1", ANSWER)).isEqualTo(Completion.ALREADY_ACKNOWLEDGED);
        clock.advance(PendingInteractions.REMEMBERED.plusSeconds(1));
        assertThat(pending.complete("1", "token-1", ANSWER)).isEqualTo(Completion.UNKNOWN);
        pending.open("2", "token-2");
        assertThat(pending.size()).as("the expired interaction is forgotten").isEqualTo(1);
    }

    @Test
    void atMostTenThousandInteractionsAreRememberedTheOldestForgottenFirst() {
        for (int i = 0; i <= PendingInteractions.MAX_REMEMBERED; i++) {
            pending.open(Integer.toString(i), "token").orElseThrow().respondItself(DEFERRAL);
            pending.settle(Integer.toString(i));
        }

        assertThat(pending.size()).isEqualTo(PendingInteractions.MAX_REMEMBERED);
        assertThat(pending.complete("0", "token", ANSWER)).isEqualTo(Completion.UNKNOWN);
        assertThat(pending.complete("1", "token", ANSWER)).isEqualTo(Completion.ALREADY_ACKNOWLEDGED);
    }

    @Test
    void theSameInteractionPostedAgainSharesTheFirstWait() {
        PendingInteractions.Pending first = pending.open("1", "token-1").orElseThrow();
        PendingInteractions.Pending again = pending.open("1", "token-1").orElseThrow();

        assertThat(pending.complete("1", "token-1", ANSWER)).isEqualTo(Completion.DELIVERED);
        assertThat(first.await(Duration.ZERO)).contains(ANSWER);
        assertThat(again.await(Duration.ZERO)).contains(ANSWER);
        pending.settle("1");
        assertThat(pending.open("1", "token-1")).as("once answered, there is nothing to wait for").isEmpty();
    }
}
