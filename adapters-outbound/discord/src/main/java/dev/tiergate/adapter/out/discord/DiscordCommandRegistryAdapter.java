package dev.tiergate.adapter.out.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.application.port.out.registration.CommandRegistryPort;
import dev.tiergate.application.port.out.registration.CommandsNotRegisteredException;
import dev.tiergate.domain.command.SlashCommand;
import dev.tiergate.domain.community.CommunityId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the application's slash commands at Discord in one bulk overwrite, globally or for one
 * guild, authorised as the bot through the {@link BotRequestLane}. Failures name the route template,
 * the HTTP status and Discord's error code; the token is sent only in its header and never appears in
 * a message or log line.
 */
public final class DiscordCommandRegistryAdapter implements CommandRegistryPort, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordCommandRegistryAdapter.class);
    private static final DiscordRoute GLOBAL_ROUTE = new DiscordRoute("PUT", "/applications/{application_id}/commands");
    private static final DiscordRoute GUILD_ROUTE =
            new DiscordRoute("PUT", "/applications/{application_id}/guilds/{guild_id}/commands");
    private static final int DETAIL_LIMIT = 500;

    private final BotRequestLane lane;
    private final boolean ownsLane;

    /** Registers through a lane of its own, closed with this adapter (for a process that makes no other bot call). */
    public DiscordCommandRegistryAdapter(DiscordApiSettings settings, DiscordBotCredentials credentials) {
        this(new BotRequestLane(settings, credentials, BotLaneSettings.DEFAULTS), true);
    }

    /** Registers through the process's shared lane, which stays open when this adapter closes. */
    public DiscordCommandRegistryAdapter(BotRequestLane lane) {
        this(lane, false);
    }

    private DiscordCommandRegistryAdapter(BotRequestLane lane, boolean ownsLane) {
        this.lane = lane;
        this.ownsLane = ownsLane;
    }

    @Override
    public void overwrite(Optional<CommunityId> guild, List<SlashCommand> commands) {
        DiscordRoute route = guild.isPresent() ? GUILD_ROUTE : GLOBAL_ROUTE;
        String scope = guild.map(id -> "guild " + id.value()).orElse("all guilds (global)");
        String base = "/applications/" + DiscordHttp.segment(lane.applicationId());
        String path = guild.map(id -> base + "/guilds/" + id.value() + "/commands").orElse(base + "/commands");
        List<ApplicationCommandRequest> body = commands.stream()
                .map(command -> ApplicationCommandRequest.from(command, guild.isEmpty())).toList();
        switch (lane.send(route, guild.map(CommunityId::value).orElse(""), path, body, Map.of())) {
            case LaneReply.Answered answered when answered.succeeded() ->
                    LOG.info("Discord now holds {} slash commands for {}", commands.size(), scope);
            case LaneReply.Answered answered ->
                    throw refused(route, scope, reason(answered.status(), DiscordHttp.error(answered.body())));
            case LaneReply.Throttled throttled -> throw refused(route, scope, "rate limited, retry after "
                    + RequestLane.seconds(throttled.retryAfter()) + " s (" + throttled.cause() + ")");
            case LaneReply.Halted _ -> throw refused(route, scope,
                    "the bot token was refused earlier; bot calls stay stopped until restart");
            case LaneReply.Unavailable unavailable -> throw refused(route, scope, unavailable.reason());
        }
    }

    /** Closes the lane if this adapter made it. */
    @Override
    public void close() {
        if (ownsLane) {
            lane.close();
        }
    }

    private static String reason(int status, JsonNode error) {
        String outcome = "HTTP " + status + DiscordHttp.codeOf(error);
        String said = error.path("message").isTextual() ? ": " + error.path("message").asText() : "";
        String detail = error.path("errors").isObject() ? " " + error.path("errors") : "";
        String explained = switch (status) {
            case 401 -> "the bot token was refused (" + outcome + ")";
            case 403 -> "the bot may not manage these commands (" + outcome + said + ")";
            default -> status >= 500 ? "Discord failed (" + outcome + ")" : "rejected (" + outcome + said + ")" + detail;
        };
        String oneLine = explained.replaceAll("\\p{Cntrl}+", " ");
        return oneLine.length() <= DETAIL_LIMIT ? oneLine : DiscordText.cut(oneLine, DETAIL_LIMIT);
    }

    private static CommandsNotRegisteredException refused(DiscordRoute route, String scope, String reason) {
        String message = "Discord did not take " + route + " for " + scope + ": " + reason;
        LOG.warn(message);
        return new CommandsNotRegisteredException(message);
    }
}
