package dev.tiergate.adapter.out.redis;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Redis is ({@code redis://} or {@code rediss://}) and how long one command may take before
 * it fails: milliseconds, at most two seconds, never Lettuce's default of a minute.
 */
public record RedisSettings(URI url, Duration commandTimeout) {

    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMillis(250);
    public static final Duration MAX_COMMAND_TIMEOUT = Duration.ofSeconds(2);

    public RedisSettings {
        Objects.requireNonNull(url, "redis url");
        Objects.requireNonNull(commandTimeout, "redis command timeout");
        if (!"redis".equals(url.getScheme()) && !"rediss".equals(url.getScheme())) {
            throw new IllegalArgumentException("redis url must start with redis:// or rediss://");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IllegalArgumentException("redis url needs a host");
        }
        if (commandTimeout.toMillis() < 1 || commandTimeout.compareTo(MAX_COMMAND_TIMEOUT) > 0) {
            throw new IllegalArgumentException("redis command timeout must be 1 ms to " + MAX_COMMAND_TIMEOUT.toMillis()
                    + " ms, was " + commandTimeout.toMillis() + " ms");
        }
    }

    public RedisSettings(URI url) {
        this(url, DEFAULT_COMMAND_TIMEOUT);
    }

    /** Never shows a password that the url may carry. */
    @Override
    public String toString() {
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        return "RedisSettings[url=" + url.getScheme() + "://" + url.getHost() + port + ", commandTimeout="
                + commandTimeout.toMillis() + "ms]";
    }
}
