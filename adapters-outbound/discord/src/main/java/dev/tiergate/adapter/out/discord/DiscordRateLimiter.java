package dev.tiergate.adapter.out.discord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Decides when a call to Discord may leave. Three limits apply together: the global limit shared by
 * every route ({@link GlobalRateLimit}: at most {@code requestsPerSecond} calls in any second Discord
 * could count), which bot-token calls obey and interaction calls are exempt from; the per-route
 * buckets, learned only from Discord's headers ({@link RouteBucket}), keyed by the bucket id Discord
 * names for a route and the route's major parameter (the guild, the interaction); and any pause a 429
 * imposed, on one route or, for a global 429, on all. Waiting calls queue in the order they asked. A
 * call that would wait past its deadline is refused at once with the wait it faced, and after
 * {@link #halt()} every call is refused for good.
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
    record Ticket(DiscordRoute route, String major, String bucketKey) {
    }

    /** A call waiting to leave; compared by identity, as two calls may share route and major parameter. */
    private static final class Waiter {
        private final DiscordRoute route;
        private final String major;

        Waiter(DiscordRoute route, String major) {
            this.route = route;
            this.major = major;
        }
    }

    private static final int MAX_IDLE_BUCKETS = 10_000;
    private static final long UNKNOWN_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final LongSupplier ticker;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Null for calls Discord exempts from the global limit. */
    private final GlobalRateLimit global;
    private final Map<DiscordRoute, String> bucketIds = new HashMap<>();
    private final Map<String, RouteBucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RouteBucket> eldest) {
            return size() > MAX_IDLE_BUCKETS && eldest.getValue().idle();
        }
    };
    /** The calls waiting to leave, in the order they asked. */
    private final List<Waiter> queue = new ArrayList<>();
    private boolean globallyBlocked;
    private long globalBlockEnd;
    private boolean halted;

    DiscordRateLimiter(int requestsPerSecond, LongSupplier ticker) {
        this(new GlobalRateLimit(requestsPerSecond), ticker);
    }

    private DiscordRateLimiter(GlobalRateLimit global, LongSupplier ticker) {
        this.ticker = ticker;
        this.global = global;
    }

    /** A limiter of buckets and 429 pauses only, for interaction calls, which Discord exempts from the global limit. */
    static DiscordRateLimiter exemptFromGlobalLimit(LongSupplier ticker) {
        return new DiscordRateLimiter((GlobalRateLimit) null, ticker);
    }

    /**
     * Waits until the call may leave or would have to wait past {@code deadline} (a {@link #ticker} time).
     * Calls leave in the order they asked, except that one whose bucket is spent lets the calls behind it
     * on other buckets go first.
     */
    Admission admit(DiscordRoute route, String major, long deadline) throws InterruptedException {
        lock.lockInterruptibly();
        Waiter waiter = new Waiter(route, major);
        queue.addLast(waiter);
        try {
            while (true) {
                if (halted) {
                    return new Admission.Halted();
                }
                long now = ticker.getAsLong();
                String key = keyOf(route, major);
                RouteBucket bucket = buckets.computeIfAbsent(key, k -> new RouteBucket());
                long wait = Math.max(bucket.waitNanos(now), globalBlockWait(now));
                if (wait == 0 && global != null) {
                    wait = global.waitNanos(now);
                }
                boolean behindEarlierCalls = wait == 0 && anEarlierCallCanGo(waiter, now);
                if (wait == 0 && !behindEarlierCalls) {
                    if (global != null) {
                        global.take();
                    }
                    bucket.take();
                    return new Admission.Granted(new Ticket(route, major, key));
                }
                long left = deadline - now;
                boolean unknown = behindEarlierCalls || wait == RouteBucket.UNTIL_ANSWERED
                        || wait == GlobalRateLimit.UNTIL_ANSWERED;
                if (left <= 0 || (!unknown && wait > left)) {
                    return new Admission.Refused(unknown ? UNKNOWN_WAIT_NANOS : wait);
                }
                changed.awaitNanos(unknown ? left : Math.min(wait, left));
            }
        } finally {
            queue.remove(waiter);
            changed.signalAll();
            lock.unlock();
        }
    }

    /** Whether a call that asked before {@code waiter} is still waiting and its bucket has room: it goes first. */
    private boolean anEarlierCallCanGo(Waiter waiter, long now) {
        for (Waiter earlier : queue) {
            if (earlier == waiter) {
                return false;
            }
            RouteBucket bucket = buckets.get(keyOf(earlier.route, earlier.major));
            if (bucket == null || bucket.waitNanos(now) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records Discord's answer to a call: the route's bucket, a 429's pause for the route (or, for a
     * global 429, for every route), and wakes the calls waiting on either.
     */
    void settle(Ticket ticket, int status, RateLimitHeaders limits) {
        lock.lock();
        try {
            long now = ticker.getAsLong();
            leaveGlobal(now);
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
            leaveGlobal(ticker.getAsLong());
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

    private void leaveGlobal(long now) {
        if (global != null) {
            global.answered(now);
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
    private String keyOf(DiscordRoute route, String major) {
        String id = bucketIds.get(route);
        return id == null ? "route " + route + " " + major : bucketKey(id, major);
    }

    private static String bucketKey(String id, String major) {
        return "bucket " + id + " " + major;
    }
}
