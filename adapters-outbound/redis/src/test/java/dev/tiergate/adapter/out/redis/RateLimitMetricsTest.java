package dev.tiergate.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import dev.tiergate.testing.FreePort;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The meters as Prometheus exposes them, with Redis never reachable (nothing listens on the port):
 * the process still starts, and every decision, refused call included, is counted without ids.
 */
class RateLimitMetricsTest {

    private static final String GUILD = "999999999999999999";
    private static final String MEMBER = "888888888888888881";

    @Test
    void prometheusSeesExactlyTheDocumentedNamesAndLabelsAndNoIds() throws IOException {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        URI nowhere = URI.create("redis://127.0.0.1:" + FreePort.onLoopback("nothing listening"));
        try (RedisConnection unreachable = new RedisConnection(new RedisSettings(nowhere, Duration.ofMillis(100)))) {
            RedisRateLimitAdapter adapter = new RedisRateLimitAdapter(unreachable, prometheus,
                    new RateLimiterFallbackSettings(100, Duration.ofSeconds(30)));
            CommunityId guild = new CommunityId(GUILD);
            RateLimitKey member = RateLimitKey.of(RateLimitPolicy.MEMBER_COMMANDS, guild, MEMBER);

            for (int i = 0; i < 6; i++) {
                adapter.decide(RateLimitPolicy.MEMBER_COMMANDS, member);
            }
            for (int i = 0; i < 12; i++) {
                assertThat(adapter.decide(RateLimitPolicy.ADMIN_API, RateLimitKey.of(RateLimitPolicy.ADMIN_API, guild, "key-7")))
                        .isEqualTo(new RateLimitDecision.Unavailable());
            }

            String scrape = prometheus.scrape();
            assertThat(scrape)
                    .contains("ratelimit_requests_total{policy=\"member-commands\",result=\"allowed\",source=\"memory\"} 5")
                    .contains("ratelimit_requests_total{policy=\"member-commands\",result=\"throttled\",source=\"memory\"} 1")
                    .contains("ratelimit_requests_total{policy=\"member-commands\",result=\"allowed\",source=\"redis\"} 0")
                    .contains("ratelimit_requests_total{policy=\"admin-api\",result=\"unavailable\",source=\"none\"} 12")
                    .contains("ratelimit_rejected_total{policy=\"member-commands\"} 1")
                    .contains("ratelimit_rejected_total{policy=\"admin-api\"} 12")
                    .contains("circuit_breaker_state{name=\"redis\"} 1")
                    .containsPattern("circuit_breaker_failures_total\\{name=\"redis\"} (1[0-9])\\.0")
                    .contains("ratelimit_memory_store_entries 1")
                    .contains("ratelimit_memory_store_max_size 100")
                    .contains("resilience4j_circuitbreaker_state{name=\"redis\",state=\"open\"} 1")
                    .contains("resilience4j_circuitbreaker_not_permitted_calls_total{kind=\"not_permitted\",name=\"redis\"}")
                    .doesNotContain(GUILD)
                    .doesNotContain(MEMBER)
                    .doesNotContain("key-7");
        }
    }
}
