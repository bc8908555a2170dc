package dev.tiergate.adapter.out.discord;

import java.util.List;

/**
 * The body of {@code POST /interactions/{id}/{token}/callback}: a response type and, unless it is a
 * public deferral or a deferred update, its data; null members are left out of the JSON.
 */
record InteractionCallbackRequest(int type, Data data) {

    /** What a callback carries: a message or autocomplete suggestions. */
    sealed interface Data {
    }

    /** The message part of a callback: embeds, controls, message flags and which mentions may ping. */
    record Message(List<DiscordEmbed> embeds, List<DiscordComponent> components, Integer flags,
            AllowedMentions allowedMentions) implements Data {
    }

    /** The suggestions of an autocomplete result. */
    record Suggestions(List<DiscordChoice> choices) implements Data {
    }
}
