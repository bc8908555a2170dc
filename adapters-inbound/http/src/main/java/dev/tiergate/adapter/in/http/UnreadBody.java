package dev.tiergate.adapter.in.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;

/**
 * A refusal sent before the request's body was read to its end (it was too large): what is left of
 * the body would be taken for the next request on the connection, so the connection is closed.
 */
public final class UnreadBody {

    private UnreadBody() {
    }

    public static <T> MutableHttpResponse<T> closeConnection(MutableHttpResponse<T> refusal) {
        return refusal.header(HttpHeaders.CONNECTION, "close");
    }
}
