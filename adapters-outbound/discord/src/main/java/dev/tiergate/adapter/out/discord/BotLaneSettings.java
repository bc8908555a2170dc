package dev.tiergate.adapter.out.discord;

import java.time.Duration;
import java.util.Objects;

/**
 * How the bot lane shapes bot-token calls: at most {@code requestsPerSecond} in any one-second window
 * (below Discord's global 50), how long one call may wait for a rate limit before it is answered as
 * rate limited instead, and how many invalid requests in ten minutes pause bot calls (Discord bans an
 * IP at 10,000).
 */
public record BotLaneSettings(int requestsPerSecond, Duration maxWait, int invalidRequestPause) {

    static final int DISCORD_GLOBAL_LIMIT = 50;
    static final Duration MAX_WAIT_LIMIT = Duration.ofMinutes(1);
    static final int DISCORD_INVALID_REQUEST_BAN = 10_000;
    /** 45 calls per second, 5 s of waiting at most, a pause at 5,000 invalid requests. */
    public static final BotLaneSettings DEFAULTS = new BotLaneSettings(45, Duration.ofSeconds(5), 5_000);

    public BotLaneSettings {
        Objects.requireNonNull(maxWait, "maxWait");
        if (requestsPerSecond < 1 || requestsPerSecond >= DISCORD_GLOBAL_LIMIT) {
            throw new IllegalArgumentException("Bot calls per second must be from 1 to 49 (Discord allows 50)");
        }
        if (maxWait.isNegative() || maxWait.compareTo(MAX_WAIT_LIMIT) > 0) {
            throw new IllegalArgumentException("A bot call may wait from 0 to 60 s for a rate limit");
        }
        if (invalidRequestPause < 1 || invalidRequestPause >= DISCORD_INVALID_REQUEST_BAN) {
            throw new IllegalArgumentException("The invalid-request pause must be from 1 to 9,999 (Discord bans at 10,000)");
        }
    }
}
