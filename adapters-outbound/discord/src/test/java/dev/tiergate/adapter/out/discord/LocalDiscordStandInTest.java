package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The stand-in's log helpers: token redaction, the one-line reply summary and the suggestion list. */
class LocalDiscordStandInTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void redactKeepsRouteWordsAndNumericIdsAndHidesEverythingElse() {
        assertThat(LocalDiscordStandIn.redact("/api/v10/interactions/1234/aW50ZXJhY3Rpb246/callback"))
                .isEqualTo("/api/v10/interactions/1234/{redacted}/callback");
        assertThat(LocalDiscordStandIn.redact("/api/v10/webhooks/5678/secret-token/messages/@original"))
                .isEqualTo("/api/v10/webhooks/5678/{redacted}/messages/@original");
        assertThat(LocalDiscordStandIn.redact("/api/v10/applications/5678/guilds/9012/commands"))
                .isEqualTo("/api/v10/applications/5678/guilds/9012/commands");
    }

    @Test
    void summaryShowsButtonsAndMenusAfterTheEmbedOneRowPerPart() throws IOException {
        String summary = LocalDiscordStandIn.summary(json.readTree("""
                {"embeds":[{"title":"Directory"}],"components":[
                  {"type":1,"components":[{"type":2,"style":2,"label":"Prev","disabled":true},
                                          {"type":2,"style":1,"label":"Next"}]},
                  {"type":1,"components":[{"type":3,"placeholder":"Pick a tier","options":[
                      {"label":"Naib","value":"naib","default":true},{"label":"Usul","value":"usul"}]}]}]}"""));

        assertThat(summary).isEqualTo("Directory | [Prev (disabled)] [Next ✓] | ▾ Pick a tier: Naib ✓, Usul");
    }

    @Test
    void suggestionsListTheChoiceNamesOrSayThereAreNone() throws IOException {
        assertThat(LocalDiscordStandIn.suggestions(json.readTree("""
                {"choices":[{"name":"Paul","value":"paul"},{"name":"Chani","value":"chani"}]}""")))
                .isEqualTo("Paul, Chani");
        assertThat(LocalDiscordStandIn.suggestions(json.readTree("{\"choices\":[]}"))).isEqualTo("(no choices)");
    }

    @Test
    void summaryJoinsTitleDescriptionAndFieldsOnOneLine() throws IOException {
        String summary = LocalDiscordStandIn.summary(json.readTree("""
                {"embeds":[{"title":"Your position","description":"**nym** is\\nranked **#12**.",
                  "fields":[{"name":"Score","value":"1,234.5"},{"name":"Status","value":"Fedaykin"}]}]}"""));

        assertThat(summary).isEqualTo("Your position | **nym** is ranked **#12**. | Score: 1,234.5 | Status: Fedaykin");
    }

    @Test
    void summaryOfAMessageWithoutTextSaysSo() throws IOException {
        assertThat(LocalDiscordStandIn.summary(json.readTree("{\"embeds\":[]}"))).isEqualTo("(empty message)");
    }
}
