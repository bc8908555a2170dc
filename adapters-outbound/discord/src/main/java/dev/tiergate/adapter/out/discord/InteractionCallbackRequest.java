package dev.tiergate.adapter.out.discord;

import java.util.List;

/**
 * The body of {@code POST /interactions/{id}/{token}/callback}: a response type and, unless it is a
 * public deferral, its data; null members are left out of the JSON.
 */
record InteractionCallbackRequest(int type, Data data) {

    static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;
    static final int DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5;
    static final int EPHEMERAL_FLAG = 1 << 6;

    /** The message part of a callback: embeds, message flags and which mentions may ping. */
    record Data(List<DiscordEmbed> embeds, Integer flags, AllowedMentions allowedMentions) {
    }
}
