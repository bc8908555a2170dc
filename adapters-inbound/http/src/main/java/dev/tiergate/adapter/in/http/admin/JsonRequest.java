package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micronaut.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads an admin request body strictly: at most {@value #MAX_BYTES} bytes (declared or read; 413
 * beyond, and nothing past the limit is read), one JSON document of bounded nesting, no duplicate keys
 * and nothing after it (400 otherwise). The parser's own message is never shown: it quotes the input.
 */
final class JsonRequest {

    /** A full score batch (1000 entries) fits several times over. */
    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_DEPTH = 16;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(40)
                            .maxStringLength(MAX_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonRequest() {
    }

    /** The body's JSON object, its fields named under {@code path} ("" for top-level names). */
    static RequestFields object(long declaredLength, InputStream body, String path) {
        return read(declaredLength, body).filter(JsonNode::isObject).map(tree -> RequestFields.of(tree, path))
                .orElseThrow(() -> ApiProblem.badRequest("body", "must be a JSON object"));
    }

    /** The body's JSON object, or an empty object when the request has no body at all. */
    static RequestFields optionalObject(long declaredLength, InputStream body) {
        return read(declaredLength, body).map(tree -> {
            if (!tree.isObject()) {
                throw ApiProblem.badRequest("body", "must be a JSON object");
            }
            return RequestFields.of(tree, "");
        }).orElseGet(RequestFields::empty);
    }

    /** The body's JSON value (any kind), or empty when there is no body. */
    static Optional<JsonNode> read(long declaredLength, InputStream body) {
        byte[] raw = bounded(declaredLength, body);
        if (raw.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readTree(raw));
        } catch (IOException malformed) {
            throw ApiProblem.badRequest("body", "invalid JSON");
        }
    }

    private static byte[] bounded(long declaredLength, InputStream body) {
        if (declaredLength > MAX_BYTES) {
            throw tooLarge();
        }
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] raw = body.readNBytes(MAX_BYTES + 1);
            if (raw.length > MAX_BYTES) {
                throw tooLarge();
            }
            return raw;
        } catch (IOException unreadable) {
            throw ApiProblem.badRequest("body", "unreadable body");
        }
    }

    private static ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "body larger than " + MAX_BYTES / 1024 + " KiB",
                Optional.of("body"));
    }
}
