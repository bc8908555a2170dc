package dev.tiergate.adapter.out.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Discord's rate limits as the {@link LocalDiscordStandIn} applies them: at most {@value #GLOBAL_LIMIT}
 * bot-token requests in any second overall (a 429 of global scope beyond; interaction callbacks and
 * edits are exempt), and per route bucket and major parameter a window of {@value #BUCKET_LIMIT} calls
 * that refills {@link #BUCKET_RESET} after its first call (a 429 of user scope beyond), each answer
 * carrying the bucket's {@code X-RateLimit-*} headers as Discord sends them.
 */
final class StandInRateLimits {

    /** What the stand-in does with one bot request: answer it with these headers, or refuse it with a 429. */
    record Verdict(boolean allowed, Map<String, String> headers, Duration retryAfter) {
    }

    static final int GLOBAL_LIMIT = 50;
    static final int BUCKET_LIMIT = 10;
    static final Duration BUCKET_RESET = Duration.ofSeconds(1);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final int RETAINED_WINDOWS = 10_000;

    /** One bucket's current window: when it started and how many calls it took. */
    private static final class Window {
        long start;
        int used;
    }

    private final Clock wallClock = Clock.systemUTC();
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<Long> lastSecond = new ArrayDeque<>();
    private final Map<String, Window> windows = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > RETAINED_WINDOWS;
        }
    };

    /**
     * Applies the global limit when the request counts against it ({@code global}), then the bucket's
     * (none when {@code bucket} is null), to a request now.
     */
    Verdict admit(String bucket, String major, boolean global, long now) {
        lock.lock();
        try {
            while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= SECOND) {
                lastSecond.removeFirst();
            }
            if (global && lastSecond.size() >= GLOBAL_LIMIT) {
                Duration retry = Duration.ofNanos(lastSecond.peekFirst() + SECOND - now);
                return new Verdict(false, Map.of("X-RateLimit-Global", "true", "X-RateLimit-Scope", "global",
                        "Retry-After", Long.toString(ceilSeconds(retry))), retry);
            }
            if (bucket == null) {
                countGlobally(global, now);
                return new Verdict(true, Map.of(), Duration.ZERO);
            }
            Window window = windows.computeIfAbsent(bucket + " " + major, k -> new Window());
            if (window.used == 0 || now - window.start >= BUCKET_RESET.toNanos()) {
                window.start = now;
                window.used = 0;
            }
            Duration resetAfter = Duration.ofNanos(window.start + BUCKET_RESET.toNanos() - now);
            if (window.used >= BUCKET_LIMIT) {
                Map<String, String> headers = new HashMap<>(bucketHeaders(bucket, 0, resetAfter));
                headers.put("X-RateLimit-Scope", "user");
                headers.put("Retry-After", Long.toString(ceilSeconds(resetAfter)));
                return new Verdict(false, headers, resetAfter);
            }
            window.used++;
            countGlobally(global, now);
            return new Verdict(true, bucketHeaders(bucket, BUCKET_LIMIT - window.used, resetAfter), Duration.ZERO);
        } finally {
            lock.unlock();
        }
    }

    private void countGlobally(boolean global, long now) {
        if (global) {
            lastSecond.addLast(now);
        }
    }

    /** The headers naming a bucket, as Discord sends them with every answer on a limited route. */
    Map<String, String> bucketHeaders(String bucket, int remaining, Duration resetAfter) {
        double reset = wallClock.millis() / 1000.0 + resetAfter.toNanos() / 1e9;
        return Map.of("X-RateLimit-Bucket", bucket,
                "X-RateLimit-Limit", Integer.toString(BUCKET_LIMIT),
                "X-RateLimit-Remaining", Integer.toString(remaining),
                "X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", Math.ceil(resetAfter.toNanos() / 1e6) / 1e3),
                "X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", reset));
    }

    private static long ceilSeconds(Duration duration) {
        return Math.max(1, (duration.toNanos() + SECOND - 1) / SECOND);
    }
}
