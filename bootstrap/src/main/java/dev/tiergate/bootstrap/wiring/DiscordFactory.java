package dev.tiergate.bootstrap.wiring;

import dev.tiergate.adapter.out.discord.BotLaneSettings;
import dev.tiergate.adapter.out.discord.BotRequestLane;
import dev.tiergate.adapter.out.discord.DiscordApiSettings;
import dev.tiergate.adapter.out.discord.DiscordBotCredentials;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry;
import dev.tiergate.adapter.out.discord.DiscordDirectMessageAdapter;
import dev.tiergate.adapter.out.discord.DiscordRestAdapter;
import dev.tiergate.adapter.out.discord.DiscordRoleAdapter;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn;
import dev.tiergate.application.port.out.alert.DirectMessagePort;
import dev.tiergate.application.port.out.role.MemberRolesPort;
import dev.tiergate.bootstrap.config.InvalidSettingException;
import dev.tiergate.bootstrap.config.MicronautProperties;
import dev.tiergate.bootstrap.config.TiergateSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Points the Discord adapters at Discord, at a configured URL, or at a local stand-in that prints
 * replies; bot-token calls (role changes) exist only with a bot token or the stand-in.
 */
@Factory
class DiscordFactory {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    /** What the bot lane presents to the local stand-in, which accepts any bot token. */
    private static final String STAND_IN_BOT_TOKEN = "local-stand-in";

    /** Bot-token calls are possible with a configured bot token, or against the stand-in. */
    static final class BotTokenOrStandIn implements Condition {
        @Override
        public boolean matches(ConditionContext context) {
            return context.findBean(TiergateSettings.class)
                    .map(settings -> settings.discordBotToken().isPresent() || settings.usesDiscordStandIn())
                    .orElse(false);
        }
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = MicronautProperties.DISCORD_STAND_IN, value = "true")
    LocalDiscordStandIn discordStandIn(TiergateSettings settings) {
        return LocalDiscordStandIn.start(settings.discordStandInPort());
    }

    /** One set of figures for both lanes: Discord counts invalid requests per IP, whichever token made them. */
    @Singleton
    DiscordClientTelemetry discordClientTelemetry(MeterRegistry registry) {
        DiscordClientTelemetry telemetry = new DiscordClientTelemetry();
        DiscordClientMeters.register(telemetry, registry);
        return telemetry;
    }

    @Singleton
    @Bean(preDestroy = "close")
    DiscordRestAdapter interactionResponder(TiergateSettings settings, Optional<LocalDiscordStandIn> standIn,
            DiscordClientTelemetry telemetry) {
        return new DiscordRestAdapter(api(settings, standIn), telemetry);
    }

    /** The one lane every bot-token call shares, so the global limit holds across all of them. */
    @Singleton
    @Bean(preDestroy = "close")
    @Requires(condition = BotTokenOrStandIn.class)
    BotRequestLane botRequestLane(TiergateSettings settings, Optional<LocalDiscordStandIn> standIn,
            DiscordClientTelemetry telemetry) {
        DiscordBotCredentials credentials;
        try {
            credentials = new DiscordBotCredentials(settings.discordApplicationId(),
                    settings.discordBotToken().orElse(STAND_IN_BOT_TOKEN));
        } catch (IllegalArgumentException malformed) {
            throw new InvalidSettingException("DISCORD_BOT_TOKEN", "must be printable ASCII without spaces");
        }
        return new BotRequestLane(api(settings, standIn), credentials, BotLaneSettings.DEFAULTS, telemetry);
    }

    @Singleton
    @Requires(beans = BotRequestLane.class)
    MemberRolesPort memberRoles(BotRequestLane lane) {
        return new DiscordRoleAdapter(lane);
    }

    @Singleton
    @Requires(beans = BotRequestLane.class)
    DirectMessagePort directMessages(BotRequestLane lane) {
        return new DiscordDirectMessageAdapter(lane);
    }

    private static DiscordApiSettings api(TiergateSettings settings, Optional<LocalDiscordStandIn> standIn) {
        URI base = standIn.map(LocalDiscordStandIn::baseUrl)
                .or(settings::discordApiUrl)
                .orElse(TiergateSettings.DISCORD_API);
        return new DiscordApiSettings(base, REQUEST_TIMEOUT);
    }
}
