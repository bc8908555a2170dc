package dev.tiergate.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetricsTokenFilterTest {

    private static final String TOKEN = "kq3T0sVY5r8m2WbQ1xJd7nLc4aPz6uHe9fGi0oR_s-E";
    private static final int MANAGEMENT_PORT = 9464;
    private final MetricsTokenFilter filter = new MetricsTokenFilter(TOKEN, MANAGEMENT_PORT);

    @ParameterizedTest
    @ValueSource(strings = {"/metrics", "/metrics/", "/metrics?x=1", "//metrics", "/anything"})
    void theConfiguredBearerTokenPassesOnAnyPathOfTheManagementPort(String path) {
        assertThat(filter.requireToken(onManagementPort(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)))
                .isNull();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Bearer ", "Bearer wrong", "Bearer " + TOKEN + "x", "Basic " + TOKEN, TOKEN,
        "bearer " + TOKEN, "Bearer  " + TOKEN})
    void anyOtherAuthorizationIsA401WithAGenericBody(String authorization) {
        MutableHttpRequest<?> request = onManagementPort("/metrics");
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }

        HttpResponse<Map<String, String>> response = filter.requireToken(request);

        assertThat(response).isNotNull();
        assertThat(response.code()).isEqualTo(401);
        assertThat(response.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        assertThat(response.body()).isEqualTo(Map.of("error", "unauthorized"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/metrics/", "/metrics/.", "//metrics"})
    void noSpellingOfThePathGetsPastIt(String path) {
        assertThat(filter.requireToken(onManagementPort(path))).isNotNull();
    }

    @Test
    void requestsToThePublicPortAreNotItsBusiness() {
        assertThat(filter.requireToken(HttpRequest.GET("http://127.0.0.1:8080/health/live"))).isNull();
    }

    private static MutableHttpRequest<?> onManagementPort(String path) {
        return HttpRequest.GET("http://127.0.0.1:" + MANAGEMENT_PORT + path);
    }
}
