package dev.tiergate.adapter.out.discord;

import java.util.List;

/** Discord's body of one DM: embeds only, and {@code allowed_mentions} that let nobody be pinged. */
record DirectMessageRequest(List<DiscordEmbed> embeds, AllowedMentions allowedMentions) {

    DirectMessageRequest {
        embeds = List.copyOf(embeds);
    }
}
