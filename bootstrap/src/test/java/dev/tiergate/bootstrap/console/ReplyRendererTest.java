package dev.tiergate.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyRendererTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void showsAnEmbedsTitleDescriptionFieldsColourAndFooterAsText() throws Exception {
        JsonNode message = json.readTree("""
                {"embeds":[{"title":"Your position","description":"You are at risk.","color":15246141,
                  "fields":[{"name":"Rank","value":"#66","inline":true},{"name":"Gaps","value":"above 3\\nbelow 2"}],
                  "footer":{"text":"Tiergate"}}]}""");

        RenderedReply reply = ReplyRenderer.render(message, true);

        assertThat(reply.text().lines()).containsExactly("(only you can see this)", "─── Your position ───",
                "You are at risk.", "  Rank: #66", "  Gaps:", "    above 3", "    below 2", "  colour #E8A33D",
                "  Tiergate");
        assertThat(reply.choices()).isEmpty();
    }

    @Test
    void numbersEnabledButtonsAndEveryMenuOptionInOrder() throws Exception {
        JsonNode message = json.readTree("""
                {"embeds":[],"components":[
                  {"type":1,"components":[{"type":3,"custom_id":"tg:directory:sort:1","placeholder":"Sort by",
                    "options":[{"label":"Nym","value":"nym","default":true},{"label":"Tenure","value":"tenure"}]}]},
                  {"type":1,"components":[
                    {"type":2,"custom_id":"tg:directory:prev:1","style":2,"label":"◂ Prev","disabled":true},
                    {"type":2,"custom_id":"tg:directory:next:1","style":2,"label":"Next ▸"}]}]}""");

        RenderedReply reply = ReplyRenderer.render(message, false);

        assertThat(reply.text().lines()).containsExactly("▾ Sort by: [1] Nym ✓  [2] Tenure",
                "[-] ◂ Prev (disabled)  [3] Next ▸");
        assertThat(reply.choices()).containsExactly(
                new Choice(1, "tg:directory:sort:1", Optional.of("nym"), "Nym ✓"),
                new Choice(2, "tg:directory:sort:1", Optional.of("tenure"), "Tenure"),
                new Choice(3, "tg:directory:next:1", Optional.empty(), "Next ▸"));
    }

    @Test
    void dropsMarkdownMarkersAndUndoesEscapes() throws Exception {
        JsonNode message = json.readTree("""
                {"embeds":[{"title":"**Top**","description":"`#1` **usul\\\\_251** · Hajra"}]}""");

        assertThat(ReplyRenderer.render(message, false).text().lines())
                .containsExactly("─── Top ───", "#1 usul_251 · Hajra");
    }

    @Test
    void saysSoWhenAMessageHasNothingToShow() throws Exception {
        assertThat(ReplyRenderer.render(json.readTree("{\"embeds\":[]}"), false).text())
                .isEqualTo("(an empty message)");
    }
}
