package dev.tiergate.adapter.out.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Discord's REST dialect, whatever carries it: the bot user agent, JSON bodies in Discord's style
 * (snake_case, null members left out), how an error body is read, encoded path segments and the
 * audit-log reason header.
 */
final class DiscordHttp {

    static final String USER_AGENT = "DiscordBot (https://github.com/tiergate, 0.1)";
    static final int AUDIT_LOG_REASON_LIMIT = 512;
    /**
     * Buffers come from a pool all threads share: Jackson's default keeps them per thread, and the virtual
     * thread that sends each callback is new, so every body cost fresh buffers (a fifth of what the
     * service allocated under P1).
     */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .recyclerPool(JsonRecyclerPools.sharedBoundedPool()).build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private DiscordHttp() {
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
