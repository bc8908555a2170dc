package dev.tiergate.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

class ConsoleCompleterTest {

    private final List<String> asked = new ArrayList<>();
    private final ConsoleCompleter completer = new ConsoleCompleter(lineSoFar -> {
        asked.add(lineSoFar);
        return Optional.of(new Reply.Suggestions(List.of(new Reply.Suggestion("jamis_66", "jamis_66"))));
    });

    @Test
    void completesCommandNamesFromTheCatalog() {
        assertThat(complete("/lea")).contains("/leaderboard", "/position", "/admin-badge");
        assertThat(asked).isEmpty();
    }

    @Test
    void completesSubcommandsThenOptionNames() {
        assertThat(complete("/leaderboard t")).containsExactlyInAnyOrder("score", "badges", "tiers");
        assertThat(complete("/admin-badge award n")).containsExactlyInAnyOrder("nym:", "badge:", "reason:");
    }

    @Test
    void offersFixedChoicesWithoutAskingTheService() {
        assertThat(complete("/directory sort:")).containsExactlyInAnyOrder("sort:nym", "sort:tenure", "sort:badges");
        assertThat(asked).isEmpty();
    }

    @Test
    void asksTheServiceForAnOptionThatTakesAutocomplete() {
        assertThat(complete("/admin-badge award nym:jam")).containsExactly("nym:jamis_66");
        assertThat(asked).containsExactly("/admin-badge award nym:jam");
    }

    private List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }
}
