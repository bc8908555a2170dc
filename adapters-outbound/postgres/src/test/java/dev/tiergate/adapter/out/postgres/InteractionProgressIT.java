package dev.tiergate.adapter.out.postgres;

import static dev.tiergate.application.port.out.interaction.InteractionProgress.ANSWERED;
import static dev.tiergate.application.port.out.interaction.InteractionProgress.DEFERRED;
import static dev.tiergate.application.port.out.interaction.InteractionProgress.RESPONDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.out.interaction.InteractionProgressContract;
import dev.tiergate.application.port.out.interaction.InteractionProgressPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.testing.SettableClock;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Interaction progress in PostgreSQL: the port's contract, and rows that count as absent 15 minutes
 * after their claim, are pruned by the claim path at most once a minute and outlive the caller's
 * rolled-back transaction. Time is a hand-moved clock, so nothing sleeps.
 */
class InteractionProgressIT extends AdapterIntegrationTest implements InteractionProgressContract {

    private final SettableClock clock = new SettableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    private final JdbcInteractionProgressAdapter progress = adapter(clock);

    @Override
    public InteractionProgressPort progressPort() {
        return progress;
    }

    @Test
    void theContextProvidesItAsThePostgresFallback() {
        context.registerSingleton(Clock.class, clock);
        InteractionProgressPort named = context.getBean(InteractionProgressPort.class, Qualifiers.byName("postgres"));
        String interaction = snowflake();

        assertThat(named).isInstanceOf(JdbcInteractionProgressAdapter.class);
        assertThat(named.claim(interaction)).isTrue();
        assertThat(progress.progressOf(interaction)).contains(RESPONDING);
    }

    @Test
    void fifteenMinutesAfterItsClaimAnInteractionIsForgottenHoweverLateItsLastStep() {
        String interaction = snowflake();
        progress.claim(interaction);
        clock.advance(Duration.ofMinutes(10));
        progress.record(interaction, ANSWERED);

        clock.advance(Duration.ofMinutes(5).minusMillis(1));
        assertThat(progress.progressOf(interaction)).contains(ANSWERED);
        assertThat(progress.claim(interaction)).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(progress.progressOf(interaction)).isEmpty();
        assertThat(progress.claim(interaction)).as("a claim over an expired row wins").isTrue();
        assertThat(progress.progressOf(interaction)).contains(RESPONDING);
    }

    @Test
    void aStepRecordedOverAnExpiredRowStartsAFreshFifteenMinutes() {
        String interaction = snowflake();
        progress.record(interaction, ANSWERED);
        clock.advance(Duration.ofMinutes(15));

        progress.record(interaction, DEFERRED);
        clock.advance(Duration.ofMinutes(14));

        assertThat(progress.progressOf(interaction)).as("not held back by the expired ANSWERED").contains(DEFERRED);
        clock.advance(Duration.ofMinutes(1));
        assertThat(progress.progressOf(interaction)).isEmpty();
    }

    @Test
    void whatIsRecordedStaysWhenTheCallersTransactionRollsBack() {
        String interaction = snowflake();

        assertThatThrownBy(() -> bean(CommunityWriteLockPort.class).inCommunityTransaction(newCommunity(), () -> {
            progress.claim(interaction);
            progress.record(interaction, DEFERRED);
            throw new IllegalStateException("the caller fails after Discord took the deferral");
        })).hasMessageStartingWith("the caller fails");

        assertThat(progress.progressOf(interaction)).contains(DEFERRED);
    }

    @Test
    void claimsPruneExpiredRowsAtMostOncePerMinute() {
        // Long before the other tests' rows expire, so this adapter's prunes only ever reach its own.
        SettableClock past = new SettableClock(Instant.parse("2020-01-01T00:00:00Z"));
        JdbcInteractionProgressAdapter pruning = adapter(past);
        String first = snowflake();
        String second = snowflake();
        pruning.claim(first);
        past.advance(Duration.ofSeconds(75));
        pruning.claim(second);

        past.advance(Duration.ofSeconds(16 * 60 - 75));
        pruning.claim(snowflake());
        assertThat(rows(first)).as("expired at 15 min, pruned at 16 min").isZero();
        assertThat(rows(second)).as("expires at 16 min 15 s").isOne();

        past.advance(Duration.ofSeconds(30));
        pruning.claim(snowflake());
        assertThat(pruning.progressOf(second)).isEmpty();
        assertThat(rows(second)).as("expired, but the last prune was only 30 s ago").isOne();

        past.advance(Duration.ofSeconds(30));
        pruning.claim(snowflake());
        assertThat(rows(second)).isZero();
    }

    @SuppressWarnings("unchecked")
    private static JdbcInteractionProgressAdapter adapter(Clock clock) {
        return new JdbcInteractionProgressAdapter(bean(JdbcOperations.class),
                (TransactionOperations<Connection>) context.getBean(Argument.of(TransactionOperations.class, Connection.class)),
                clock);
    }

    private static long rows(String interaction) {
        return queryLong("SELECT count(*) FROM interaction_progress WHERE interaction_id = ?",
                JdbcInteractionProgressAdapter.key(interaction));
    }
}
