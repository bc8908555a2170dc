package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** When a bot call may leave, on a clock the test moves: the global limit, learned buckets, 429 pauses, the halt. */
class DiscordRateLimiterTest {

    private static final DiscordRoute ROLE = new DiscordRoute("PUT", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}");
    private static final DiscordRoute UNROLE = new DiscordRoute("DELETE", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}");
    private static final String GUILD = "200000000000000002";
    private static final String OTHER_GUILD = "200000000000000003";
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final FakeTicker ticker = new FakeTicker();
    private final DiscordRateLimiter limiter = new DiscordRateLimiter(45, ticker);

    @Test
    void aCallHoldsItsGlobalPlaceUntilOneSecondAfterItsAnswer() throws InterruptedException {
        DiscordRateLimiter three = new DiscordRateLimiter(3, ticker);
        var first = (DiscordRateLimiter.Admission.Granted) three.admit(ROLE, "1", far());
        three.admit(ROLE, "2", far());
        three.admit(ROLE, "3", far());

        assertThat(three.admit(ROLE, "4", ticker.getAsLong())).as("all three places under way")
                .isEqualTo(new DiscordRateLimiter.Admission.Refused(SECOND));
        ticker.advance(Duration.ofMillis(200));
        three.settle(first.ticket(), 204, RateLimitHeaders.NONE);
        ticker.advance(Duration.ofMillis(999));
        assertThat(three.admit(ROLE, "4", ticker.getAsLong()))
                .isEqualTo(new DiscordRateLimiter.Admission.Refused(Duration.ofMillis(1).toNanos() + 1));
        ticker.advance(Duration.ofMillis(1).plusNanos(1));
        assertThat(three.admit(ROLE, "4", ticker.getAsLong())).isInstanceOf(DiscordRateLimiter.Admission.Granted.class);
    }

    @Test
    void noSecondDiscordCouldCountHoldsMoreThanTheLimitWhateverTheLatency() throws InterruptedException {
        Random random = new Random(42);
        record Call(DiscordRateLimiter.Ticket ticket, long answeredAt) {
        }
        List<Call> underWay = new ArrayList<>();
        List<Long> arrivals = new ArrayList<>();
        for (int millis = 0; millis < 10_000; millis++) {
            for (Call call : List.copyOf(underWay)) {
                if (call.answeredAt() <= ticker.getAsLong()) {
                    limiter.settle(call.ticket(), 204, RateLimitHeaders.NONE);
                    underWay.remove(call);
                }
            }
            while (limiter.admit(ROLE, "guild-" + arrivals.size(), ticker.getAsLong())
                    instanceof DiscordRateLimiter.Admission.Granted granted) {
                long latency = Duration.ofMillis(1 + random.nextInt(400)).toNanos();
                arrivals.add(ticker.getAsLong() + (long) (random.nextDouble() * latency));
                underWay.add(new Call(granted.ticket(), ticker.getAsLong() + latency));
            }
            ticker.advance(Duration.ofMillis(1));
        }

        List<Long> sorted = arrivals.stream().sorted().toList();
        int busiest = 0;
        for (int first = 0, last = 0; last < sorted.size(); last++) {
            while (sorted.get(last) - sorted.get(first) > SECOND) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        assertThat(busiest).isLessThanOrEqualTo(45);
        assertThat(arrivals.size()).as("calls in 10 s with up to 400 ms latency").isGreaterThan(300);
    }

    @Test
    void aCallThatWouldWaitPastItsDeadlineIsRefusedWithItsWaitAndTakesNothing() throws InterruptedException {
        var first = (DiscordRateLimiter.Admission.Granted) limiter.admit(ROLE, GUILD, far());
        limiter.settle(first.ticket(), 429, rateLimited("user", Duration.ofMillis(500)));

        assertThat(limiter.admit(ROLE, GUILD, ticker.getAsLong() + Duration.ofMillis(499).toNanos()))
                .isEqualTo(new DiscordRateLimiter.Admission.Refused(Duration.ofMillis(500).toNanos()));
        ticker.advance(Duration.ofMillis(500));
        assertThat(limiter.admit(ROLE, GUILD, ticker.getAsLong())).isInstanceOf(DiscordRateLimiter.Admission.Granted.class);
    }

    @Test
    void anUndescribedRouteSendsOneCallAtATimeUntilDiscordAnswers() throws InterruptedException {
        var first = (DiscordRateLimiter.Admission.Granted) limiter.admit(ROLE, GUILD, far());
        ticker.advance(Duration.ofSeconds(1));

        assertThat(limiter.admit(ROLE, GUILD, ticker.getAsLong()))
                .isInstanceOf(DiscordRateLimiter.Admission.Refused.class);
        assertThat(limiter.admit(ROLE, OTHER_GUILD, ticker.getAsLong()))
                .as("another guild is another bucket").isInstanceOf(DiscordRateLimiter.Admission.Granted.class);

        limiter.settle(first.ticket(), 204, bucket("roles", 10, 9, Duration.ofSeconds(1)));
        assertThat(limiter.admit(ROLE, GUILD, ticker.getAsLong())).isInstanceOf(DiscordRateLimiter.Admission.Granted.class);
    }

    @Test
    void aSpentBucketHoldsCallsUntilItsReportedReset() throws InterruptedException {
        var first = (DiscordRateLimiter.Admission.Granted) limiter.admit(ROLE, GUILD, far());
        limiter.settle(first.ticket(), 204, bucket("roles", 2, 1, Duration.ofMillis(800)));
        ticker.advance(Duration.ofMillis(100));
        var second = (DiscordRateLimiter.Admission.Granted) limiter.admit(ROLE, GUILD, ticker.getAsLong());
        limiter.settle(second.ticket(), 204, bucket("roles", 2, 0, Duration.ofMillis(700)));

        var refused = (DiscordRateLimiter.Admission.Refused) limiter.admit(ROLE, GUILD, ticker.getAsLong());

        assertThat(refused.waitNanos()).isEqualTo(Duration.ofMillis(700).toNanos());
        ticker.advance(Duration.ofMillis(700));
        assertThat(limiter.admit(ROLE, GUILD, ticker.getAsLong())).isInstanceOf(DiscordRateLimiter.Admission.Granted.class);
        assertThat(limiter.admit(ROLE, GUILD, ticker.getAsLong())).isInstanceOf(DiscordRateLimiter.Admission.Granted.class);
    }

    @Test
    void routesThatDiscordPutsInOneBucketShareIt() throws InterruptedException {
        var add = (DiscordRateLimiter.Admission.Granted) limiter.admit(ROLE, GUILD, far());
        limiter.settle(add.ticket(), 204, bucket("roles", 1, 0, Duration.ofSeconds(1)));
        var remove = (DiscordRateLimiter.Admission.Granted) limiter.admit(UNROLE, GUILD, far());
        limiter.settle(remove.ticket(), 204, bucket("roles", 1, 0, Duration.ofSeconds(1)));
        ticker.advance(Duration.ofMillis(10));

        assertThat(limiter.admit(UNROLE, GUILD, ticker.getAsLong())).isInstanceOf(DiscordRateLimiter.Admission.Refused.class);
        assertThat(limiter.admit(ROLE, GUILD, ticker.getAsLong())).isInstanceOf(DiscordRateLimiter.Admission.Refused.class);
    }

    @Test
    void aRouteAnsweredWithoutABucketIsLimitedOnlyGlobally() throws InterruptedException {
        var first = (DiscordRateLimiter.Admission.Granted) limiter.admit(ROLE, GUILD, far());
        limiter.settle(first.ticket(), 204, RateLimitHeaders.NONE);
        ticker.advance(Duration.ofSeconds(1));

        for (int call = 0; call < 3; call++) {
            assertThat(limiter.admit(ROLE, GUILD, ticker.getAsLong()))
                    .isInstanceOf(DiscordRateLimiter.Admission.Granted.class);
        }
    }

    @Test
    void aRoute429HoldsThatRouteAndGuildOnly() throws InterruptedException {
        var first = (DiscordRateLimiter.Admission.Granted) limiter.admit(ROLE, GUILD, far());
        limiter.settle(first.ticket(), 429, rateLimited("user", Duration.ofSeconds(3)));
        ticker.advance(Duration.ofSeconds(1));

        var refused = (DiscordRateLimiter.Admission.Refused) limiter.admit(ROLE, GUILD, ticker.getAsLong());
        assertThat(refused.waitNanos()).isEqualTo(2 * SECOND);
        assertThat(limiter.admit(ROLE, OTHER_GUILD, ticker.getAsLong())).isInstanceOf(DiscordRateLimiter.Admission.Granted.class);
    }

    @Test
    void aGlobal429HoldsEveryRoute() throws InterruptedException {
        var first = (DiscordRateLimiter.Admission.Granted) limiter.admit(ROLE, GUILD, far());
        limiter.settle(first.ticket(), 429, rateLimited("global", Duration.ofSeconds(2)));

        assertThat(limiter.admit(UNROLE, OTHER_GUILD, ticker.getAsLong()))
                .isEqualTo(new DiscordRateLimiter.Admission.Refused(2 * SECOND));
        ticker.advance(Duration.ofSeconds(2));
        assertThat(limiter.admit(UNROLE, OTHER_GUILD, ticker.getAsLong()))
                .isInstanceOf(DiscordRateLimiter.Admission.Granted.class);
    }

    @Test
    void afterAHaltNoCallLeavesAndOnlyTheFirstHaltCounts() throws InterruptedException {
        assertThat(limiter.halt()).isTrue();
        assertThat(limiter.halt()).isFalse();

        assertThat(limiter.halted()).isTrue();
        assertThat(limiter.admit(ROLE, GUILD, far())).isInstanceOf(DiscordRateLimiter.Admission.Halted.class);
    }

    @Test
    void aCallWithoutAnAnswerFreesItsPlace() throws InterruptedException {
        var first = (DiscordRateLimiter.Admission.Granted) limiter.admit(ROLE, GUILD, far());
        limiter.settleUnanswered(first.ticket());
        ticker.advance(Duration.ofSeconds(1));

        assertThat(limiter.admit(ROLE, GUILD, ticker.getAsLong())).isInstanceOf(DiscordRateLimiter.Admission.Granted.class);
    }

    @Test
    void aFreedPlaceGoesToTheCallThatWaitedNotToOneAskingLater() throws InterruptedException {
        DiscordRateLimiter one = new DiscordRateLimiter(1, ticker);
        var first = (DiscordRateLimiter.Admission.Granted) one.admit(ROLE, "1", far());
        one.settle(first.ticket(), 204, RateLimitHeaders.NONE);
        List<String> left = new CopyOnWriteArrayList<>();
        Thread earlier = waiting(one, "2", left);
        ticker.advance(Duration.ofSeconds(1).plusNanos(1));

        assertThat(one.admit(ROLE, "3", ticker.getAsLong())).as("a call asking once the place is free")
                .isEqualTo(new DiscordRateLimiter.Admission.Refused(SECOND));
        earlier.join(Duration.ofSeconds(5));
        assertThat(left).containsExactly("2 left");
    }

    @Test
    void aCallHeldByItsSpentBucketLetsLaterCallsOnOtherBucketsGoFirst() throws InterruptedException {
        var first = (DiscordRateLimiter.Admission.Granted) limiter.admit(ROLE, GUILD, far());
        limiter.settle(first.ticket(), 429, rateLimited("user", Duration.ofSeconds(30)));
        List<String> left = new CopyOnWriteArrayList<>();
        Thread held = waiting(limiter, GUILD, left);

        assertThat(limiter.admit(ROLE, OTHER_GUILD, ticker.getAsLong()))
                .isInstanceOf(DiscordRateLimiter.Admission.Granted.class);
        assertThat(left).isEmpty();
        limiter.halt();
        held.join();
        assertThat(left).containsExactly(GUILD + " halted");
    }

    /** A thread asking {@code limiter} to let a call for {@code major} leave, returned once it waits; it notes how it ended. */
    private Thread waiting(DiscordRateLimiter limiter, String major, List<String> left) throws InterruptedException {
        Thread thread = Thread.ofPlatform().start(() -> {
            try {
                left.add(major + (limiter.admit(ROLE, major, far()) instanceof DiscordRateLimiter.Admission.Granted
                        ? " left" : " halted"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.TERMINATED) {
            Thread.sleep(1);
        }
        return thread;
    }

    private long far() {
        return ticker.getAsLong() + Duration.ofHours(1).toNanos();
    }

    private static RateLimitHeaders bucket(String id, int limit, int remaining, Duration resetAfter) {
        return new RateLimitHeaders(Optional.of(new RateLimitHeaders.Bucket(id, limit, remaining, resetAfter.toNanos())),
                false, "", 0);
    }

    private static RateLimitHeaders rateLimited(String scope, Duration retryAfter) {
        return new RateLimitHeaders(Optional.empty(), scope.equals("global"), scope, retryAfter.toNanos());
    }
}
