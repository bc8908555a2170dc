package dev.tiergate.adapter.out.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one answer from Discord says about rate limits: the route's bucket ({@code X-RateLimit-Bucket},
 * {@code -Limit}, {@code -Remaining}, {@code -Reset-After}; empty unless all four are readable) and, for
 * a 429, which limit was hit ({@code X-RateLimit-Global}, {@code -Scope}, the body's {@code global}) and
 * how long to wait (the body's fractional {@code retry_after}, else {@code Retry-After}, else the
 * bucket's reset, else one second).
 */
record RateLimitHeaders(Optional<Bucket> bucket, boolean global, String scope, long retryAfterNanos) {

    /** The route's bucket as Discord reported it: its id, size, what is left and when it refills. */
    record Bucket(String id, int limit, int remaining, long resetAfterNanos) {
    }

    static final RateLimitHeaders NONE = new RateLimitHeaders(Optional.empty(), false, "", 0);
    private static final double MAX_SECONDS = 24 * 60 * 60;
    private static final long DEFAULT_RETRY_NANOS = 1_000_000_000L;

    static RateLimitHeaders of(DiscordTransport.Answer answer) {
        Optional<Bucket> bucket = answer.header("X-RateLimit-Bucket").filter(id -> !id.isBlank())
                .flatMap(id -> bucket(id.strip(), answer));
        if (answer.status() != 429) {
            return new RateLimitHeaders(bucket, false, "", 0);
        }
        JsonNode error = DiscordHttp.error(answer.body());
        String scope = answer.header("X-RateLimit-Scope").orElse("").strip().toLowerCase(Locale.ROOT);
        boolean global = answer.header("X-RateLimit-Global").map(v -> v.strip().equalsIgnoreCase("true"))
                .orElse(false) || error.path("global").asBoolean(false) || scope.equals("global");
        OptionalDouble retryAfter = error.path("retry_after").isNumber()
                ? OptionalDouble.of(error.path("retry_after").asDouble())
                : number(answer.header("Retry-After").orElse(null));
        long retryNanos = retryAfter.isPresent() ? nanos(retryAfter.getAsDouble())
                : bucket.map(Bucket::resetAfterNanos).orElse(DEFAULT_RETRY_NANOS);
        return new RateLimitHeaders(bucket, global, scope, retryNanos);
    }

    /** A 429 from a resource shared with others (Discord's "shared" scope): not counted as an invalid request. */
    boolean shared() {
        return scope.equals("shared");
    }

    /** Which limit a 429 hit: the global one, a shared resource's, or else the route's own (Discord's "user"). */
    DiscordClientTelemetry.RateLimitScope scopeHit() {
        if (global) {
            return DiscordClientTelemetry.RateLimitScope.GLOBAL;
        }
        return shared() ? DiscordClientTelemetry.RateLimitScope.SHARED : DiscordClientTelemetry.RateLimitScope.USER;
    }

    private static Optional<Bucket> bucket(String id, DiscordTransport.Answer answer) {
        OptionalDouble limit = number(answer.header("X-RateLimit-Limit").orElse(null));
        OptionalDouble remaining = number(answer.header("X-RateLimit-Remaining").orElse(null));
        OptionalDouble resetAfter = number(answer.header("X-RateLimit-Reset-After").orElse(null));
        if (limit.isEmpty() || remaining.isEmpty() || resetAfter.isEmpty() || limit.getAsDouble() < 1) {
            return Optional.empty();
        }
        return Optional.of(new Bucket(id, (int) Math.min(limit.getAsDouble(), Integer.MAX_VALUE),
                (int) Math.min(remaining.getAsDouble(), Integer.MAX_VALUE), nanos(resetAfter.getAsDouble())));
    }

    /** A non-negative finite number, or empty. */
    private static OptionalDouble number(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) && value >= 0 ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static long nanos(double seconds) {
        return Math.round(Math.clamp(seconds, 0, MAX_SECONDS) * 1e9);
    }
}
