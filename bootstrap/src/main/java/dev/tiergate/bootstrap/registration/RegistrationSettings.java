package dev.tiergate.bootstrap.registration;

import dev.tiergate.adapter.out.discord.DiscordApiSettings;
import dev.tiergate.adapter.out.discord.DiscordBotCredentials;
import dev.tiergate.bootstrap.config.InvalidSettingException;
import dev.tiergate.bootstrap.config.TiergateSettings;
import dev.tiergate.domain.shared.Snowflake;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What registering commands needs from the environment, and nothing more: DISCORD_BOT_TOKEN and
 * DISCORD_APPLICATION_ID (both required, with no development default), DISCORD_API_URL (optional).
 * A missing or malformed value fails naming the variable, never its value.
 */
record RegistrationSettings(DiscordApiSettings api, DiscordBotCredentials credentials) {

    /** Registration is one call outside any interaction, so it may take Discord's slowest allowed answer. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    static RegistrationSettings fromEnvironment(Map<String, String> env) {
        String token = required(env, "DISCORD_BOT_TOKEN");
        String applicationId = required(env, "DISCORD_APPLICATION_ID");
        if (!Snowflake.isValid(applicationId)) {
            throw new InvalidSettingException("DISCORD_APPLICATION_ID", "must be a Discord snowflake");
        }
        DiscordBotCredentials credentials;
        try {
            credentials = new DiscordBotCredentials(applicationId, token);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidSettingException("DISCORD_BOT_TOKEN", "must be printable ASCII without spaces");
        }
        DiscordApiSettings api;
        try {
            URI base = optional(env, "DISCORD_API_URL").map(URI::create).orElse(TiergateSettings.DISCORD_API);
            api = new DiscordApiSettings(base, REQUEST_TIMEOUT);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidSettingException("DISCORD_API_URL", "must be an http or https URL with a host");
        }
        return new RegistrationSettings(api, credentials);
    }

    private static String required(Map<String, String> env, String name) {
        return optional(env, name).orElseThrow(() -> new InvalidSettingException(name, "is required"));
    }

    /** Blank counts as unset, as for every other Tiergate setting. */
    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
