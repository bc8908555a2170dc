package dev.tiergate.adapter.in.nats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tiergate.domain.shared.Snowflake;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the gateway envelope strictly: size checked on the raw bytes before parsing, bounded nesting,
 * no duplicate keys, required fields typed as the wire contract says; unknown fields are ignored.
 */
final class GatewayEnvelopeParser {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_DEPTH = 32;
    static final String REDACTED = "<redacted>";
    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern EVENT_TYPE_FORMAT = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final int MAX_EVENT_TYPE_LENGTH = 64;
    private static final byte[] NOTHING = new byte[0];

    private final ObjectMapper mapper;

    GatewayEnvelopeParser() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(MAX_BYTES)
                        .maxStringLength(MAX_BYTES)
                        .maxNumberLength(40)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Shared, not per thread: each message is handled on a new virtual thread.
                .recyclerPool(JsonRecyclerPools.sharedBoundedPool())
                .build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    Decoded<GatewayEnvelope> parse(byte[] body) {
        return readTree(body).then(this::envelope);
    }

    /**
     * The body as JSON with every field whose name mentions a token replaced, for a dead-letter
     * copy; nothing at all when the body is not readable JSON, since it cannot then be redacted.
     */
    byte[] redactedCopy(byte[] body) {
        if (!(readTree(body) instanceof Decoded.Accepted<JsonNode>(JsonNode tree))) {
            return NOTHING;
        }
        redact(tree);
        try {
            return mapper.writeValueAsBytes(tree);
        } catch (JsonProcessingException impossible) {
            return NOTHING;
        }
    }

    private Decoded<JsonNode> readTree(byte[] body) {
        if (body == null || body.length == 0) {
            return Decoded.poison("empty body");
        }
        if (body.length > MAX_BYTES) {
            return Decoded.poison("larger than 64 KiB");
        }
        try {
            JsonNode tree = mapper.readTree(body);
            return tree == null || tree.isMissingNode() ? Decoded.poison("not JSON") : Decoded.accepted(tree);
        } catch (StreamConstraintsException tooComplex) {
            return Decoded.poison(tooComplex.getMessage() != null && tooComplex.getMessage().contains("nesting depth")
                    ? "nested deeper than " + MAX_DEPTH + " levels"
                    : "exceeds the parser's limits");
        } catch (IOException malformed) {
            // Jackson's message quotes the input, which may hold a token: only the fact is kept.
            return Decoded.poison("not JSON");
        }
    }

    private Decoded<GatewayEnvelope> envelope(JsonNode root) {
        if (!root.isObject()) {
            return Decoded.poison("not a JSON object");
        }
        JsonNode eventId = root.get("event_id");
        if (absent(eventId)) {
            return Decoded.poison("missing event_id");
        }
        if (!eventId.isTextual() || !UUID_FORMAT.matcher(eventId.textValue()).matches()) {
            return Decoded.poison("event_id is not a UUID");
        }
        JsonNode eventType = root.get("event_type");
        if (absent(eventType)) {
            return Decoded.poison("missing event_type");
        }
        if (!eventType.isTextual()) {
            return Decoded.poison("event_type is not a string");
        }
        if (eventType.textValue().length() > MAX_EVENT_TYPE_LENGTH
                || !EVENT_TYPE_FORMAT.matcher(eventType.textValue()).matches()) {
            return Decoded.poison("event_type is not an event type name");
        }
        JsonNode shardId = root.get("shard_id");
        if (absent(shardId)) {
            return Decoded.poison("missing shard_id");
        }
        if (!shardId.isIntegralNumber() || !shardId.canConvertToInt() || shardId.intValue() < 0) {
            return Decoded.poison("shard_id is not a non-negative integer");
        }
        JsonNode timestamp = root.get("timestamp");
        if (absent(timestamp)) {
            return Decoded.poison("missing timestamp");
        }
        if (!timestamp.isIntegralNumber() || !timestamp.canConvertToLong() || timestamp.longValue() < 0) {
            return Decoded.poison("timestamp is not epoch milliseconds");
        }
        JsonNode data = root.get("data");
        if (!absent(data) && !data.isObject()) {
            return Decoded.poison("data is not an object");
        }
        return snowflake(root, "guild_id").then(guildId ->
                snowflake(root, "channel_id").then(channelId ->
                        snowflake(root, "user_id").then(userId -> Decoded.accepted(new GatewayEnvelope(
                                UUID.fromString(eventId.textValue()), eventType.textValue(), shardId.intValue(),
                                Instant.ofEpochMilli(timestamp.longValue()), guildId, channelId, userId,
                                absent(data) ? Optional.empty() : Optional.of((ObjectNode) data))))));
    }

    /** An optional snowflake field of {@code parent}: absent or null is empty, anything but a snowflake is poison. */
    static Decoded<Optional<String>> snowflake(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        if (absent(value)) {
            return Decoded.accepted(Optional.empty());
        }
        if (!value.isTextual() || !Snowflake.isValid(value.textValue())) {
            return Decoded.poison(field + " is not a snowflake");
        }
        return Decoded.accepted(Optional.of(value.textValue()));
    }

    static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> secrets = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getKey().toLowerCase(Locale.ROOT).contains("token")) {
                    secrets.add(field.getKey());
                } else {
                    redact(field.getValue());
                }
            }
            secrets.forEach(name -> object.put(name, REDACTED));
        } else if (node.isArray()) {
            node.forEach(GatewayEnvelopeParser::redact);
        }
    }
}
