package dev.tiergate.adapter.out.discord;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * The global limit on bot calls, kept however the network delays them: a call holds one of
 * {@code limit} places from the moment it leaves until one second after its answer (or its failure).
 * Discord receives a call somewhere between those two moments, so any second Discord could count
 * holds at most {@code limit} of them: of the calls it received in that second, when the last of
 * them left every other one was still under way or answered less than a second before. Not
 * thread-safe: its owner serialises access; times are nanoseconds of one monotonic clock.
 */
final class GlobalRateLimit {

    /** The wait when every place is held by a call still waiting for its answer. */
    static final long UNTIL_ANSWERED = Long.MAX_VALUE;
    private static final long HOLD_AFTER_ANSWER = TimeUnit.SECONDS.toNanos(1);

    private final int limit;
    private final Deque<Long> answeredAt = new ArrayDeque<>();
    private int inFlight;

    GlobalRateLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The global limit must allow at least one call");
        }
        this.limit = limit;
    }

    /** How long a call must wait for a place (0: at once; {@link #UNTIL_ANSWERED}: until a call is answered). */
    long waitNanos(long now) {
        while (!answeredAt.isEmpty() && now - answeredAt.peekFirst() > HOLD_AFTER_ANSWER) {
            answeredAt.removeFirst();
        }
        if (inFlight + answeredAt.size() < limit) {
            return 0;
        }
        return answeredAt.isEmpty() ? UNTIL_ANSWERED : answeredAt.peekFirst() + HOLD_AFTER_ANSWER + 1 - now;
    }

    /** Takes a place; call only when {@link #waitNanos} answered 0. */
    void take() {
        inFlight++;
    }

    /** A call that took a place has its answer, or failed: its place frees one second from now. */
    void answered(long now) {
        inFlight = Math.max(0, inFlight - 1);
        answeredAt.addLast(now);
    }
}
