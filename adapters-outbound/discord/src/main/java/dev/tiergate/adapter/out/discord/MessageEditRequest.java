package dev.tiergate.adapter.out.discord;

import java.util.List;

/** The body of {@code PATCH /webhooks/{application_id}/{token}/messages/@original}. */
record MessageEditRequest(List<DiscordEmbed> embeds, AllowedMentions allowedMentions) {
}
