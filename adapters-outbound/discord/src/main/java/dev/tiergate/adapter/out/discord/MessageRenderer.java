package dev.tiergate.adapter.out.discord;

import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.CHANNEL_MESSAGE_WITH_SOURCE;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.DEFERRED_UPDATE_MESSAGE;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.EPHEMERAL_FLAG;
import static dev.tiergate.adapter.out.discord.InteractionCallbackTypes.UPDATE_MESSAGE;

import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.Reply;
import java.util.List;

/**
 * Builds the bodies Discord receives for each kind of answer, every part within Discord's limits and
 * every message with {@link AllowedMentions#NONE}. A message replacing another always states its
 * controls, so stale buttons never survive an update.
 */
final class MessageRenderer {

    static final int CHOICE_TEXT_LIMIT = 100;

    private final EmbedRenderer embeds = new EmbedRenderer();
    private final ComponentRenderer components = new ComponentRenderer();

    /** Type 4: a new message; controls only when the reply has some. */
    InteractionCallbackRequest respond(Reply reply) {
        List<DiscordComponent> rows = reply.rows().isEmpty() ? null : components.render(reply.rows());
        return new InteractionCallbackRequest(CHANNEL_MESSAGE_WITH_SOURCE,
                new InteractionCallbackRequest.Message(List.of(embeds.render(reply)), rows,
                        reply.ephemeral() ? EPHEMERAL_FLAG : null, AllowedMentions.NONE));
    }

    /** Type 5: "thinking…", shown to the asker only when {@code ephemeral}. */
    InteractionCallbackRequest defer(boolean ephemeral) {
        var data = ephemeral
                ? new InteractionCallbackRequest.Message(null, null, EPHEMERAL_FLAG, null)
                : null;
        return new InteractionCallbackRequest(DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, data);
    }

    /** Type 7: replaces the message whose control was clicked; its visibility stays as it was. */
    InteractionCallbackRequest update(Reply reply) {
        return new InteractionCallbackRequest(UPDATE_MESSAGE,
                new InteractionCallbackRequest.Message(List.of(embeds.render(reply)), components.render(reply.rows()),
                        null, AllowedMentions.NONE));
    }

    /** Type 6: acknowledges a click; the message is edited later. */
    InteractionCallbackRequest deferUpdate() {
        return new InteractionCallbackRequest(DEFERRED_UPDATE_MESSAGE, null);
    }

    /** Type 8: at most 25 suggestions, each name and value cut to 100 characters. */
    InteractionCallbackRequest suggest(List<Choice> choices) {
        List<DiscordChoice> kept = choices.stream().limit(Choice.MAX_CHOICES)
                .map(choice -> new DiscordChoice(DiscordText.required(choice.name(), CHOICE_TEXT_LIMIT),
                        DiscordText.required(choice.value(), CHOICE_TEXT_LIMIT)))
                .toList();
        return new InteractionCallbackRequest(APPLICATION_COMMAND_AUTOCOMPLETE_RESULT,
                new InteractionCallbackRequest.Suggestions(kept));
    }

    /** The edit of the original message, controls always included. */
    MessageEditRequest edit(Reply reply) {
        return new MessageEditRequest(List.of(embeds.render(reply)), components.render(reply.rows()),
                AllowedMentions.NONE);
    }
}
