package dev.tiergate.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.profile.WalletAddress;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Score updates to exact score batches; one bad entry poisons the whole batch. */
class ScoreUpdateMapperTest {

    static final String WALLET = "0xAbCdEf0123456789abcdef0123456789ABCDEF01";

    private final GatewayEnvelopeParser parser = new GatewayEnvelopeParser();
    private final ScoreUpdateMapper mapper = new ScoreUpdateMapper();

    @Test
    void mapsABatchWithExactScores() {
        IngestScoresCommand command = mapped(scoreUpdate("\"123456789012345678\"", "{\"as_of\": 1700000000123,"
                + " \"entries\": [{\"user_id\": \"987654321098765432\", \"score\": \"1234.5\"},"
                + " {\"wallet\": \"" + WALLET + "\", \"score\": \"0.000000000000000001\"},"
                + " {\"user_id\": \"987654321098765433\", \"wallet\": null, \"score\": \"999999999999999999999999999999\","
                + " \"future\": 1}]}"));

        assertThat(command.communityId()).isEqualTo(new CommunityId("123456789012345678"));
        assertThat(command.asOf()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_123L));
        assertThat(command.entries()).hasSize(3);
        ScoreEntry first = command.entries().get(0);
        assertThat(first.userId()).contains(new UserId("987654321098765432"));
        assertThat(first.wallet()).isEmpty();
        assertThat(first.score().value()).isEqualTo(new BigDecimal("1234.500000000000000000"));
        ScoreEntry second = command.entries().get(1);
        assertThat(second.userId()).isEmpty();
        assertThat(second.wallet()).contains(new WalletAddress(WALLET));
        assertThat(second.score().value()).isEqualTo(new BigDecimal("0.000000000000000001"));
        assertThat(command.entries().get(2).score().value())
                .isEqualTo(new BigDecimal("999999999999999999999999999999.000000000000000000"));
    }

    @Test
    void acceptsExactlyAThousandEntriesAndNotOneMore() {
        assertThat(mapped(batchOf(1000)).entries()).hasSize(1000);
        assertThat(map(batchOf(1001))).isEqualTo(Decoded.poison("more than 1000 entries"));
    }

    static Stream<Arguments> poison() {
        String user = "\"user_id\": \"987654321098765432\"";
        return Stream.of(
                Arguments.of("null", "{\"as_of\": 1, \"entries\": []}", "missing guild_id"),
                Arguments.of("\"123456789012345678\"", "null", "missing data"),
                Arguments.of("\"123456789012345678\"", "{\"entries\": []}", "missing as_of"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": \"yesterday\", \"entries\": []}",
                        "as_of is not epoch milliseconds"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": -5, \"entries\": []}",
                        "as_of is not epoch milliseconds"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": 1}", "missing entries"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": {}}", "entries is not an array"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": [7]}", "entries[0] is not an object"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": [{" + user + ", \"score\": \"1\"},"
                        + " {\"score\": \"2\"}]}", "entries[1]: names neither user_id nor wallet"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": [{" + user + "}]}",
                        "entries[0]: missing score"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": [{" + user + ", \"score\": 12.5}]}",
                        "entries[0]: score is not a decimal string"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": [{" + user + ", \"score\": \"-1\"}]}",
                        "entries[0]: score: must be a plain decimal string"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": [{" + user
                        + ", \"score\": \"1e5\"}]}", "entries[0]: score: must be a plain decimal string"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": [{" + user
                        + ", \"score\": \"0.0000000000000000001\"}]}", "entries[0]: score: must be a plain decimal string"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": [{\"user_id\": \"alice\","
                        + " \"score\": \"1\"}]}", "entries[0]: user_id is not a snowflake"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": [{\"wallet\": \"0x1234\","
                        + " \"score\": \"1\"}]}", "entries[0]: wallet: must be 0x followed by 40 hex digits"),
                Arguments.of("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": [{\"wallet\": 5,"
                        + " \"score\": \"1\"}]}", "entries[0]: wallet is not a string"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("poison")
    void rejectsAMalformedBatchWhole(String guildId, String data, String reason) {
        assertThat(map(scoreUpdate(guildId, data))).isEqualTo(Decoded.poison(reason));
    }

    @Test
    void rejectsAnotherEventType() {
        String body = scoreUpdate("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": []}")
                .replace("score.update", "member.join");

        assertThat(map(body)).isEqualTo(Decoded.poison("event_type is not score.update"));
    }

    @Test
    void aPoisonReasonNeverQuotesAWallet() {
        String wallet = "0x" + "g".repeat(40);
        Decoded<IngestScoresCommand> decoded = map(scoreUpdate("\"123456789012345678\"",
                "{\"as_of\": 1, \"entries\": [{\"wallet\": \"" + wallet + "\", \"score\": \"1\"}]}"));

        assertThat(decoded).isInstanceOf(Decoded.Poison.class);
        assertThat(((Decoded.Poison<IngestScoresCommand>) decoded).reason()).doesNotContain(wallet);
    }

    static String scoreUpdate(String guildId, String data) {
        return "{\"event_id\": \"00000000-0000-4000-8000-00000000000a\", \"event_type\": \"score.update\","
                + " \"shard_id\": 0, \"timestamp\": 1700000000000, \"guild_id\": " + guildId + ", \"data\": " + data + "}";
    }

    private static String batchOf(int size) {
        String entries = IntStream.range(0, size)
                .mapToObj(index -> "{\"user_id\":\"" + (100000000000000000L + index) + "\",\"score\":\"" + index + "\"}")
                .collect(Collectors.joining(","));
        return scoreUpdate("\"123456789012345678\"", "{\"as_of\": 1, \"entries\": [" + entries + "]}");
    }

    private Decoded<IngestScoresCommand> map(String body) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8)).then(mapper::map);
    }

    private IngestScoresCommand mapped(String body) {
        return switch (map(body)) {
            case Decoded.Accepted<IngestScoresCommand>(IngestScoresCommand command) -> command;
            case Decoded.Poison<IngestScoresCommand>(String reason) -> fail("rejected: " + reason);
        };
    }
}
