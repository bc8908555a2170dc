package dev.tiergate.adapter.in.http.discord;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;

/** An {@link EndpointReply} as Micronaut's response: the status, and the JSON body unless there is none. */
final class EndpointResponses {

    private EndpointResponses() {
    }

    static HttpResponse<byte[]> of(EndpointReply reply) {
        byte[] body = reply.body();
        return body.length == 0 ? HttpResponse.status(HttpStatus.valueOf(reply.status()))
                : HttpResponse.status(HttpStatus.valueOf(reply.status())).contentType(MediaType.APPLICATION_JSON_TYPE)
                        .body(body);
    }
}
