package dev.tiergate.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The local fallback on a hand-moved clock: domain GCRA semantics, a hard key bound, no early reset, thread safety. */
class BoundedLocalLimiterTest {

    private static final RateLimitPolicy MEMBER = RateLimitPolicy.MEMBER_COMMANDS;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void decidesLikeTheDomainGcra() {
        BoundedLocalLimiter limiter = new BoundedLocalLimiter(10, clock);

        for (int remaining = 4; remaining >= 0; remaining--) {
            assertThat(limiter.decide(MEMBER, "a")).isEqualTo(new RateLimitDecision.Allowed(
                    clock.instant().plusSeconds(2L * (5 - remaining)), remaining));
        }
        assertThat(limiter.decide(MEMBER, "a")).isEqualTo(new RateLimitDecision.Throttled(Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));
        assertThat(limiter.decide(MEMBER, "a")).isInstanceOf(RateLimitDecision.Allowed.class);
    }

    @Test
    void neverHoldsMoreThanItsMaximumAndThrottlesNewKeysUntilTheEarliestExpiry() {
        BoundedLocalLimiter limiter = new BoundedLocalLimiter(3, clock);

        List<RateLimitDecision> decisions = new ArrayList<>();
        for (int key = 0; key < 10; key++) {
            decisions.add(limiter.decide(MEMBER, "key-" + key));
        }

        assertThat(decisions.subList(0, 3)).allMatch(RateLimitDecision.Allowed.class::isInstance);
        assertThat(decisions.subList(3, 10)).containsOnly(new RateLimitDecision.Throttled(Duration.ofSeconds(2)));
        assertThat(limiter.size()).isEqualTo(3);
        assertThat(limiter.maxKeys()).isEqualTo(3);
    }

    @Test
    void aFullMapThrottlesANewKeyInsteadOfEvictingALiveOne() {
        BoundedLocalLimiter limiter = new BoundedLocalLimiter(1, clock);
        for (int i = 0; i < 5; i++) {
            limiter.decide(MEMBER, "spent");
        }

        clock.advance(Duration.ofSeconds(1));
        for (int other = 0; other < 100; other++) {
            assertThat(limiter.decide(MEMBER, "other-" + other))
                    .as("the live key's TAT is 9 s away").isEqualTo(new RateLimitDecision.Throttled(Duration.ofSeconds(9)));
        }

        assertThat(limiter.decide(MEMBER, "spent")).as("its budget was not reset by the pressure")
                .isEqualTo(new RateLimitDecision.Throttled(Duration.ofSeconds(1)));
    }

    @Test
    void aKeyWhoseArrivalTimeHasPassedIsRemovedToMakeRoom() {
        BoundedLocalLimiter limiter = new BoundedLocalLimiter(2, clock);
        limiter.decide(MEMBER, "a");
        limiter.decide(MEMBER, "b");
        assertThat(limiter.decide(MEMBER, "c")).isInstanceOf(RateLimitDecision.Throttled.class);

        clock.advance(Duration.ofSeconds(2));

        assertThat(limiter.decide(MEMBER, "c")).isEqualTo(new RateLimitDecision.Allowed(clock.instant().plusSeconds(2), 4));
        assertThat(limiter.size()).as("a and b held no state any more and were dropped").isEqualTo(1);
    }

    @Test
    void expiredKeysAreSweptOpportunisticallyEvenWhenNotFull() {
        BoundedLocalLimiter limiter = new BoundedLocalLimiter(1_000, clock);
        for (int key = 0; key < 500; key++) {
            limiter.decide(MEMBER, "key-" + key);
        }
        assertThat(limiter.size()).isEqualTo(500);

        clock.advance(Duration.ofSeconds(11));
        limiter.decide(MEMBER, "late");

        assertThat(limiter.size()).isEqualTo(1);
    }

    @Test
    void concurrentDecisionsOnOneKeyGrantExactlyTheBurst() throws Exception {
        BoundedLocalLimiter limiter = new BoundedLocalLimiter(10, clock);
        AtomicInteger allowed = new AtomicInteger();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        if (limiter.decide(MEMBER, "shared") instanceof RateLimitDecision.Allowed) {
                            allowed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertThat(allowed).hasValue(5);
    }

    @Test
    void concurrentNewKeysNeverOverfillTheMap() throws Exception {
        BoundedLocalLimiter limiter = new BoundedLocalLimiter(100, clock);
        AtomicInteger allowed = new AtomicInteger();
        AtomicInteger largestSeen = new AtomicInteger();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 1_000; i++) {
                        if (limiter.decide(MEMBER, thread + "-" + i) instanceof RateLimitDecision.Allowed) {
                            allowed.incrementAndGet();
                        }
                        largestSeen.accumulateAndGet(limiter.size(), Math::max);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertThat(allowed).hasValue(100);
        assertThat(largestSeen.get()).isEqualTo(100);
        assertThat(limiter.size()).isEqualTo(100);
    }

    /** A clock the test moves by hand. */
    static final class ManualClock implements InstantSource {

        private volatile Instant now;

        ManualClock(Instant start) {
            this.now = start;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }
}
