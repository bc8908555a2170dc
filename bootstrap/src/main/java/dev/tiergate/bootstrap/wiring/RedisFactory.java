package dev.tiergate.bootstrap.wiring;

import dev.tiergate.adapter.out.redis.RateLimiterFallbackSettings;
import dev.tiergate.adapter.out.redis.RedisActivityCooldownAdapter;
import dev.tiergate.adapter.out.redis.RedisConnection;
import dev.tiergate.adapter.out.redis.RedisHealthAdapter;
import dev.tiergate.adapter.out.redis.RedisInteractionProgressAdapter;
import dev.tiergate.adapter.out.redis.RedisMemberStateAdapter;
import dev.tiergate.adapter.out.redis.RedisRateLimitAdapter;
import dev.tiergate.adapter.out.redis.RedisSessionAdapter;
import dev.tiergate.adapter.out.redis.RedisSettings;
import dev.tiergate.application.port.out.interaction.InteractionProgressPort;
import dev.tiergate.bootstrap.config.TiergateSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * One shared Redis connection for rate limits, sessions, activity cooldowns and forgetting a member's
 * keys; Redis being down never stops start-up.
 */
@Factory
class RedisFactory {

    @Singleton
    @Bean(preDestroy = "close")
    RedisConnection redisConnection(TiergateSettings settings) {
        return new RedisConnection(new RedisSettings(settings.redisUrl()));
    }

    @Singleton
    RedisRateLimitAdapter redisRateLimits(RedisConnection connection, MeterRegistry meters) {
        return new RedisRateLimitAdapter(connection, meters, RateLimiterFallbackSettings.DEFAULTS);
    }

    @Singleton
    RedisActivityCooldownAdapter activityCooldowns(RedisConnection connection) {
        return new RedisActivityCooldownAdapter(connection);
    }

    @Singleton
    RedisSessionAdapter redisSessions(RedisConnection connection) {
        return new RedisSessionAdapter(connection);
    }

    @Singleton
    RedisMemberStateAdapter redisMemberState(RedisConnection connection, TiergateSettings settings) {
        return new RedisMemberStateAdapter(connection, settings.rateLimits());
    }

    /** Answered-once records live in Redis; while it is down they go to Postgres, so a redelivery still finds them. */
    @Singleton
    RedisInteractionProgressAdapter interactionProgress(RedisConnection connection, RedisRateLimitAdapter rateLimits,
            @Named("postgres") InteractionProgressPort fallback, Clock clock) {
        return new RedisInteractionProgressAdapter(connection, rateLimits, fallback, clock);
    }

    @Singleton
    RedisHealthAdapter redisHealth(RedisConnection connection, RedisRateLimitAdapter rateLimits) {
        return new RedisHealthAdapter(connection, rateLimits);
    }
}
