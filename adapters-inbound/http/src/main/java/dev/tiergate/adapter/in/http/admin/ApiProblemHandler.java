package dev.tiergate.adapter.in.http.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a refused admin request with its status and {@code {"error": …, "field": …}}. */
@Singleton
@Produces
final class ApiProblemHandler implements ExceptionHandler<ApiProblem, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ApiProblem problem) {
        return HttpResponse.<ApiError>status(problem.status()).body(problem.body());
    }
}
