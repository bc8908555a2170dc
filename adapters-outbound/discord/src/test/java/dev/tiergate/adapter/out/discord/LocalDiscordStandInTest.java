package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The stand-in's log helpers: token redaction and the one-line reply summary. */
class LocalDiscordStandInTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void redactKeepsRouteWordsAndNumericIdsAndHidesEverythingElse() {
        assertThat(LocalDiscordStandIn.redact("/api/v10/interactions/1234/aW50ZXJhY3Rpb246/callback"))
                .isEqualTo("/api/v10/interactions/1234/{redacted}/callback");
        assertThat(LocalDiscordStandIn.redact("/api/v10/webhooks/5678/secret-token/messages/@original"))
                .isEqualTo("/api/v10/webhooks/5678/{redacted}/messages/@original");
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
