package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.Reply;
import java.util.List;

/**
 * How an interaction is answered: a new message (a command's answer, or any refusal or notice),
 * the replacement of the message whose control was clicked, or autocomplete suggestions.
 */
sealed interface Answer {

    record NewMessage(Reply reply) implements Answer {
    }

    record UpdatedMessage(Reply reply) implements Answer {
    }

    record Suggestions(List<Choice> choices) implements Answer {
        public Suggestions {
            choices = List.copyOf(choices.subList(0, Math.min(choices.size(), Choice.MAX_CHOICES)));
        }
    }
}
