package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.ComponentRow;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyComponent.Button;
import dev.tiergate.application.port.out.interaction.ReplyComponent.Select;
import dev.tiergate.application.port.out.interaction.ReplyComponent.SelectOption;
import dev.tiergate.application.port.out.interaction.ReplyField;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The exact JSON Discord receives for every kind of answer, controls included. */
class MessageRendererTest {

    private static final String EMBED = """
            {"title":"Directory","description":"Page 1","color":%d,"fields":[{"name":"Nym","value":"paul","inline":true}]}
            """.formatted(EmbedRenderer.COLOUR);
    private static final Reply PAGE = new Reply("Directory", "Page 1", List.of(new ReplyField("Nym", "paul", true)),
            List.of(ComponentRow.of(new Button("tg:dir:prev:42", "Prev", false, true),
                            new Button("tg:dir:next:42", "Next", true, false)),
                    ComponentRow.of(new Select("tg:dir:tier:42", "Pick a tier", List.of(
                            new SelectOption("Naib", "naib", "The council", true),
                            new SelectOption("Usul", "usul", null, false)), 0, 2))),
            true);
    private static final String ROWS = """
            [{"type":1,"components":[
                {"type":2,"custom_id":"tg:dir:prev:42","style":2,"label":"Prev","disabled":true},
                {"type":2,"custom_id":"tg:dir:next:42","style":1,"label":"Next","disabled":false}]},
             {"type":1,"components":[
                {"type":3,"custom_id":"tg:dir:tier:42","placeholder":"Pick a tier","min_values":0,"max_values":2,
                 "options":[{"label":"Naib","value":"naib","description":"The council","default":true},
                            {"label":"Usul","value":"usul"}]}]}]""";
    private static final String NO_MENTIONS = "{\"parse\":[]}";

    private final ObjectMapper json = new ObjectMapper();
    private final MessageRenderer renderer = new MessageRenderer();

    @Test
    void aNewMessageCarriesItsEmbedButtonsAndSelectMenuAsActionRows() throws IOException {
        assertThat(wire(renderer.respond(PAGE))).isEqualTo(json.readTree("""
                {"type":4,"data":{"embeds":[%s],"components":%s,"flags":64,"allowed_mentions":%s}}"""
                .formatted(EMBED, ROWS, NO_MENTIONS)));
    }

    @Test
    void aNewMessageWithoutControlsSendsNoComponents() throws IOException {
        JsonNode body = wire(renderer.respond(new Reply("Ranks", "Top", List.of(), false)));

        assertThat(body.path("data").has("components")).isFalse();
        assertThat(body.path("data").has("flags")).isFalse();
    }

    @Test
    void anUpdateIsTypeSevenWithControlsAndNoFlags() throws IOException {
        assertThat(wire(renderer.update(PAGE))).isEqualTo(json.readTree("""
                {"type":7,"data":{"embeds":[%s],"components":%s,"allowed_mentions":%s}}"""
                .formatted(EMBED, ROWS, NO_MENTIONS)));
    }

    @Test
    void anUpdateOrEditWithoutControlsClearsTheOldOnes() throws IOException {
        Reply plain = new Reply("Saved", null, List.of(), true);

        assertThat(wire(renderer.update(plain)).at("/data/components")).isEqualTo(json.readTree("[]"));
        assertThat(wire(renderer.edit(plain)).path("components")).isEqualTo(json.readTree("[]"));
    }

    @Test
    void anEditOfTheOriginalCarriesEmbedControlsAndNoMentions() throws IOException {
        assertThat(wire(renderer.edit(PAGE))).isEqualTo(json.readTree("""
                {"embeds":[%s],"components":%s,"allowed_mentions":%s}""".formatted(EMBED, ROWS, NO_MENTIONS)));
    }

    @Test
    void deferralsAreTypesFiveAndSix() throws IOException {
        assertThat(wire(renderer.defer(true))).isEqualTo(json.readTree("{\"type\":5,\"data\":{\"flags\":64}}"));
        assertThat(wire(renderer.defer(false))).isEqualTo(json.readTree("{\"type\":5}"));
        assertThat(wire(renderer.deferUpdate())).isEqualTo(json.readTree("{\"type\":6}"));
    }

    @Test
    void suggestionsAreTypeEightWithNameValueChoices() throws IOException {
        assertThat(wire(renderer.suggest(List.of(new Choice("Paul Atreides", "paul"), new Choice("Chani", "chani")))))
                .isEqualTo(json.readTree("""
                        {"type":8,"data":{"choices":[{"name":"Paul Atreides","value":"paul"},
                                                     {"name":"Chani","value":"chani"}]}}"""));
        assertThat(wire(renderer.suggest(List.of()))).isEqualTo(json.readTree("{\"type\":8,\"data\":{\"choices\":[]}}"));
    }

    @Test
    void suggestionsKeepTheFirst25AndCutNamesAndValuesTo100() throws IOException {
        List<Choice> many = IntStream.range(0, 30).mapToObj(i -> new Choice("n" + i + "x".repeat(200), "v" + i
                + "y".repeat(200))).toList();

        JsonNode choices = wire(renderer.suggest(many)).at("/data/choices");

        assertThat(choices).hasSize(25);
        assertThat(choices.get(0).path("name").asText()).hasSize(100).startsWith("n0x").endsWith("…");
        assertThat(choices.get(24).path("value").asText()).hasSize(100).startsWith("v24y");
    }

    @Test
    void aReplyWithOnlyControlsStillSendsAnEmbedDiscordAccepts() throws IOException {
        Reply controlsOnly = new Reply(null, " ", List.of(),
                List.of(ComponentRow.of(new Button("tg:alerts:toggle:42", "Naib alerts", false, false))), true);

        JsonNode body = wire(renderer.respond(controlsOnly));

        assertThat(body.at("/data/embeds/0/description").asText()).isEqualTo("—");
        assertThat(body.at("/data/components/0/components/0/label").asText()).isEqualTo("Naib alerts");
    }

    @Test
    void blankLabelsBecomeADashAndBlankPlaceholdersAndDescriptionsAreLeftOut() throws IOException {
        Reply reply = new Reply("t", null, List.of(), List.of(
                ComponentRow.of(new Button("tg:a:b:1", " ", false, false)),
                ComponentRow.of(new Select("tg:a:c:1", "", List.of(new SelectOption("", "v", " ", false)), 1, 1))),
                false);

        JsonNode rows = wire(renderer.respond(reply)).at("/data/components");

        assertThat(rows.at("/0/components/0/label").asText()).isEqualTo("—");
        assertThat(rows.at("/1/components/0").has("placeholder")).isFalse();
        assertThat(rows.at("/1/components/0/options/0/label").asText()).isEqualTo("—");
        assertThat(rows.at("/1/components/0/options/0").has("description")).isFalse();
    }

    private JsonNode wire(Object body) throws IOException {
        return json.readTree(DiscordHttp.write(body));
    }
}
