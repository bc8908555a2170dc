package dev.tiergate.adapter.out.discord;

import java.util.List;

/**
 * The body of {@code PATCH /webhooks/{application_id}/{token}/messages/@original}; {@code components}
 * is always sent, so an empty list removes the controls of the message it replaces.
 */
record MessageEditRequest(List<DiscordEmbed> embeds, List<DiscordComponent> components,
        AllowedMentions allowedMentions) {
}
