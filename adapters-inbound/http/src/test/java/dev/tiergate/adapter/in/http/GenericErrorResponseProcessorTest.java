package dev.tiergate.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenericErrorResponseProcessorTest {

    /** What Micronaut's own handlers put in an error context: the exception, quoting class names and input. */
    private static final String LEAKY = "Failed to convert argument [limit] for value [1 OR 1=1; DROP TABLE x]"
            + " due to: java.lang.NumberFormatException at dev.tiergate.adapter.in.http.Secret";

    @ParameterizedTest
    @CsvSource({
        "400, bad request",
        "404, not found",
        "405, method not allowed",
        "413, request entity too large",
        "415, unsupported media type",
        "500, internal error",
        "503, internal error",
    })
    void eachStatusGetsItsFixedTextAndNothingOfTheCause(int status, String text) {
        ErrorContext context = ErrorContext.builder(HttpRequest.GET("/api/v1/communities?limit=1%20OR%201=1"))
                .cause(new IllegalArgumentException(LEAKY))
                .errorMessage(LEAKY)
                .build();

        MutableHttpResponse<Map<String, String>> response = new GenericErrorResponseProcessor()
                .processResponse(context, HttpResponse.status(HttpStatus.valueOf(status)));

        assertThat(response.code()).isEqualTo(status);
        assertThat(response.body()).isEqualTo(Map.of("error", text));
        assertThat(response.getContentType()).contains(MediaType.APPLICATION_JSON_TYPE);
    }
}
