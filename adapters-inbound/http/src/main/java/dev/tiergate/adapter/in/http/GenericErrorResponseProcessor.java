package dev.tiergate.adapter.in.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Every error answer Micronaut makes itself (unknown route, wrong method or media type, unreadable
 * parameters or body, body too large, a failure no handler took) as {@code {"error": "<fixed text>"}},
 * JSON whatever the client accepts: Micronaut's own bodies quote exception messages, which name
 * classes and echo input.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class GenericErrorResponseProcessor implements ErrorResponseProcessor<Map<String, String>> {

    @Override
    public MutableHttpResponse<Map<String, String>> processResponse(ErrorContext errorContext,
            MutableHttpResponse<?> response) {
        return response.contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(Map.of("error", ErrorTexts.forStatus(response.code())));
    }
}
