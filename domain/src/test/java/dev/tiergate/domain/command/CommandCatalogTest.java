package dev.tiergate.domain.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Tiergate's own command definitions: exactly the commands of the issue, each within Discord's limits. */
class CommandCatalogTest {

    private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}]{1,32}$");

    @Test
    void offersExactlyTheCommandsOfTheIssues() {
        assertThat(CommandCatalog.TIERGATE).extracting(SlashCommand::name).containsExactly("profile", "badges",
                "stats", "position", "threshold", "leaderboard", "directory", "alerts", "naib", "admin-stats",
                "admin-badge", "admin-roles");
        assertThat(subCommands("admin-roles")).containsExactly("resync");
        assertThat(subCommands("profile")).containsExactly("view", "edit");
        assertThat(subCommands("leaderboard")).containsExactly("score", "badges", "tiers");
        assertThat(subCommands("naib")).containsExactly("overview", "current", "former");
        assertThat(subCommands("admin-badge")).containsExactly("award", "revoke");
        for (String plain : List.of("stats", "position", "threshold", "alerts", "admin-stats")) {
            assertThat(command(plain).options()).as(plain).isEmpty();
        }
    }

    @Test
    void commandNamesAreUnique() {
        Map<String, Long> counts = CommandCatalog.TIERGATE.stream()
                .collect(Collectors.groupingBy(SlashCommand::name, Collectors.counting()));

        assertThat(counts).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1));
    }

    @Test
    void everyDefinitionKeepsDiscordsLimits() {
        assertThat(CommandCatalog.TIERGATE).hasSizeLessThanOrEqualTo(100).allSatisfy(command -> {
            assertName(command.name());
            assertThat(command.description()).as(command.name()).isNotBlank().hasSizeLessThanOrEqualTo(100);
            assertThat(command.options()).hasSizeLessThanOrEqualTo(25);
            int text = command.name().length() + command.description().length();
            List<CommandOption> all = new ArrayList<>();
            command.options().forEach(flatten(all));
            for (CommandOption option : all) {
                assertName(option.name());
                assertThat(option.description()).as(option.name()).isNotBlank().hasSizeLessThanOrEqualTo(100);
                assertThat(option.options()).hasSizeLessThanOrEqualTo(25);
                assertThat(option.choices()).hasSizeLessThanOrEqualTo(25).allSatisfy(choice -> {
                    assertThat(choice.name()).isNotBlank().hasSizeLessThanOrEqualTo(100);
                    assertThat(choice.value()).isNotBlank().hasSizeLessThanOrEqualTo(100);
                });
                assertThat(option.autocomplete() && !option.choices().isEmpty()).as(option.name()).isFalse();
                text += option.name().length() + option.description().length() + option.choices().stream()
                        .mapToInt(choice -> choice.name().length() + choice.value().length()).sum();
            }
            assertThat(text).as(command.name() + " text").isLessThanOrEqualTo(4000);
            assertThat(command.options().stream().map(CommandOption::name).distinct().count())
                    .isEqualTo(command.options().size());
        });
    }

    @Test
    void onlyTheAdminCommandsAreAdminOnly() {
        assertThat(CommandCatalog.TIERGATE).filteredOn(SlashCommand::adminOnly).extracting(SlashCommand::name)
                .containsExactly("admin-stats", "admin-badge", "admin-roles");
    }

    @Test
    void nymAndBadgeOptionsAutocompleteAndEditLimitsMatchTheDomain() {
        assertThat(option("profile", "view", "nym").autocomplete()).isTrue();
        assertThat(option("badges", null, "nym").autocomplete()).isTrue();
        assertThat(option("directory", null, "badge").autocomplete()).isTrue();
        CommandOption nym = option("profile", "edit", "nym");
        assertThat(nym.minLength()).hasValue(3);
        assertThat(nym.maxLength()).hasValue(32);
        assertThat(option("profile", "edit", "bio").maxLength()).hasValue(160);
        for (String action : List.of("award", "revoke")) {
            assertThat(option("admin-badge", action, "nym")).matches(o -> o.required() && o.autocomplete());
            assertThat(option("admin-badge", action, "badge")).matches(o -> o.required() && o.autocomplete());
            assertThat(option("admin-badge", action, "reason")).matches(o -> !o.required()
                    && o.maxLength().orElseThrow() == 200);
        }
    }

    @Test
    void directoryChoicesAreTheDomainsTiersTenuresAndSorts() {
        assertThat(option("directory", null, "tier").choices()).extracting(OptionChoice::value).containsExactly(
                "naib", "fedaykin", "usul", "sayyadina", "mushtamal", "sihaya", "qanat", "ichwan", "hajra");
        assertThat(option("directory", null, "tenure").choices()).extracting(OptionChoice::value)
                .containsExactly("og", "veteran", "elder", "member");
        assertThat(option("directory", null, "sort").choices()).extracting(OptionChoice::value)
                .containsExactly("nym", "tenure", "badges");
        assertThat(option("directory", null, "tier").choices().getFirst().name()).isEqualTo("Naib");
    }

    @Test
    void findReturnsTheCommandByExactName() {
        assertThat(CommandCatalog.find("naib")).map(SlashCommand::name).hasValue("naib");
        assertThat(CommandCatalog.find("NAIB")).isEmpty();
        assertThat(CommandCatalog.find("unknown")).isEmpty();
    }

    private static void assertName(String name) {
        assertThat(name).matches(NAME).isEqualTo(name.toLowerCase(Locale.ROOT));
    }

    private static Consumer<CommandOption> flatten(List<CommandOption> into) {
        return option -> {
            into.add(option);
            option.options().forEach(flatten(into));
        };
    }

    private static SlashCommand command(String name) {
        return CommandCatalog.find(name).orElseThrow();
    }

    private static List<String> subCommands(String name) {
        List<CommandOption> options = command(name).options();
        assertThat(options).extracting(CommandOption::type).containsOnly(OptionType.SUB_COMMAND);
        return options.stream().map(CommandOption::name).toList();
    }

    private static CommandOption option(String command, String subCommand, String name) {
        List<CommandOption> options = subCommand == null ? command(command).options()
                : command(command).options().stream().filter(o -> o.name().equals(subCommand)).findFirst()
                        .orElseThrow().options();
        return options.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }
}
