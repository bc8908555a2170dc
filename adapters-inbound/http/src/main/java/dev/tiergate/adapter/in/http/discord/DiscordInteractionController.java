package dev.tiergate.adapter.in.http.discord;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * {@code POST /discord/interactions}, the URL a community enters as its application's "Interactions
 * Endpoint URL": the raw body is read up to 64 KiB and no further (413 beyond), whatever its declared
 * type, since only the signature decides whether it is Discord's. The request is held open up to 2.5 s
 * of the interaction's age, so it runs on a virtual thread, never on the event loop.
 */
@Controller("/discord/interactions")
class DiscordInteractionController {

    private final DiscordInteractionsEndpoint endpoint;

    DiscordInteractionController(DiscordInteractionsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<byte[]> receive(HttpRequest<?> request, @Body InputStream body) {
        Optional<byte[]> raw;
        try {
            raw = BoundedBody.read(request.getContentLength(), body, DiscordInteractionsEndpoint.MAX_BODY_BYTES);
        } catch (IOException unreadable) {
            return EndpointResponses.of(EndpointReply.UNREADABLE);
        }
        return EndpointResponses.of(raw.map(bytes -> endpoint.receive(
                request.getHeaders().get(SignedRequests.SIGNATURE_HEADER),
                request.getHeaders().get(SignedRequests.TIMESTAMP_HEADER), bytes))
                .orElse(EndpointReply.TOO_LARGE));
    }
}
