package dev.tiergate.adapter.out.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What every call to Discord's REST API shares: HTTP/1.1 without redirects, the bot user agent, JSON
 * bodies in Discord's dialect (snake_case, null members left out) and how an error body is read.
 */
final class DiscordHttp {

    static final String USER_AGENT = "DiscordBot (https://github.com/tiergate, 0.1)";
    static final int AUDIT_LOG_REASON_LIMIT = 512;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private DiscordHttp() {
    }

    static HttpClient client(DiscordApiSettings settings) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * A request with Discord's headers and the settings' timeout, carrying {@code body} as JSON or, when
     * it is null, no body at all; add authorisation where the route needs it.
     */
    static HttpRequest.Builder request(DiscordApiSettings settings, String method, URI uri, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("User-Agent", USER_AGENT);
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(write(body)));
    }

    static byte[] write(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JacksonException e) {
            throw new IllegalStateException("Cannot serialise a Discord request body", e);
        }
    }

    /** Discord's error object, or a missing node when the body is empty or not JSON (a proxy's HTML page). */
    static JsonNode error(String body) {
        try {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (JacksonException e) {
            return JSON.missingNode();
        }
    }

    /** ", code N" when Discord named an error code, else nothing. */
    static String codeOf(JsonNode error) {
        JsonNode code = error.path("code");
        return code.isNumber() ? ", code " + code.asInt() : "";
    }

    /**
     * The value of Discord's {@code X-Audit-Log-Reason} header: the reason on one line, fitted to
     * {@value #AUDIT_LOG_REASON_LIMIT} characters and percent-encoded; empty when there is no reason.
     */
    static Optional<String> auditLogReason(String reason) {
        String line = reason == null ? "" : reason.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.isEmpty() ? Optional.empty()
                : Optional.of(segment(DiscordText.fit(line, AUDIT_LOG_REASON_LIMIT)));
    }

    /** Percent-encodes one path segment ({@link URLEncoder} is form encoding, so its '+' for space is undone). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
