package dev.tiergate.adapter.out.discord;

/**
 * What Tiergate knows of one of Discord's per-route buckets (one bucket id and major parameter): how
 * many calls it allows per window, how many are left, when it refills, and how many calls are still
 * waiting for their answer. Nothing is assumed: until Discord has described the bucket, one call at a
 * time goes out; once spent, none goes until the reported reset. Not thread-safe: its owner serialises
 * access; times are nanoseconds of one monotonic clock.
 */
final class RouteBucket {

    /** The wait when only an answer still under way can tell how long the bucket lasts. */
    static final long UNTIL_ANSWERED = Long.MAX_VALUE;

    private boolean limited = true;
    private int limit = 1;
    private int remaining = 1;
    private boolean resetKnown;
    private long resetAt;
    private int inFlight;

    /** How long a call must wait for this bucket, refilling it when its window has passed (0: at once). */
    long waitNanos(long now) {
        if (!limited || remaining > 0) {
            return 0;
        }
        if (resetKnown && resetAt - now > 0) {
            return resetAt - now;
        }
        if (!resetKnown && inFlight > 0) {
            return UNTIL_ANSWERED;
        }
        remaining = limit;
        resetKnown = false;
        return 0;
    }

    /** Spends one call of the bucket; call only when {@link #waitNanos} answered 0. */
    void take() {
        if (limited) {
            remaining--;
        }
        inFlight++;
    }

    /** One call that was taken has its answer (or none will come). */
    void finished() {
        inFlight = Math.max(0, inFlight - 1);
    }

    boolean idle() {
        return inFlight == 0;
    }

    /**
     * Adopts what Discord reported after a call: the first report of a window sets what is left (less
     * the calls still under way) and the reset; later ones of the same window can only lower what is left.
     */
    void learn(RateLimitHeaders.Bucket reported, long now) {
        limited = true;
        limit = reported.limit();
        if (!resetKnown || now - resetAt >= 0) {
            remaining = Math.max(0, reported.remaining() - inFlight);
            resetAt = now + reported.resetAfterNanos();
            resetKnown = true;
        } else {
            remaining = Math.max(0, Math.min(remaining, reported.remaining()));
        }
    }

    /** Discord answered a call on this route without any bucket: the route has no per-route limit. */
    void unlimited() {
        limited = false;
    }

    /** Discord refused a call on this route with a 429: nothing goes before {@code until}. */
    void block(long until) {
        limited = true;
        remaining = 0;
        if (!resetKnown || until - resetAt > 0) {
            resetAt = until;
        }
        resetKnown = true;
    }
}
