package dev.tiergate.adapter.out.discord;

import dev.tiergate.domain.shared.Snowflake;
import java.util.Objects;

/**
 * Who Tiergate is at Discord for calls outside an interaction: the application's id (a snowflake) and
 * the bot token, a secret that {@link #toString()} never prints and that is sent only as
 * {@code Authorization: Bot <token>}.
 */
public record DiscordBotCredentials(String applicationId, String botToken) {

    public DiscordBotCredentials {
        if (!Snowflake.isValid(applicationId)) {
            throw new IllegalArgumentException("Discord application id must be a snowflake");
        }
        Objects.requireNonNull(botToken, "botToken");
        if (botToken.isBlank() || !botToken.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("Discord bot token must be printable ASCII without spaces");
        }
    }

    /** The value of the {@code Authorization} header. */
    String authorization() {
        return "Bot " + botToken;
    }

    @Override
    public String toString() {
        return "DiscordBotCredentials[applicationId=" + applicationId + ", botToken=<redacted>]";
    }
}
