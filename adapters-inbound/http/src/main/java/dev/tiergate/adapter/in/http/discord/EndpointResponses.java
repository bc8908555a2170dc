package dev.tiergate.adapter.in.http.discord;

import dev.tiergate.adapter.in.http.UnreadBody;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/**
 * An {@link EndpointReply} as Micronaut's response: the status, and the JSON body unless there is none;
 * a body too large to read closes the connection ({@link UnreadBody}).
 */
final class EndpointResponses {

    private EndpointResponses() {
    }

    static MutableHttpResponse<byte[]> of(EndpointReply reply) {
        byte[] body = reply.body();
        MutableHttpResponse<byte[]> response = body.length == 0 ? HttpResponse.status(HttpStatus.valueOf(reply.status()))
                : HttpResponse.status(HttpStatus.valueOf(reply.status())).contentType(MediaType.APPLICATION_JSON_TYPE)
                        .body(body);
        return reply.equals(EndpointReply.TOO_LARGE) ? UnreadBody.closeConnection(response) : response;
    }
}
