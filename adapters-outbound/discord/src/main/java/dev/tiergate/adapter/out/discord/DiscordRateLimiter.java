package dev.tiergate.adapter.out.discord;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Decides when a bot-token call may leave. Three limits apply together: the global limit shared by
 * every route ({@link GlobalRateLimit}: at most {@code requestsPerSecond} calls in any second Discord
 * could count); the per-route buckets, learned only from Discord's headers ({@link RouteBucket}),
 * keyed by the bucket id Discord names for a route and the route's major parameter (the guild); and
 * any pause a 429 imposed, on one route or, for a global 429, on all. A call that would wait past its
 * deadline is refused at once with the wait it faced, and after {@link #halt()} every call is refused
 * for good.
 *
 * <p>State sits behind one {@link ReentrantLock}; calls wait on its {@link Condition} (never holding
 * the lock while they wait, never in a {@code synchronized} block), so virtual threads never pin.
 */
final class DiscordRateLimiter {

    /** What a call asking to leave is told. */
    sealed interface Admission {

        /** Go now, then {@link #settle} the ticket. */
        record Granted(Ticket ticket) implements Admission {
        }

        /** A limit would hold the call for {@code waitNanos}, beyond its deadline. */
        record Refused(long waitNanos) implements Admission {
        }

        /** The bot token was refused: no bot call leaves any more. */
        record Halted() implements Admission {
        }
    }

    /** A call that left: its route, major parameter and the bucket it was counted against. */
    record Ticket(BotRoute route, String major, String bucketKey) {
    }

    private static final int MAX_IDLE_BUCKETS = 10_000;
    private static final long UNKNOWN_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final LongSupplier ticker;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final GlobalRateLimit global;
    private final Map<BotRoute, String> bucketIds = new HashMap<>();
    private final Map<String, RouteBucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RouteBucket> eldest) {
            return size() > MAX_IDLE_BUCKETS && eldest.getValue().idle();
        }
    };
    private boolean globallyBlocked;
    private long globalBlockEnd;
    private boolean halted;

    DiscordRateLimiter(int requestsPerSecond, LongSupplier ticker) {
        this.ticker = ticker;
        this.global = new GlobalRateLimit(requestsPerSecond);
    }

    /** Waits until the call may leave or would have to wait past {@code deadline} (a {@link #ticker} time). */
    Admission admit(BotRoute route, String major, long deadline) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (true) {
                if (halted) {
                    return new Admission.Halted();
                }
                long now = ticker.getAsLong();
                String key = keyOf(route, major);
                RouteBucket bucket = buckets.computeIfAbsent(key, k -> new RouteBucket());
                long wait = Math.max(bucket.waitNanos(now), globalBlockWait(now));
                if (wait == 0) {
                    wait = global.waitNanos(now);
                }
                if (wait == 0) {
                    global.take();
                    bucket.take();
                    return new Admission.Granted(new Ticket(route, major, key));
                }
                long left = deadline - now;
                boolean unknown = wait == RouteBucket.UNTIL_ANSWERED || wait == GlobalRateLimit.UNTIL_ANSWERED;
                if (left <= 0 || (!unknown && wait > left)) {
                    return new Admission.Refused(unknown ? UNKNOWN_WAIT_NANOS : wait);
                }
                changed.awaitNanos(Math.min(wait, left));
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records Discord's answer to a call: the route's bucket, a 429's pause for the route (or, for a
     * global 429, for every route), and wakes the calls waiting on either.
     */
    void settle(Ticket ticket, int status, RateLimitHeaders limits) {
        lock.lock();
        try {
            long now = ticker.getAsLong();
            global.answered(now);
            RouteBucket taken = buckets.get(ticket.bucketKey());
            if (taken != null) {
                taken.finished();
            }
            String key = ticket.bucketKey();
            if (limits.bucket().isPresent()) {
                String id = limits.bucket().get().id();
                bucketIds.put(ticket.route(), id);
                key = bucketKey(id, ticket.major());
                if (!key.equals(ticket.bucketKey()) && taken != null && taken.idle()) {
                    buckets.remove(ticket.bucketKey());
                }
                buckets.computeIfAbsent(key, k -> new RouteBucket()).learn(limits.bucket().get(), now);
            } else if (status >= 200 && status < 300 && taken != null) {
                taken.unlimited();
            }
            if (status == 429) {
                long until = now + limits.retryAfterNanos();
                if (limits.global()) {
                    globalBlockEnd = globallyBlocked && globalBlockEnd - until > 0 ? globalBlockEnd : until;
                    globallyBlocked = true;
                } else {
                    buckets.computeIfAbsent(key, k -> new RouteBucket()).block(until);
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A call left but no answer came (timeout, transport failure): its place in the bucket is freed. */
    void settleUnanswered(Ticket ticket) {
        lock.lock();
        try {
            global.answered(ticker.getAsLong());
            RouteBucket taken = buckets.get(ticket.bucketKey());
            if (taken != null) {
                taken.finished();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Refuses every call from now on, waking those that wait; true only the first time. */
    boolean halt() {
        lock.lock();
        try {
            boolean first = !halted;
            halted = true;
            changed.signalAll();
            return first;
        } finally {
            lock.unlock();
        }
    }

    boolean halted() {
        lock.lock();
        try {
            return halted;
        } finally {
            lock.unlock();
        }
    }

    private long globalBlockWait(long now) {
        if (globallyBlocked && globalBlockEnd - now > 0) {
            return globalBlockEnd - now;
        }
        globallyBlocked = false;
        return 0;
    }

    /** The bucket Discord named for the route, once known, else the route itself; with the major parameter. */
    private String keyOf(BotRoute route, String major) {
        String id = bucketIds.get(route);
        return id == null ? "route " + route + " " + major : bucketKey(id, major);
    }

    private static String bucketKey(String id, String major) {
        return "bucket " + id + " " + major;
    }
}
