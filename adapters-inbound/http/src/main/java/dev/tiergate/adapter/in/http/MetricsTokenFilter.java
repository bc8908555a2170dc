package dev.tiergate.adapter.in.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * When a metrics token is configured, any request to the management port (which serves
 * {@code /metrics} and nothing else) without {@code Authorization: Bearer <token>} is a 401, whatever
 * its path looks like. Both sides are hashed first, so the comparison takes the same time whatever
 * the presented value's length or content.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = MetricsTokenFilter.TOKEN_PROPERTY)
final class MetricsTokenFilter {

    static final String TOKEN_PROPERTY = "tiergate.management.metrics-token";
    private static final String BEARER = "Bearer ";

    private final byte[] expected;
    private final int managementPort;

    MetricsTokenFilter(@Value("${" + TOKEN_PROPERTY + "}") String token,
            @Value("${endpoints.all.port}") int managementPort) {
        this.expected = sha256(token);
        this.managementPort = managementPort;
    }

    @RequestFilter
    @Nullable
    HttpResponse<Map<String, String>> requireToken(HttpRequest<?> request) {
        if (request.getServerAddress().getPort() != managementPort) {
            return null;
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        String presented = authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length())
                : "";
        if (MessageDigest.isEqual(sha256(presented), expected)) {
            return null;
        }
        return HttpResponse.<Map<String, String>>unauthorized()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(Map.of("error", ErrorTexts.forStatus(401)));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK provides SHA-256", impossible);
        }
    }
}
