package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.ComponentRow;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyComponent;
import dev.tiergate.application.port.out.interaction.ReplyComponent.Button;
import dev.tiergate.application.port.out.interaction.ReplyComponent.Select;
import dev.tiergate.application.port.out.interaction.ReplyComponent.SelectOption;
import dev.tiergate.application.port.out.interaction.ReplyField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Worst-case replies (every text far too long, 40 fields, five full rows, 25-option menus, 30
 * suggestions) still produce bodies within every limit of discord.md and of Discord's component docs.
 */
class MessageRendererLimitsTest {

    private static final String HUGE = "@everyone 🙂 " + "x".repeat(10_000);

    private final ObjectMapper json = new ObjectMapper();
    private final MessageRenderer renderer = new MessageRenderer();

    @Test
    void everyMessageBodyKeepsEveryDiscordLimit() throws IOException {
        Reply worst = worstCase(true);
        List<JsonNode> messages = List.of(
                wire(renderer.respond(worst)).path("data"),
                wire(renderer.update(worst)).path("data"),
                wire(renderer.edit(worst)),
                wire(renderer.respond(worstCase(false))).path("data"));

        for (JsonNode message : messages) {
            assertEmbedLimits(message);
            assertComponentLimits(message);
            assertThat(message.path("allowed_mentions").path("parse")).isEmpty();
        }
    }

    @Test
    void suggestionsKeepTheChoiceLimits() throws IOException {
        List<Choice> many = IntStream.range(0, 30).mapToObj(i -> new Choice(HUGE + i, HUGE + i)).toList();

        JsonNode choices = wire(renderer.suggest(many)).at("/data/choices");

        assertThat(choices.size()).isEqualTo(25);
        for (JsonNode choice : choices) {
            assertThat(codePoints(choice.path("name"))).isBetween(1, 100);
            assertThat(codePoints(choice.path("value"))).isBetween(1, 100);
        }
    }

    private static void assertEmbedLimits(JsonNode message) {
        JsonNode embeds = message.path("embeds");
        assertThat(embeds.size()).isBetween(1, 10);
        int total = 0;
        for (JsonNode embed : embeds) {
            assertThat(codePoints(embed.path("title"))).isLessThanOrEqualTo(256);
            assertThat(codePoints(embed.path("description"))).isLessThanOrEqualTo(4096);
            assertThat(embed.path("fields").size()).isLessThanOrEqualTo(25);
            total += codePoints(embed.path("title")) + codePoints(embed.path("description"));
            for (JsonNode field : embed.path("fields")) {
                assertThat(codePoints(field.path("name"))).isBetween(1, 256);
                assertThat(codePoints(field.path("value"))).isBetween(1, 1024);
                total += codePoints(field.path("name")) + codePoints(field.path("value"));
            }
        }
        assertThat(total).isLessThanOrEqualTo(6000);
    }

    private static void assertComponentLimits(JsonNode message) {
        JsonNode rows = message.path("components");
        assertThat(rows.size()).isEqualTo(5);
        for (JsonNode row : rows) {
            assertThat(row.path("type").asInt()).isEqualTo(1);
            JsonNode controls = row.path("components");
            assertThat(controls.size()).isBetween(1, 5);
            for (JsonNode control : controls) {
                assertThat(codePoints(control.path("custom_id"))).isBetween(1, 100);
                if (control.path("type").asInt() == 2) {
                    assertThat(codePoints(control.path("label"))).isBetween(1, 80);
                    assertThat(control.path("style").asInt()).isIn(1, 2);
                } else {
                    assertThat(control.path("type").asInt()).isEqualTo(3);
                    assertThat(controls.size()).as("a select menu is alone in its row").isEqualTo(1);
                    assertThat(codePoints(control.path("placeholder"))).isLessThanOrEqualTo(150);
                    assertThat(control.path("options").size()).isBetween(1, 25);
                    assertThat(control.path("max_values").asInt()).isBetween(control.path("min_values").asInt(), 25);
                    for (JsonNode option : control.path("options")) {
                        assertThat(codePoints(option.path("label"))).isBetween(1, 100);
                        assertThat(codePoints(option.path("value"))).isBetween(1, 100);
                        assertThat(codePoints(option.path("description"))).isLessThanOrEqualTo(100);
                    }
                }
            }
        }
    }

    private static Reply worstCase(boolean ephemeral) {
        List<ReplyField> fields = IntStream.range(0, 40).mapToObj(i -> new ReplyField(HUGE, HUGE, i % 2 == 0)).toList();
        List<ComponentRow> rows = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            int r = row;
            rows.add(new ComponentRow(IntStream.range(0, 5).<ReplyComponent>mapToObj(i -> new Button(
                    customId(r * 10 + i), HUGE, i == 0, i == 4)).toList()));
        }
        for (int row = 3; row < 5; row++) {
            List<SelectOption> options = IntStream.range(0, 25)
                    .mapToObj(i -> new SelectOption(HUGE + i, "v" + i + HUGE, HUGE, i < 3)).toList();
            rows.add(ComponentRow.of(new Select(customId(row * 10), HUGE, options, 0, 25)));
        }
        return new Reply(HUGE, HUGE, fields, rows, ephemeral);
    }

    private static String customId(int n) {
        String prefix = "tg:directory:page:123456789012345678:";
        return prefix + String.valueOf(n).repeat(100).substring(0, 100 - prefix.length());
    }

    private static int codePoints(JsonNode text) {
        return text.isMissingNode() ? 0 : text.asText().codePointCount(0, text.asText().length());
    }

    private JsonNode wire(Object body) throws IOException {
        return json.readTree(DiscordHttp.write(body));
    }
}
