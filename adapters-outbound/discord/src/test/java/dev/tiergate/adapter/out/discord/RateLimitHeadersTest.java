package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads Discord's rate-limit headers and 429 bodies as documented, and nothing it cannot read. */
class RateLimitHeadersTest {

    private static final Map<String, String> BUCKET = Map.of("X-RateLimit-Bucket", "abcd1234",
            "X-RateLimit-Limit", "10", "X-RateLimit-Remaining", "7", "X-RateLimit-Reset-After", "0.750");

    @Test
    void readsTheRouteBucketFromAnAnswer() {
        RateLimitHeaders limits = limits(204, BUCKET, "");

        assertThat(limits.bucket()).contains(new RateLimitHeaders.Bucket("abcd1234", 10, 7,
                Duration.ofMillis(750).toNanos()));
        assertThat(limits.retryAfterNanos()).isZero();
    }

    @Test
    void aBucketWithoutItsNumbersIsNoBucket() {
        Map<String, String> partial = new HashMap<>(BUCKET);
        partial.remove("X-RateLimit-Reset-After");

        assertThat(limits(204, partial, "").bucket()).isEmpty();
        assertThat(limits(204, Map.of("X-RateLimit-Bucket", "x", "X-RateLimit-Limit", "ten",
                "X-RateLimit-Remaining", "1", "X-RateLimit-Reset-After", "1"), "").bucket()).isEmpty();
    }

    @Test
    void aRateLimitWaitsTheBodysFractionalRetryAfterBeforeTheHeader() {
        RateLimitHeaders limits = limits(429, Map.of("Retry-After", "3",
                "X-RateLimit-Scope", "user"), "{\"message\":\"You are being rate limited.\",\"retry_after\":1.25}");

        assertThat(limits.retryAfterNanos()).isEqualTo(Duration.ofMillis(1250).toNanos());
        assertThat(limits.global()).isFalse();
        assertThat(limits.shared()).isFalse();
    }

    @Test
    void withoutABodyTheRetryAfterHeaderThenTheBucketResetThenOneSecondApply() {
        assertThat(limits(429, Map.of("Retry-After", "3"), "<html>").retryAfterNanos())
                .isEqualTo(Duration.ofSeconds(3).toNanos());
        assertThat(limits(429, BUCKET, "").retryAfterNanos())
                .isEqualTo(Duration.ofMillis(750).toNanos());
        assertThat(limits(429, Map.of(), "").retryAfterNanos())
                .isEqualTo(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void theGlobalLimitIsNamedByHeaderBodyOrScope() {
        assertThat(limits(429, Map.of("X-RateLimit-Global", "true"), "").global()).isTrue();
        assertThat(limits(429, Map.of(), "{\"retry_after\":1,\"global\":true}").global()).isTrue();
        assertThat(limits(429, Map.of("X-RateLimit-Scope", "global"), "").global()).isTrue();
    }

    @Test
    void aSharedScopeIsRecognised() {
        RateLimitHeaders limits = limits(429, Map.of("X-RateLimit-Scope", "shared"),
                "{\"retry_after\":0.5}");

        assertThat(limits.shared()).isTrue();
        assertThat(limits.global()).isFalse();
    }

    @Test
    void headerNamesAreReadWhateverTheirCase() {
        RateLimitHeaders limits = limits(429, Map.of("x-ratelimit-bucket", "abcd1234", "X-RATELIMIT-LIMIT", "10",
                "x-ratelimit-remaining", "0", "X-RateLimit-Reset-After", "2", "x-ratelimit-scope", "Shared"), "");

        assertThat(limits.bucket()).contains(new RateLimitHeaders.Bucket("abcd1234", 10, 0, Duration.ofSeconds(2).toNanos()));
        assertThat(limits.scopeHit()).isEqualTo(DiscordClientTelemetry.RateLimitScope.SHARED);
    }

    @Test
    void aRateLimitWithoutANamedScopeIsTheRoutesOwn() {
        assertThat(limits(429, Map.of(), "{\"retry_after\":1}").scopeHit())
                .isEqualTo(DiscordClientTelemetry.RateLimitScope.USER);
        assertThat(limits(429, Map.of("X-RateLimit-Global", "true"), "").scopeHit())
                .isEqualTo(DiscordClientTelemetry.RateLimitScope.GLOBAL);
    }

    @Test
    void aNegativeOrAbsurdRetryAfterIsClamped() {
        assertThat(limits(429, Map.of(), "{\"retry_after\":-5}").retryAfterNanos()).isZero();
        assertThat(limits(429, Map.of(), "{\"retry_after\":1e300}").retryAfterNanos())
                .isEqualTo(Duration.ofDays(1).toNanos());
    }

    private static RateLimitHeaders limits(int status, Map<String, String> headers, String body) {
        return RateLimitHeaders.of(new DiscordTransport.Answer(status, headers, body));
    }
}
