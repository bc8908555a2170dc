package dev.tiergate.bootstrap.wiring;

import dev.tiergate.adapter.out.discord.DiscordApiSettings;
import dev.tiergate.adapter.out.discord.DiscordRestAdapter;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn;
import dev.tiergate.application.port.out.interaction.InteractionResponderPort;
import dev.tiergate.bootstrap.config.MicronautProperties;
import dev.tiergate.bootstrap.config.TiergateSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Points the Discord adapter at Discord, at a configured URL, or at a local stand-in that prints replies. */
@Factory
class DiscordFactory {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = MicronautProperties.DISCORD_STAND_IN, value = "true")
    LocalDiscordStandIn discordStandIn() {
        return LocalDiscordStandIn.start(0);
    }

    @Singleton
    InteractionResponderPort interactionResponder(TiergateSettings settings, Optional<LocalDiscordStandIn> standIn) {
        URI base = standIn.map(LocalDiscordStandIn::baseUrl)
                .or(settings::discordApiUrl)
                .orElse(TiergateSettings.DISCORD_API);
        return new DiscordRestAdapter(new DiscordApiSettings(base, REQUEST_TIMEOUT));
    }
}
