package dev.tiergate.bootstrap.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What came back for one interaction the console sent: a message, autocomplete choices, or nothing in time. */
sealed interface Reply {

    /** A message (a reply, an edit after a deferral, or the updated message of a click); ephemeral if only the caller sees it. */
    record Message(JsonNode message, boolean ephemeral) implements Reply {
    }

    /** The choices an autocomplete request was answered with: what Discord shows, and what it fills in. */
    record Suggestions(List<Suggestion> choices) implements Reply {
    }

    /** One autocomplete choice. */
    record Suggestion(String name, String value) {
    }

    /** No answer within the wait; {@code why} says what was (or was not) seen. */
    record Missing(String why) implements Reply {
    }
}
