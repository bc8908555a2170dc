package dev.tiergate.adapter.in.http.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GatewayEnvelopeWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI CALLBACK = URI.create("http://127.0.0.1:8080/internal/discord/interactions");
    private static final Instant RECEIVED = Instant.parse("2026-11-22T12:00:00Z");
    /** Created at 2026-11-22T11:59:59.500Z: ((that - Discord's epoch) << 22). */
    private static final String INTERACTION_ID = Long.toString((Instant.parse("2026-11-22T11:59:59.500Z").toEpochMilli()
            - 1_420_070_400_000L) << 22);

    private static JsonNode envelopeOf(String interaction) throws Exception {
        NormalizedInteraction written = GatewayEnvelopeWriter.write(JSON.readTree(interaction), CALLBACK, RECEIVED)
                .orElseThrow();
        return JSON.readTree(written.queued().envelope());
    }

    @Test
    void aSlashCommandInAGuildBecomesTheGatewaysEnvelopeWithEveryRoutingField() throws Exception {
        NormalizedInteraction written = GatewayEnvelopeWriter.write(JSON.readTree("""
                {"type":2,"id":"%s","token":"secret-token","application_id":"100000000000000777",
                 "guild_id":"123456789012345678","channel_id":"333333333333333333",
                 "member":{"user":{"id":"987654321098765432"},"permissions":"8","roles":["555555555555555555"]},
                 "locale":"de","guild_locale":"en-US",
                 "data":{"name":"admin-badge","type":1,"options":[{"name":"award","type":1,"options":[
                    {"name":"nym","type":3,"value":"alia"},{"name":"badge","type":3,"value":"water"}]}]}}
                """.formatted(INTERACTION_ID)), CALLBACK, RECEIVED).orElseThrow();

        assertThat(written.interactionId()).isEqualTo(INTERACTION_ID);
        assertThat(written.kind()).isEqualTo(InteractionKind.COMMAND);
        assertThat(written.createdAt()).isEqualTo(Instant.parse("2026-11-22T11:59:59.500Z"));
        assertThat(written.toString()).doesNotContain("secret-token");
        assertThat(JSON.readTree(written.queued().envelope())).isEqualTo(JSON.readTree("""
                {"event_id":"%s","event_type":"interaction.create","shard_id":0,"timestamp":%d,
                 "guild_id":"123456789012345678","channel_id":"333333333333333333","user_id":"987654321098765432",
                 "data":{"interaction_id":"%s","interaction_type":"ApplicationCommand",
                   "interaction_token":"secret-token","application_id":"100000000000000777",
                   "command_name":"admin-badge","subcommand":"award","options":{"nym":"alia","badge":"water"},
                   "member_permissions":"8","member_roles":["555555555555555555"],"locale":"de","guild_locale":"en-US",
                   "callback_url":"http://127.0.0.1:8080/internal/discord/interactions"}}
                """.formatted(written.queued().messageId(), RECEIVED.toEpochMilli(), INTERACTION_ID)));
    }

    @Test
    void theEventIdIsAUuidOfTheInteractionSoTheSameInteractionIsOneMessage() throws Exception {
        String interaction = "{\"type\":2,\"id\":\"%s\",\"token\":\"t\",\"data\":{\"name\":\"position\"}}";
        JsonNode once = envelopeOf(interaction.formatted(INTERACTION_ID));
        JsonNode again = envelopeOf(interaction.formatted(INTERACTION_ID));
        JsonNode other = envelopeOf(interaction.formatted("1234567890123456789"));

        assertThat(UUID.fromString(once.get("event_id").textValue())).isNotNull();
        assertThat(again.get("event_id")).isEqualTo(once.get("event_id"));
        assertThat(other.get("event_id")).isNotEqualTo(once.get("event_id"));
    }

    @Test
    void aSubCommandGroupAndTheFocusedOptionOfAnAutocompleteAreNamed() throws Exception {
        JsonNode data = envelopeOf("""
                {"type":4,"id":"%s","token":"t","data":{"name":"admin","options":[{"name":"badges","type":2,"options":[
                  {"name":"award","type":1,"options":[{"name":"nym","type":3,"value":"al","focused":true},
                                                       {"name":"count","type":4,"value":3}]}]}]}}
                """.formatted(INTERACTION_ID)).get("data");

        assertThat(data.get("interaction_type").textValue()).isEqualTo("ApplicationCommandAutocomplete");
        assertThat(data.get("subcommand_group").textValue()).isEqualTo("badges");
        assertThat(data.get("subcommand").textValue()).isEqualTo("award");
        assertThat(data.get("focused").textValue()).isEqualTo("nym");
        assertThat(data.get("options")).isEqualTo(JSON.readTree("{\"nym\":\"al\",\"count\":3}"));
    }

    @Test
    void aClickInADirectMessageCarriesItsCustomIdValuesAndTheUser() throws Exception {
        JsonNode envelope = envelopeOf("""
                {"type":3,"id":"%s","token":"t","channel":{"id":"333333333333333333"},
                 "user":{"id":"987654321098765432"},
                 "data":{"custom_id":"tg:directory:sort:987654321098765432","component_type":3,"values":["tenure",7]}}
                """.formatted(INTERACTION_ID));

        assertThat(envelope.get("guild_id").isNull()).isTrue();
        assertThat(envelope.get("channel_id").textValue()).isEqualTo("333333333333333333");
        assertThat(envelope.get("user_id").textValue()).isEqualTo("987654321098765432");
        assertThat(envelope.at("/data/interaction_type").textValue()).isEqualTo("MessageComponent");
        assertThat(envelope.at("/data/custom_id").textValue()).isEqualTo("tg:directory:sort:987654321098765432");
        assertThat(envelope.at("/data/values")).isEqualTo(JSON.readTree("[\"tenure\"]"));
    }

    @Test
    void idsThatAreNotSnowflakesAreLeftOut() throws Exception {
        JsonNode envelope = envelopeOf("""
                {"type":2,"id":"%s","token":"t","guild_id":"12","application_id":"x",
                 "member":{"user":{"id":"not-a-user"},"roles":["1",2]},"data":{"name":"position"}}
                """.formatted(INTERACTION_ID));

        assertThat(envelope.get("guild_id").isNull()).isTrue();
        assertThat(envelope.get("user_id").isNull()).isTrue();
        assertThat(envelope.get("data").has("application_id")).isFalse();
        assertThat(envelope.at("/data/member_roles")).isEqualTo(JSON.readTree("[\"1\"]"));
    }

    @Test
    void anInteractionWithoutItsIdTokenOrATypeTiergateTakesCannotBeWritten() throws Exception {
        for (String interaction : new String[] {
                "{\"type\":2,\"token\":\"t\"}",
                "{\"type\":2,\"id\":\"%s\"}".formatted(INTERACTION_ID),
                "{\"type\":2,\"id\":\"42\",\"token\":\"t\"}",
                "{\"type\":1,\"id\":\"%s\",\"token\":\"t\"}".formatted(INTERACTION_ID),
                "{\"type\":99,\"id\":\"%s\",\"token\":\"t\"}".formatted(INTERACTION_ID),
                "{\"type\":\"2\",\"id\":\"%s\",\"token\":\"t\"}".formatted(INTERACTION_ID)}) {
            assertThat(GatewayEnvelopeWriter.write(JSON.readTree(interaction.getBytes(StandardCharsets.UTF_8)),
                    CALLBACK, RECEIVED)).as(interaction).isEmpty();
        }
    }
}
