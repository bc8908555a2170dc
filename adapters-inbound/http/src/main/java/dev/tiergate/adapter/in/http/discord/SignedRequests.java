package dev.tiergate.adapter.in.http.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decides whether a request comes from Discord, before anything reads its body as JSON: both signature
 * headers present, a timestamp (Unix seconds) within five minutes of now either way, so a captured
 * request cannot be replayed later, and a valid signature over timestamp and raw body.
 */
final class SignedRequests {

    static final String SIGNATURE_HEADER = "X-Signature-Ed25519";
    static final String TIMESTAMP_HEADER = "X-Signature-Timestamp";
    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");

    private final Ed25519SignatureVerifier verifier;
    private final Clock clock;

    SignedRequests(Ed25519SignatureVerifier verifier, Clock clock) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether the request is Discord's; either header may be null (missing). */
    boolean authentic(String signature, String timestamp, byte[] body) {
        if (signature == null || timestamp == null || !SECONDS.matcher(timestamp).matches()) {
            return false;
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), clock.instant()).abs();
        return skew.compareTo(MAX_SKEW) <= 0 && verifier.verifies(signature, timestamp, body);
    }
}
