package dev.tiergate.adapter.in.http.discord;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where the workers send the initial response of an interaction this replica holds open, shaped like
 * Discord's {@code POST /interactions/{id}/{token}/callback}, refusals included (10062 unknown, 40060
 * already acknowledged). It shares the public HTTP port: completing an interaction takes its id and
 * its token, secrets only Discord, this replica and the workers know, so a caller without them finds
 * nothing (404), and one with them could as well answer through Discord itself.
 */
@Controller("/internal/discord/interactions")
class InteractionCallbackController {

    private final DiscordInteractionsEndpoint endpoint;

    InteractionCallbackController(DiscordInteractionsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Post(uri = "/{interactionId}/{token}/callback", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<byte[]> respond(@PathVariable String interactionId, @PathVariable String token,
            HttpRequest<?> request, @Body InputStream body) {
        Optional<byte[]> raw;
        try {
            raw = BoundedBody.read(request.getContentLength(), body, DiscordInteractionsEndpoint.MAX_BODY_BYTES);
        } catch (IOException unreadable) {
            return EndpointResponses.of(EndpointReply.UNREADABLE);
        }
        return EndpointResponses.of(raw.map(bytes -> endpoint.acceptResponse(interactionId, token, bytes))
                .orElse(EndpointReply.TOO_LARGE));
    }
}
