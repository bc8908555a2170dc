package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.adapter.in.http.UnreadBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers a refused admin request with its status and {@code {"error": …, "field": …}}; a body too
 * large to read closes the connection ({@link UnreadBody}).
 */
@Singleton
@Produces
final class ApiProblemHandler implements ExceptionHandler<ApiProblem, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ApiProblem problem) {
        MutableHttpResponse<ApiError> refusal = HttpResponse.<ApiError>status(problem.status()).body(problem.body());
        return problem.status() == HttpStatus.REQUEST_ENTITY_TOO_LARGE ? UnreadBody.closeConnection(refusal) : refusal;
    }
}
