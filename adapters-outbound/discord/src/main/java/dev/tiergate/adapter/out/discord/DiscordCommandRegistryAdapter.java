package dev.tiergate.adapter.out.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.application.port.out.registration.CommandRegistryPort;
import dev.tiergate.application.port.out.registration.CommandsNotRegisteredException;
import dev.tiergate.domain.command.SlashCommand;
import dev.tiergate.domain.community.CommunityId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the application's slash commands at Discord in one bulk overwrite, globally or for one
 * guild, authorised as the bot. Failures name the route template, the HTTP status and Discord's error
 * code; the token is sent only in its header and never appears in a message or log line.
 */
public final class DiscordCommandRegistryAdapter implements CommandRegistryPort, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordCommandRegistryAdapter.class);
    private static final String GLOBAL_ROUTE = "PUT /applications/{application_id}/commands";
    private static final String GUILD_ROUTE = "PUT /applications/{application_id}/guilds/{guild_id}/commands";
    private static final int DETAIL_LIMIT = 500;

    private final DiscordApiSettings settings;
    private final DiscordBotCredentials credentials;
    private final HttpClient http;

    public DiscordCommandRegistryAdapter(DiscordApiSettings settings, DiscordBotCredentials credentials) {
        this.settings = settings;
        this.credentials = credentials;
        this.http = DiscordHttp.client(settings);
    }

    @Override
    public void overwrite(Optional<CommunityId> guild, List<SlashCommand> commands) {
        String route = guild.isPresent() ? GUILD_ROUTE : GLOBAL_ROUTE;
        String scope = guild.map(id -> "guild " + id.value()).orElse("all guilds (global)");
        String base = settings.baseUrl() + "/applications/" + DiscordHttp.segment(credentials.applicationId());
        URI uri = URI.create(guild.map(id -> base + "/guilds/" + DiscordHttp.segment(id.value()) + "/commands")
                .orElse(base + "/commands"));
        List<ApplicationCommandRequest> body = commands.stream()
                .map(command -> ApplicationCommandRequest.from(command, guild.isEmpty())).toList();
        HttpRequest request = DiscordHttp.request(settings, "PUT", uri, body)
                .header("Authorization", credentials.authorization())
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw refused(route, scope, "no answer within " + settings.requestTimeout().toMillis() + " ms");
        } catch (IOException e) {
            throw refused(route, scope, "transport failure (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(route, scope, "interrupted while waiting for Discord");
        }
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw refused(route, scope, reason(status, DiscordHttp.error(response.body())));
        }
        LOG.info("Discord now holds {} slash commands for {}", commands.size(), scope);
    }

    /** Closes the HTTP client, waiting for calls under way. */
    @Override
    public void close() {
        http.close();
    }

    private static String reason(int status, JsonNode error) {
        String outcome = "HTTP " + status + DiscordHttp.codeOf(error);
        String said = error.path("message").isTextual() ? ": " + error.path("message").asText() : "";
        String detail = error.path("errors").isObject() ? " " + error.path("errors") : "";
        String explained = switch (status) {
            case 401 -> "the bot token was refused (" + outcome + ")";
            case 403 -> "the bot may not manage these commands (" + outcome + said + ")";
            case 429 -> "rate limited, retry after " + error.path("retry_after").asText("?") + " s (" + outcome + ")";
            default -> status >= 500 ? "Discord failed (" + outcome + ")" : "rejected (" + outcome + said + ")" + detail;
        };
        String oneLine = explained.replaceAll("\\p{Cntrl}+", " ");
        return oneLine.length() <= DETAIL_LIMIT ? oneLine : DiscordText.cut(oneLine, DETAIL_LIMIT);
    }

    private static CommandsNotRegisteredException refused(String route, String scope, String reason) {
        String message = "Discord did not take " + route + " for " + scope + ": " + reason;
        LOG.warn(message);
        return new CommandsNotRegisteredException(message);
    }
}
