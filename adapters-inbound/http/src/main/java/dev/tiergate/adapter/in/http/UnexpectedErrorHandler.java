package dev.tiergate.adapter.in.http;

import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whatever a route throws that no closer handler maps is a 500 with the generic text; the detail
 * (cause chain and stack) goes to the log only, with the method and the route's template: never the
 * path itself, its query or headers, where credentials travel (an interaction token is a path segment
 * of the callback route).
 */
@Singleton
@Produces
final class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<Map<String, String>>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, Exception exception) {
        LOG.error("Unexpected failure answering {} {}", request.getMethodName(),
                BasicHttpAttributes.getUriTemplate(request).orElse("(no route)"), exception);
        return HttpResponse.serverError(Map.of("error", ErrorTexts.INTERNAL_ERROR));
    }
}
