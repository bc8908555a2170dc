package dev.tiergate.adapter.out.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.InteractionResponderPort;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers interactions through Discord's REST API with the JDK's HTTP client: the initial response
 * (a message, a deferral, a message update or autocomplete suggestions) and the edit of the original
 * message. The interaction token sits in the
 * URL path, so exception messages and log lines name only the route template, never the URL.
 */
public final class DiscordRestAdapter implements InteractionResponderPort, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordRestAdapter.class);
    private static final String CALLBACK_ROUTE = "POST /interactions/{id}/{token}/callback";
    private static final String EDIT_ORIGINAL_ROUTE = "PATCH /webhooks/{application_id}/{token}/messages/@original";
    private static final int UNKNOWN_INTERACTION = 10062;
    private static final int ALREADY_ACKNOWLEDGED = 40060;
    private static final int TOO_MANY_REQUESTS = 429;

    private final DiscordApiSettings settings;
    private final HttpClient http;
    private final MessageRenderer renderer = new MessageRenderer();

    public DiscordRestAdapter(DiscordApiSettings settings) {
        this.settings = settings;
        this.http = DiscordHttp.client(settings);
    }

    @Override
    public void respond(ReplyTarget target, Reply reply) {
        send(CALLBACK_ROUTE, callbackUri(target), target, renderer.respond(reply));
    }

    @Override
    public void defer(ReplyTarget target, boolean ephemeral) {
        send(CALLBACK_ROUTE, callbackUri(target), target, renderer.defer(ephemeral));
    }

    @Override
    public void editOriginal(ReplyTarget target, Reply reply) {
        send(EDIT_ORIGINAL_ROUTE, editOriginalUri(target), target, renderer.edit(reply));
    }

    @Override
    public void update(ReplyTarget target, Reply reply) {
        send(CALLBACK_ROUTE, callbackUri(target), target, renderer.update(reply));
    }

    @Override
    public void deferUpdate(ReplyTarget target) {
        send(CALLBACK_ROUTE, callbackUri(target), target, renderer.deferUpdate());
    }

    @Override
    public void suggest(ReplyTarget target, List<Choice> choices) {
        send(CALLBACK_ROUTE, callbackUri(target), target, renderer.suggest(choices));
    }

    /** Closes the HTTP client, waiting for calls under way. */
    @Override
    public void close() {
        http.close();
    }

    private URI callbackUri(ReplyTarget target) {
        return URI.create(settings.baseUrl() + "/interactions/" + DiscordHttp.segment(target.interactionId()) + "/"
                + DiscordHttp.segment(target.token()) + "/callback");
    }

    private URI editOriginalUri(ReplyTarget target) {
        return URI.create(settings.baseUrl() + "/webhooks/" + DiscordHttp.segment(target.applicationId()) + "/"
                + DiscordHttp.segment(target.token()) + "/messages/@original");
    }

    private void send(String route, URI uri, ReplyTarget target, Object body) {
        String method = route.substring(0, route.indexOf(' '));
        HttpRequest request = DiscordHttp.request(settings, method, uri, body).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw undelivered(route, target, "no answer within " + settings.requestTimeout().toMillis() + " ms", true);
        } catch (IOException e) {
            // The JDK's exception is not chained: its text is not ours to vouch for and might carry the URL.
            throw undelivered(route, target, "transport failure (" + e.getClass().getSimpleName() + ")", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw undelivered(route, target, "interrupted while waiting for Discord", true);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            LOG.debug("{} for interaction {}: HTTP {}", route, target.interactionId(), status);
            return;
        }
        throw rejected(route, target, status, response.body());
    }

    private ReplyNotDeliveredException rejected(String route, ReplyTarget target, int status, String body) {
        JsonNode error = DiscordHttp.error(body);
        JsonNode code = error.path("code");
        String outcome = "HTTP " + status + DiscordHttp.codeOf(error);
        if (status == TOO_MANY_REQUESTS) {
            JsonNode retryAfter = error.path("retry_after");
            String wait = retryAfter.isNumber()
                    ? "retry after " + Math.round(retryAfter.asDouble() * 1000) + " ms"
                    : "no retry_after given";
            return undelivered(route, target, "rate limited, " + wait + " (" + outcome + ")", true);
        }
        if (status >= 500) {
            return undelivered(route, target, "Discord failed (" + outcome + ")", true);
        }
        String reason = switch (code.isNumber() ? code.asInt() : -1) {
            case UNKNOWN_INTERACTION -> "interaction expired";
            case ALREADY_ACKNOWLEDGED -> "already answered";
            default -> "rejected";
        };
        return undelivered(route, target, reason + " (" + outcome + ")", false);
    }

    private static ReplyNotDeliveredException undelivered(String route, ReplyTarget target, String reason,
            boolean retryable) {
        String message = "Discord did not take " + route + " for interaction " + target.interactionId() + ": "
                + reason + (retryable ? "; retryable" : "; not retryable");
        LOG.warn(message);
        return new ReplyNotDeliveredException(message, retryable, null);
    }
}
