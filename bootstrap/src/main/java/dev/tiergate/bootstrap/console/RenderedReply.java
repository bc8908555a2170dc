package dev.tiergate.bootstrap.console;

import java.util.List;

/** A reply as the console shows it: readable text, and the numbered choices its buttons and menus offer. */
record RenderedReply(String text, List<Choice> choices) {

    RenderedReply {
        choices = List.copyOf(choices);
    }
}
