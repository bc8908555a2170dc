package dev.tiergate.application.port.out.interaction;

import static dev.tiergate.application.port.out.interaction.InteractionProgress.ANSWERED;
import static dev.tiergate.application.port.out.interaction.InteractionProgress.DEFERRED;
import static dev.tiergate.application.port.out.interaction.InteractionProgress.RESPONDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InteractionProgressPort} keeps to, run against the in-memory fake and each real
 * store: one claim per interaction however many deliveries race, steps that only move forward, and ids
 * that are not snowflakes refused. An interface, so an adapter's test keeps its own base class.
 */
public interface InteractionProgressContract {

    /** The store under test, ready for use; each test asks for it once. */
    InteractionProgressPort progressPort();

    @Test
    default void onlyTheFirstClaimWins() {
        InteractionProgressPort progress = progressPort();
        String interaction = InteractionIds.fresh();

        assertThat(progress.claim(interaction)).isTrue();
        assertThat(progress.claim(interaction)).isFalse();
        assertThat(progress.progressOf(interaction)).contains(RESPONDING);
        assertThat(progress.progressOf(InteractionIds.fresh())).isEmpty();
    }

    @Test
    default void sixteenDeliveriesRacingForOneInteractionClaimItOnce() throws Exception {
        InteractionProgressPort progress = progressPort();
        String interaction = InteractionIds.fresh();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        try (ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 16; i++) {
                claims.add(deliveries.submit(() -> {
                    start.await();
                    return progress.claim(interaction);
                }));
            }
            start.countDown();
        }

        assertThat(claims.stream().filter(claim -> claim.resultNow()).count()).isEqualTo(1);
    }

    @Test
    default void stepsOnlyMoveForward() {
        InteractionProgressPort progress = progressPort();
        String interaction = InteractionIds.fresh();
        progress.claim(interaction);

        progress.record(interaction, DEFERRED);
        assertThat(progress.progressOf(interaction)).contains(DEFERRED);
        progress.record(interaction, RESPONDING);
        assertThat(progress.progressOf(interaction)).contains(DEFERRED);
        progress.record(interaction, ANSWERED);
        progress.record(interaction, DEFERRED);
        assertThat(progress.progressOf(interaction)).contains(ANSWERED);
    }

    @Test
    default void aStepRecordedWithoutAClaimIsKeptAndBlocksLaterClaims() {
        InteractionProgressPort progress = progressPort();
        String interaction = InteractionIds.fresh();

        progress.record(interaction, DEFERRED);

        assertThat(progress.progressOf(interaction)).contains(DEFERRED);
        assertThat(progress.claim(interaction)).isFalse();
        assertThat(progress.progressOf(interaction)).contains(DEFERRED);
    }

    @Test
    default void everySnowflakeIsAnInteractionOfItsOwn() {
        InteractionProgressPort progress = progressPort();
        String largest = "18446744073709551615";
        String largestSigned = "9223372036854775807";

        assertThat(progress.claim(largest)).isTrue();
        assertThat(progress.claim(largestSigned)).isTrue();
        assertThat(progress.claim(largest)).isFalse();
    }

    @Test
    default void idsThatAreNotSnowflakesAreRefused() {
        InteractionProgressPort progress = progressPort();
        for (String notASnowflake : new String[] {"", "12345", "abc", "18446744073709551616", "1' OR '1'='1",
                "1}:x{2"}) {
            assertThatThrownBy(() -> progress.claim(notASnowflake)).isInstanceOf(InvalidFieldException.class);
            assertThatThrownBy(() -> progress.progressOf(notASnowflake)).isInstanceOf(InvalidFieldException.class);
            assertThatThrownBy(() -> progress.record(notASnowflake, ANSWERED)).isInstanceOf(InvalidFieldException.class);
        }
    }

    /** The contract's interaction ids: above those the adapters' own tests hand out, never twice in a JVM. */
    final class InteractionIds {

        private static final AtomicLong NEXT = new AtomicLong(2_000_000_000_000_000_000L);

        private InteractionIds() {
        }

        private static String fresh() {
            return Long.toString(NEXT.incrementAndGet());
        }
    }
}
