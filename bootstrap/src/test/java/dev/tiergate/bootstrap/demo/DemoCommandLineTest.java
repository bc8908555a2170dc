package dev.tiergate.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandLineTest {

    @Test
    void readsACommandWithItsSubcommandAndOptionsAsTyped() {
        DemoCommandLine.Routing routing = DemoCommandLine.parse(
                "/admin-badge award nym:jamis 66 badge:helper reason:answers questions").orElseThrow();

        assertThat(routing.interactionType()).isEqualTo("ApplicationCommand");
        assertThat(routing.fields().get("command_name").asText()).isEqualTo("admin-badge");
        assertThat(routing.fields().get("subcommand").asText()).isEqualTo("award");
        assertThat(routing.fields().at("/options/nym").asText()).isEqualTo("jamis 66");
        assertThat(routing.fields().at("/options/badge").asText()).isEqualTo("helper");
        assertThat(routing.fields().at("/options/reason").asText()).isEqualTo("answers questions");
    }

    @Test
    void aCommandWithoutSubcommandsTakesItsFirstWordAsAnOption() {
        DemoCommandLine.Routing routing = DemoCommandLine.parse("directory sort:tenure").orElseThrow();

        assertThat(routing.fields().has("subcommand")).isFalse();
        assertThat(routing.fields().at("/options/sort").asText()).isEqualTo("tenure");
    }

    @Test
    void readsAClickWithItsValues() {
        DemoCommandLine.Routing routing = DemoCommandLine.parse("click tg:directory:filter:500000000000000066:tier usul naib")
                .orElseThrow();

        assertThat(routing.interactionType()).isEqualTo("MessageComponent");
        assertThat(routing.fields().get("custom_id").asText()).isEqualTo("tg:directory:filter:500000000000000066:tier");
        assertThat(routing.fields().get("values")).hasSize(2);
    }

    @Test
    void refusesWhatIsNotATiergateCommand() {
        assertThat(DemoCommandLine.parse("/ban everyone")).isEmpty();
        assertThat(DemoCommandLine.parse("click ")).isEmpty();
    }

    @Test
    void carriesTheCallersPermissions() {
        assertThat(DemoCommandLine.parse("/position").orElseThrow().fields().get("member_permissions").asText())
                .isEqualTo(DemoCommunity.ADMIN_PERMISSIONS);
        assertThat(DemoCommandLine.parse("/position", "0").orElseThrow().fields().get("member_permissions").asText())
                .isEqualTo("0");
    }

    @Test
    void anAutocompleteFocusesTheOptionBeingTyped() {
        DemoCommandLine.Routing routing = DemoCommandLine.autocomplete("/admin-badge award nym:jamis_66 badge:hel", "8")
                .orElseThrow();

        assertThat(routing.interactionType()).isEqualTo("ApplicationCommandAutocomplete");
        assertThat(routing.fields().get("focused").asText()).isEqualTo("badge");
        assertThat(routing.fields().at("/options/badge").asText()).isEqualTo("hel");
        assertThat(DemoCommandLine.autocomplete("/position", "8")).isEmpty();
    }
}
