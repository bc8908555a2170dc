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

/**
 * What every call to Discord's REST API shares: HTTP/1.1 without redirects, the bot user agent, JSON
 * bodies in Discord's dialect (snake_case, null members left out) and how an error body is read.
 */
final class DiscordHttp {

    static final String USER_AGENT = "DiscordBot (https://github.com/tiergate, 0.1)";
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

    /** A JSON request with Discord's headers and the settings' timeout; add authorisation where the route needs it. */
    static HttpRequest.Builder request(DiscordApiSettings settings, String method, URI uri, Object body) {
        return HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
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

    /** Percent-encodes one path segment ({@link URLEncoder} is form encoding, so its '+' for space is undone). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
