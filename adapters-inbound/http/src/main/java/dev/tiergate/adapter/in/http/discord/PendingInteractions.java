package dev.tiergate.adapter.in.http.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The interactions this replica holds Discord's request open for, each waiting for its one initial
 * response: the worker's (through the callback endpoint) or the endpoint's own when time runs out,
 * whichever comes first. An interaction is remembered for as long as its token lives, so a response
 * that comes too late is refused as Discord refuses a second one; only a hash of its token is kept,
 * and at most {@value #MAX_REMEMBERED} interactions, the oldest forgotten first.
 */
final class PendingInteractions {

    static final Duration REMEMBERED = Duration.ofMinutes(15);
    static final int MAX_REMEMBERED = 10_000;
    /** What a settled interaction keeps: the fact that it was answered, not the answer. */
    private static final CompletableFuture<byte[]> ACKNOWLEDGED = CompletableFuture.completedFuture(new byte[0]);

    /** How a response for an interaction was taken. */
    enum Completion {
        /** It is the initial response. */
        DELIVERED,
        /** The interaction already had its initial response. */
        ALREADY_ACKNOWLEDGED,
        /** No such interaction here (or not with that token). */
        UNKNOWN
    }

    /** The wait for one interaction's initial response. */
    record Pending(String interactionId, CompletableFuture<byte[]> response) {

        /** The response if it comes within {@code wait}; empty if not. */
        Optional<byte[]> await(Duration wait) {
            try {
                return Optional.of(response.get(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS));
            } catch (TimeoutException late) {
                return Optional.empty();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException impossible) {
                return Optional.empty();
            }
        }

        /** Makes {@code body} the response unless one came first; answers whichever it is. */
        byte[] respondItself(byte[] body) {
            response.complete(body);
            return response.join();
        }
    }

    private record Entry(byte[] tokenHash, CompletableFuture<byte[]> response, Instant forgetAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> byAge = new ConcurrentLinkedQueue<>();
    private final Clock clock;

    PendingInteractions(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts waiting for an interaction's initial response; the same interaction again shares the first
     * wait, and is empty once that wait is over (the interaction had its response).
     */
    Optional<Pending> open(String interactionId, String token) {
        forgetOld();
        Entry entry = entries.computeIfAbsent(interactionId, id -> {
            byAge.add(id);
            return new Entry(hash(token), new CompletableFuture<>(), clock.instant().plus(REMEMBERED));
        });
        return entry.response() == ACKNOWLEDGED ? Optional.empty() : Optional.of(new Pending(interactionId,
                entry.response()));
    }

    /** Offers a worker's initial response; it is taken only for a waiting interaction with this token. */
    Completion complete(String interactionId, String token, byte[] body) {
        Entry entry = entries.get(interactionId);
        if (entry == null || entry.forgetAt().isBefore(clock.instant())
                || !MessageDigest.isEqual(entry.tokenHash(), hash(token))) {
            return Completion.UNKNOWN;
        }
        return entry.response().complete(body) ? Completion.DELIVERED : Completion.ALREADY_ACKNOWLEDGED;
    }

    /** Once Discord has the response: keeps only the fact that the interaction was answered. */
    void settle(String interactionId) {
        entries.computeIfPresent(interactionId, (id, entry) -> entry.response().isDone()
                ? new Entry(entry.tokenHash(), ACKNOWLEDGED, entry.forgetAt())
                : entry);
    }

    int size() {
        return entries.size();
    }

    private void forgetOld() {
        Instant now = clock.instant();
        String oldest;
        while ((oldest = byAge.peek()) != null) {
            Entry entry = entries.get(oldest);
            if (entry != null && !entry.forgetAt().isBefore(now) && entries.size() < MAX_REMEMBERED) {
                return;
            }
            if (byAge.remove(oldest) && entry != null) {
                entries.remove(oldest, entry);
            }
        }
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }
}
