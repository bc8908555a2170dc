package dev.tiergate.adapter.out.discord;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where Discord's REST API lives (an http or https base such as {@code https://discord.com/api/v10},
 * kept without a trailing slash) and how long one call may take (positive, at most 10 s).
 */
public record DiscordApiSettings(URI baseUrl, Duration requestTimeout) {

    static final Duration MAX_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public DiscordApiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Discord API base URL must use http or https");
        }
        if (baseUrl.getHost() == null || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null
                || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "Discord API base URL must name a host and carry no user info, query or fragment");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero() || requestTimeout.compareTo(MAX_REQUEST_TIMEOUT) > 0) {
            throw new IllegalArgumentException("Discord request timeout must be positive and at most 10 s");
        }
        String text = baseUrl.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        baseUrl = URI.create(text);
    }
}
