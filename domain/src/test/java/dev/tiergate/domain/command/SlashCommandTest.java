package dev.tiergate.domain.command;

import static dev.tiergate.domain.command.CommandOption.subCommand;
import static dev.tiergate.domain.command.CommandOption.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every Discord limit a definition must keep is refused at construction, at and beyond the boundary. */
class SlashCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "admin-badge", "with_underscore", "naïve", "x1234567890123456789012345678901"})
    void acceptsLowerCaseNamesOfOneTo32LettersDigitsDashesAndUnderscores(String name) {
        assertThat(SlashCommand.of(name, "d").name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Profile", "two words", "emoji🙂", "x12345678901234567890123456789012", "a.b", "@x"})
    void refusesOtherNames(String name) {
        assertThatThrownBy(() -> SlashCommand.of(name, "d")).isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("command name:");
        assertThatThrownBy(() -> text(name, "d")).isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("option name:");
    }

    @Test
    void descriptionsAreOneTo100Characters() {
        assertThat(SlashCommand.of("x", "d".repeat(100)).description()).hasSize(100);
        assertThatThrownBy(() -> SlashCommand.of("x", "d".repeat(101))).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> SlashCommand.of("x", " ")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> text("x", "d".repeat(101))).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void atMost25OptionsPerLevel() {
        assertThat(SlashCommand.of("x", "d", options(25)).options()).hasSize(25);
        assertThatThrownBy(() -> SlashCommand.of("x", "d", options(26))).hasMessageContaining("more than 25 options");
        assertThatThrownBy(() -> subCommand("s", "d", options(26))).hasMessageContaining("more than 25 options");
    }

    @Test
    void atMost25ChoicesAndNeverTogetherWithAutocomplete() {
        assertThat(text("x", "d").withChoices(choices(25)).choices()).hasSize(25);
        assertThatThrownBy(() -> text("x", "d").withChoices(choices(26))).hasMessageContaining("more than 25 choices");
        assertThatThrownBy(() -> text("x", "d").withChoices(choices(2)).withAutocomplete())
                .hasMessageContaining("autocompletes");
    }

    @Test
    void choiceNamesAndValuesAreOneTo100Characters() {
        assertThat(new OptionChoice("n".repeat(100), "v".repeat(100)).name()).hasSize(100);
        assertThatThrownBy(() -> new OptionChoice("n".repeat(101), "v")).hasMessageStartingWith("choice name:");
        assertThatThrownBy(() -> new OptionChoice("n", "")).hasMessageStartingWith("choice value:");
    }

    @Test
    void optionNamesAreUniquePerLevel() {
        assertThatThrownBy(() -> SlashCommand.of("x", "d", text("a", "d"), text("a", "e")))
                .hasMessageContaining("repeats option names 'a'");
    }

    @Test
    void requiredOptionsComeFirst() {
        assertThat(SlashCommand.of("x", "d", text("a", "d").asRequired(), text("b", "d")).options()).hasSize(2);
        assertThatThrownBy(() -> SlashCommand.of("x", "d", text("a", "d"), text("b", "d").asRequired()))
                .hasMessageContaining("required option 'b' after an optional one");
    }

    @Test
    void subCommandsAreNotMixedWithValuesNorNestedNorRequired() {
        assertThatThrownBy(() -> SlashCommand.of("x", "d", subCommand("s", "d"), text("a", "d")))
                .hasMessageContaining("mixes sub-commands");
        assertThatThrownBy(() -> subCommand("s", "d", subCommand("t", "d")))
                .hasMessageContaining("cannot hold further sub-commands");
        assertThatThrownBy(() -> subCommand("s", "d").asRequired()).hasMessageContaining("cannot be required");
        assertThatThrownBy(() -> new CommandOption("a", "d", OptionType.STRING, false, false, List.of(),
                List.of(text("b", "d")), OptionalInt.empty(), OptionalInt.empty()))
                .hasMessageContaining("not a sub-command");
    }

    @Test
    void lengthLimitsApplyOnlyToStringsAndStayWithinDiscordsRange() {
        assertThat(text("x", "d").withLength(0, 6000).maxLength()).hasValue(6000);
        assertThatThrownBy(() -> text("x", "d").withLength(0, 6001)).hasMessageContaining("length");
        assertThatThrownBy(() -> text("x", "d").withLength(5, 4)).hasMessageContaining("length");
        assertThatThrownBy(() -> new CommandOption("x", "d", OptionType.INTEGER, false, false, List.of(), List.of(),
                OptionalInt.empty(), OptionalInt.of(3))).hasMessageContaining("not a string option");
    }

    @Test
    void aCommandCarriesAtMost4000CharactersOfText() {
        List<OptionChoice> long25 = IntStream.range(0, 25)
                .mapToObj(i -> new OptionChoice("n" + "x".repeat(98) + (char) ('a' + i), "v" + i)).toList();
        assertThatThrownBy(() -> SlashCommand.of("x", "d", text("a", "d").withChoices(long25),
                text("b", "d").withChoices(long25.reversed())))
                .hasMessageContaining("more than 4000");
    }

    private static CommandOption[] options(int count) {
        return IntStream.range(0, count).mapToObj(i -> text("o" + i, "d")).toArray(CommandOption[]::new);
    }

    private static List<OptionChoice> choices(int count) {
        return IntStream.range(0, count).mapToObj(i -> new OptionChoice("c" + i, "v" + i)).toList();
    }
}
