package dev.tiergate.adapter.in.http.discord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;

/** JSON as the endpoint reads it: one object, bounded nesting and sizes, no duplicate keys, nothing after it. */
final class StrictJson {

    static final int MAX_DEPTH = 32;
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(40)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    // Shared, not per thread: requests run on virtual threads, each new.
                    .recyclerPool(JsonRecyclerPools.sharedBoundedPool())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictJson() {
    }

    /** The body as a JSON object, or empty when it is anything else. */
    static Optional<JsonNode> object(byte[] body) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            return tree != null && tree.isObject() ? Optional.of(tree) : Optional.empty();
        } catch (IOException malformed) {
            return Optional.empty();
        }
    }

    static byte[] write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A JSON tree always serialises", impossible);
        }
    }
}
