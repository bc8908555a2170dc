package dev.tiergate.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings refuse what would hang or leak: other schemes, long timeouts, printed passwords, unbounded memory. */
class RedisSettingsTest {

    @Test
    void acceptsRedisAndRedissWithATimeoutInMillisecondsUpToTwoSeconds() {
        assertThat(new RedisSettings(URI.create("redis://127.0.0.1:6379")).commandTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(new RedisSettings(URI.create("rediss://cache.internal:6380"), Duration.ofSeconds(2)).url().getScheme())
                .isEqualTo("rediss");
    }

    @Test
    void refusesOtherSchemesAndTimeoutsOutsideOneMillisecondToTwoSeconds() {
        assertThatThrownBy(() -> new RedisSettings(URI.create("http://127.0.0.1:6379")))
                .hasMessageContaining("redis:// or rediss://");
        assertThatThrownBy(() -> new RedisSettings(URI.create("redis://127.0.0.1"), Duration.ofSeconds(60)))
                .hasMessageContaining("1 ms to 2000 ms");
        assertThatThrownBy(() -> new RedisSettings(URI.create("redis://127.0.0.1"), Duration.ofNanos(10)))
                .hasMessageContaining("1 ms to 2000 ms");
    }

    @Test
    void neverPrintsThePassword() {
        RedisSettings settings = new RedisSettings(URI.create("rediss://default:s3cret@cache.internal:6380/0"));

        assertThat(settings.toString()).doesNotContain("s3cret").contains("rediss://cache.internal:6380");
    }

    @Test
    void fallbackSettingsAreBounded() {
        assertThat(RateLimiterFallbackSettings.DEFAULTS.maxLocalKeys()).isEqualTo(100_000);
        assertThatThrownBy(() -> new RateLimiterFallbackSettings(0, Duration.ofSeconds(5))).hasMessageContaining("1 to 10000000");
        assertThatThrownBy(() -> new RateLimiterFallbackSettings(10, Duration.ofMillis(5))).hasMessageContaining("100 ms to 10 min");
    }
}
