package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.domain.shared.InvalidFieldException;
import io.micronaut.http.HttpStatus;
import java.util.Optional;

/**
 * A request the admin API refuses, with the status and the short text the client sees and, when one
 * value is to blame, the field that names it. Thrown while reading a request, answered by
 * {@link ApiProblemHandler}; it carries no stack trace, since it is an answer, not a failure.
 */
final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String error;
    private final Optional<String> field;

    ApiProblem(HttpStatus status, String error, Optional<String> field) {
        super(error, null, false, false);
        this.status = status;
        this.error = error;
        this.field = field;
    }

    static ApiProblem badRequest(String field, String problem) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, problem, Optional.of(field));
    }

    static ApiProblem invalid(InvalidFieldException invalid) {
        return badRequest(invalid.field(), invalid.problem());
    }

    static ApiProblem notFound(String field, String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, what, Optional.of(field));
    }

    static ApiProblem conflict(String field, String problem) {
        return new ApiProblem(HttpStatus.CONFLICT, problem, Optional.of(field));
    }

    HttpStatus status() {
        return status;
    }

    ApiError body() {
        return new ApiError(error, field.orElse(null));
    }
}
