package dev.tiergate.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The strict envelope parser: every reference fixture parses, every malformed body is poison with a short reason. */
class GatewayEnvelopeParserTest {

    /** The reference gateway's fixtures, next to the project here and in CI. */
    private static final Path SHARED_FIXTURES = Paths.get(System.getenv().getOrDefault("TIERGATE_GATEWAY_FIXTURES",
            "../../../shared/fixtures/gateway"));
    private static final String ROUTING_CONSTANTS = "nats-routing.json";

    private final GatewayEnvelopeParser parser = new GatewayEnvelopeParser();

    @Test
    void parsesEveryFixtureOfTheReferenceGateway() throws IOException {
        List<Path> fixtures = fixtures(bundledFixtures());
        if (Files.isDirectory(SHARED_FIXTURES)) {
            fixtures = Stream.concat(fixtures.stream(), fixtures(SHARED_FIXTURES).stream()).toList();
        }

        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(6);
        for (Path fixture : fixtures) {
            Decoded<GatewayEnvelope> decoded = parser.parse(Files.readAllBytes(fixture));
            assertThat(decoded).as(fixture.toString()).isInstanceOf(Decoded.Accepted.class);
        }
    }

    @Test
    void bundledFixturesAreExactCopiesOfTheSharedOnes() throws IOException {
        if (!Files.isDirectory(SHARED_FIXTURES)) {
            return;
        }
        for (Path shared : fixtures(SHARED_FIXTURES)) {
            Path bundled = bundledFixtures().resolve(shared.getFileName().toString());
            assertThat(bundled).as("bundled copy of " + shared).exists();
            assertThat(Files.readAllBytes(bundled)).as(bundled.toString()).isEqualTo(Files.readAllBytes(shared));
        }
    }

    @Test
    void readsEveryFieldOfTheInteractionFixture() throws IOException {
        GatewayEnvelope envelope = accepted(Files.readAllBytes(bundledFixtures().resolve("interaction-create.json")));

        assertThat(envelope.eventId()).isEqualTo(UUID.fromString("00000000-0000-4000-8000-000000000006"));
        assertThat(envelope.eventType()).isEqualTo("interaction.create");
        assertThat(envelope.shardId()).isZero();
        assertThat(envelope.timestamp()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(envelope.guildId()).contains("123456789012345678");
        assertThat(envelope.channelId()).contains("333333333333333333");
        assertThat(envelope.userId()).contains("987654321098765432");
        assertThat(envelope.data()).hasValueSatisfying(data ->
                assertThat(data.get("interaction_id").textValue()).isEqualTo("444444444444444444"));
    }

    @Test
    void readsNullIdsAndNullDataAsAbsent() throws IOException {
        GatewayEnvelope envelope = accepted(Files.readAllBytes(bundledFixtures().resolve("member-leave.json")));

        assertThat(envelope.channelId()).isEmpty();
        assertThat(envelope.data()).isEmpty();
        assertThat(envelope.userId()).contains("987654321098765432");
    }

    @Test
    void ignoresUnknownFields() {
        GatewayEnvelope envelope = accepted(envelope("\"future_field\": {\"x\": [1, 2]}, \"guild_id\": null,"
                + " \"data\": {\"also_new\": true}"));

        assertThat(envelope.guildId()).isEmpty();
        assertThat(envelope.data()).isPresent();
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                Arguments.of("not JSON at all", "not JSON"),
                Arguments.of("{\"event_id\": ", "not JSON"),
                Arguments.of("", "empty body"),
                Arguments.of("   ", "not JSON"),
                Arguments.of("[1, 2, 3]", "not a JSON object"),
                Arguments.of("\"just a string\"", "not a JSON object"),
                Arguments.of(envelope("") + " {}", "not JSON"),
                Arguments.of("{\"event_id\": \"00000000-0000-4000-8000-000000000001\", "
                        + "\"event_id\": \"00000000-0000-4000-8000-000000000002\"}", "not JSON"),
                Arguments.of(without("event_id"), "missing event_id"),
                Arguments.of(replacing("event_id", "\"not-a-uuid\""), "event_id is not a UUID"),
                Arguments.of(replacing("event_id", "42"), "event_id is not a UUID"),
                Arguments.of(without("event_type"), "missing event_type"),
                Arguments.of(replacing("event_type", "7"), "event_type is not a string"),
                Arguments.of(replacing("event_type", "\"Robert'); DROP TABLE\""), "event_type is not an event type name"),
                Arguments.of(without("shard_id"), "missing shard_id"),
                Arguments.of(replacing("shard_id", "\"0\""), "shard_id is not a non-negative integer"),
                Arguments.of(replacing("shard_id", "-1"), "shard_id is not a non-negative integer"),
                Arguments.of(replacing("shard_id", "1.5"), "shard_id is not a non-negative integer"),
                Arguments.of(replacing("shard_id", "4294967296"), "shard_id is not a non-negative integer"),
                Arguments.of(without("timestamp"), "missing timestamp"),
                Arguments.of(replacing("timestamp", "\"2023-11-14T22:13:20Z\""), "timestamp is not epoch milliseconds"),
                Arguments.of(replacing("timestamp", "1.7e12"), "timestamp is not epoch milliseconds"),
                Arguments.of(replacing("timestamp", "99999999999999999999999"), "timestamp is not epoch milliseconds"),
                Arguments.of(replacing("guild_id", "\"12345\""), "guild_id is not a snowflake"),
                Arguments.of(replacing("guild_id", "123456789012345678"), "guild_id is not a snowflake"),
                Arguments.of(replacing("guild_id", "\"123456789012345678a\""), "guild_id is not a snowflake"),
                Arguments.of(replacing("channel_id", "\"99999999999999999999\""), "channel_id is not a snowflake"),
                Arguments.of(replacing("user_id", "[\"987654321098765432\"]"), "user_id is not a snowflake"),
                Arguments.of(replacing("data", "\"a string\""), "data is not an object"),
                Arguments.of(replacing("data", "[]"), "data is not an object"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("rejections")
    void rejectsWithAShortReason(String body, String reason) {
        assertThat(parser.parse(body.getBytes(StandardCharsets.UTF_8))).isEqualTo(Decoded.poison(reason));
    }

    @Test
    void rejectsNestingDeeperThanTheLimit() {
        String deep = "{\"a\":".repeat(GatewayEnvelopeParser.MAX_DEPTH + 10) + "1"
                + "}".repeat(GatewayEnvelopeParser.MAX_DEPTH + 10);
        String body = envelope("\"data\": " + deep);

        assertThat(parser.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Decoded.poison("nested deeper than 32 levels"));
    }

    @Test
    void acceptsNestingWithinTheLimit() {
        int depth = GatewayEnvelopeParser.MAX_DEPTH - 2;
        String nested = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);

        assertThat(parser.parse(envelope("\"data\": " + nested).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Decoded.Accepted.class);
    }

    @Test
    void rejectsAOneMegabyteBodyBeforeParsingIt() {
        byte[] body = new byte[1024 * 1024];
        Arrays.fill(body, (byte) '[');

        assertThat(parser.parse(body)).isEqualTo(Decoded.poison("larger than 64 KiB"));
    }

    @Test
    void acceptsABodyOfExactly64KiB() {
        String padded = envelope("\"padding\": \"\"");
        String filler = "x".repeat(GatewayEnvelopeParser.MAX_BYTES - padded.getBytes(StandardCharsets.UTF_8).length);
        byte[] body = envelope("\"padding\": \"" + filler + "\"").getBytes(StandardCharsets.UTF_8);

        assertThat(body).hasSize(GatewayEnvelopeParser.MAX_BYTES);
        assertThat(parser.parse(body)).isInstanceOf(Decoded.Accepted.class);
        assertThat(parser.parse(Arrays.copyOf(body, body.length + 1)))
                .isEqualTo(Decoded.poison("larger than 64 KiB"));
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] body = envelope("\"data\": {\"nick\": \"AB\"}").getBytes(StandardCharsets.UTF_8);
        int at = new String(body, StandardCharsets.UTF_8).indexOf("AB");
        body[at] = (byte) 0xC3;
        body[at + 1] = (byte) 0x28;

        assertThat(parser.parse(body)).isEqualTo(Decoded.poison("not JSON"));
    }

    @Test
    void redactedCopyReplacesEveryTokenAndKeepsTheRest() {
        String body = envelope("\"guild_id\": \"12\", \"data\": {\"interaction_token\": \"SECRET-1\","
                + " \"nested\": [{\"token\": \"SECRET-2\"}], \"command_name\": \"position\"}");

        String copy = new String(parser.redactedCopy(body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        assertThat(copy).doesNotContain("SECRET").contains("<redacted>").contains("\"command_name\":\"position\"")
                .contains("00000000-0000-4000-8000-000000000009");
    }

    @Test
    void redactedCopyOfAnUnreadableBodyIsEmpty() {
        byte[] truncated = "{\"data\": {\"interaction_token\": \"SECRET\"".getBytes(StandardCharsets.UTF_8);

        assertThat(parser.redactedCopy(truncated)).isEmpty();
        assertThat(parser.redactedCopy(new byte[100_000])).isEmpty();
    }

    private GatewayEnvelope accepted(String body) {
        return accepted(body.getBytes(StandardCharsets.UTF_8));
    }

    private GatewayEnvelope accepted(byte[] body) {
        return switch (parser.parse(body)) {
            case Decoded.Accepted<GatewayEnvelope>(GatewayEnvelope envelope) -> envelope;
            case Decoded.Poison<GatewayEnvelope>(String reason) -> fail("rejected: " + reason);
        };
    }

    /** A valid envelope with {@code extra} fields first (a duplicate would be rejected, so callers use new ones). */
    static String envelope(String extra) {
        String fields = "\"event_id\": \"00000000-0000-4000-8000-000000000009\", \"event_type\": \"member.update\","
                + " \"shard_id\": 1, \"timestamp\": 1700000000000";
        return "{" + (extra.isEmpty() ? "" : extra + ", ") + fields + "}";
    }

    private static final String FULL = "{\"event_id\": \"00000000-0000-4000-8000-000000000009\", "
            + "\"event_type\": \"member.update\", \"shard_id\": 1, \"timestamp\": 1700000000000, "
            + "\"guild_id\": \"123456789012345678\", \"channel_id\": null, \"user_id\": \"987654321098765432\", "
            + "\"data\": {\"nick\": \"n\"}}";

    private static String without(String field) {
        String result = FULL.replaceFirst("\"" + field + "\": (\"[^\"]*\"|\\{[^}]*\\}|[^,}]+), ?", "");
        if (result.equals(FULL)) {
            throw new IllegalArgumentException(field);
        }
        return result;
    }

    private static String replacing(String field, String json) {
        String result = FULL.replaceFirst("\"" + field + "\": (\"[^\"]*\"|\\{[^}]*\\}|[^,}]+)",
                Matcher.quoteReplacement("\"" + field + "\": " + json));
        if (result.equals(FULL)) {
            throw new IllegalArgumentException(field);
        }
        return result;
    }

    private static Path bundledFixtures() {
        try {
            return Paths.get(Objects.requireNonNull(GatewayEnvelopeParserTest.class.getResource("/fixtures/gateway"),
                    "fixtures/gateway on the test classpath").toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static List<Path> fixtures(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().equals(ROUTING_CONSTANTS))
                    .sorted()
                    .toList();
        }
    }
}
