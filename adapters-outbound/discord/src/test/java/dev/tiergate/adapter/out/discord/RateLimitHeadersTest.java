package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads Discord's rate-limit headers and 429 bodies as documented, and nothing it cannot read. */
class RateLimitHeadersTest {

    private static final Map<String, String> BUCKET = Map.of("X-RateLimit-Bucket", "abcd1234",
            "X-RateLimit-Limit", "10", "X-RateLimit-Remaining", "7", "X-RateLimit-Reset-After", "0.750");

    @Test
    void readsTheRouteBucketFromAnAnswer() {
        RateLimitHeaders limits = RateLimitHeaders.of(204, headers(BUCKET), "");

        assertThat(limits.bucket()).contains(new RateLimitHeaders.Bucket("abcd1234", 10, 7,
                Duration.ofMillis(750).toNanos()));
        assertThat(limits.retryAfterNanos()).isZero();
    }

    @Test
    void aBucketWithoutItsNumbersIsNoBucket() {
        Map<String, String> partial = new HashMap<>(BUCKET);
        partial.remove("X-RateLimit-Reset-After");

        assertThat(RateLimitHeaders.of(204, headers(partial), "").bucket()).isEmpty();
        assertThat(RateLimitHeaders.of(204, headers(Map.of("X-RateLimit-Bucket", "x", "X-RateLimit-Limit", "ten",
                "X-RateLimit-Remaining", "1", "X-RateLimit-Reset-After", "1")), "").bucket()).isEmpty();
    }

    @Test
    void aRateLimitWaitsTheBodysFractionalRetryAfterBeforeTheHeader() {
        RateLimitHeaders limits = RateLimitHeaders.of(429, headers(Map.of("Retry-After", "3",
                "X-RateLimit-Scope", "user")), "{\"message\":\"You are being rate limited.\",\"retry_after\":1.25}");

        assertThat(limits.retryAfterNanos()).isEqualTo(Duration.ofMillis(1250).toNanos());
        assertThat(limits.global()).isFalse();
        assertThat(limits.shared()).isFalse();
    }

    @Test
    void withoutABodyTheRetryAfterHeaderThenTheBucketResetThenOneSecondApply() {
        assertThat(RateLimitHeaders.of(429, headers(Map.of("Retry-After", "3")), "<html>").retryAfterNanos())
                .isEqualTo(Duration.ofSeconds(3).toNanos());
        assertThat(RateLimitHeaders.of(429, headers(BUCKET), "").retryAfterNanos())
                .isEqualTo(Duration.ofMillis(750).toNanos());
        assertThat(RateLimitHeaders.of(429, headers(Map.of()), "").retryAfterNanos())
                .isEqualTo(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void theGlobalLimitIsNamedByHeaderBodyOrScope() {
        assertThat(RateLimitHeaders.of(429, headers(Map.of("X-RateLimit-Global", "true")), "").global()).isTrue();
        assertThat(RateLimitHeaders.of(429, headers(Map.of()), "{\"retry_after\":1,\"global\":true}").global()).isTrue();
        assertThat(RateLimitHeaders.of(429, headers(Map.of("X-RateLimit-Scope", "global")), "").global()).isTrue();
    }

    @Test
    void aSharedScopeIsRecognised() {
        RateLimitHeaders limits = RateLimitHeaders.of(429, headers(Map.of("X-RateLimit-Scope", "shared")),
                "{\"retry_after\":0.5}");

        assertThat(limits.shared()).isTrue();
        assertThat(limits.global()).isFalse();
    }

    @Test
    void aNegativeOrAbsurdRetryAfterIsClamped() {
        assertThat(RateLimitHeaders.of(429, headers(Map.of()), "{\"retry_after\":-5}").retryAfterNanos()).isZero();
        assertThat(RateLimitHeaders.of(429, headers(Map.of()), "{\"retry_after\":1e300}").retryAfterNanos())
                .isEqualTo(Duration.ofDays(1).toNanos());
    }

    private static HttpHeaders headers(Map<String, String> values) {
        Map<String, List<String>> multi = new HashMap<>();
        values.forEach((name, value) -> multi.put(name, List.of(value)));
        return HttpHeaders.of(multi, (name, value) -> true);
    }
}
