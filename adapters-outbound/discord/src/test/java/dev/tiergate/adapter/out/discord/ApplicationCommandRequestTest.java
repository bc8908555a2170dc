package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.domain.command.CommandCatalog;
import dev.tiergate.domain.command.SlashCommand;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The application-command objects Discord receives, from the catalog's own definitions. */
class ApplicationCommandRequestTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAdminCommandWithSubCommandsIsAGuildOnlyChatInputCommandForManagers() throws IOException {
        JsonNode body = wire(command("admin-badge"), true);

        assertThat(body).isEqualTo(json.readTree("""
                {"name":"admin-badge","description":"Award or revoke a contribution badge","type":1,
                 "default_member_permissions":"32","dm_permission":false,"contexts":[0],
                 "options":[
                   {"type":1,"name":"award","description":"Give a member a contribution badge","options":[
                      {"type":3,"name":"nym","description":"The member's nym","required":true,"autocomplete":true},
                      {"type":3,"name":"badge","description":"The contribution badge","required":true,"autocomplete":true},
                      {"type":3,"name":"reason","description":"Why, for the badge history (up to 200 characters)",
                       "min_length":1,"max_length":200}]},
                   {"type":1,"name":"revoke","description":"Take a contribution badge back from a member","options":[
                      {"type":3,"name":"nym","description":"The member's nym","required":true,"autocomplete":true},
                      {"type":3,"name":"badge","description":"The contribution badge","required":true,"autocomplete":true},
                      {"type":3,"name":"reason","description":"Why, for the badge history (up to 200 characters)",
                       "min_length":1,"max_length":200}]}]}"""));
    }

    @Test
    void aMemberCommandHasNoPermissionGateAndAGuildOverwriteLeavesOutTheGlobalOnlyFields() throws IOException {
        JsonNode body = wire(command("position"), false);

        assertThat(body).isEqualTo(json.readTree("""
                {"name":"position","description":"%s","type":1}""".formatted(command("position").description())));
    }

    @Test
    void choicesAreSentAsNameValuePairs() throws IOException {
        JsonNode tier = wire(command("directory"), true).at("/options/0");

        assertThat(tier.path("name").asText()).isEqualTo("tier");
        assertThat(tier.path("type").asInt()).isEqualTo(3);
        assertThat(tier.path("choices").get(0)).isEqualTo(json.readTree("{\"name\":\"Naib\",\"value\":\"naib\"}"));
        assertThat(tier.path("choices")).hasSize(9);
        assertThat(tier.has("autocomplete")).isFalse();
    }

    private static SlashCommand command(String name) {
        return CommandCatalog.find(name).orElseThrow();
    }

    private JsonNode wire(SlashCommand command, boolean global) throws IOException {
        return json.readTree(DiscordHttp.write(ApplicationCommandRequest.from(command, global)));
    }
}
