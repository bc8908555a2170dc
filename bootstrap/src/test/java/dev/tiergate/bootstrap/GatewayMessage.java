package dev.tiergate.bootstrap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Envelopes as the gateway publishes them, built fresh so interaction ids carry "now". */
record GatewayMessage(String eventId, String interactionId, String token, String json) {

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    /** A slash command's interaction.create with the given routing fields (a JSON fragment, possibly empty). */
    static GatewayMessage interaction(String guildId, String userId, String routing) {
        return interaction(guildId, userId, "ApplicationCommand", routing);
    }

    /** An interaction.create of any type ({@code MessageComponent}, {@code ApplicationCommandAutocomplete}, …). */
    static GatewayMessage interaction(String guildId, String userId, String interactionType, String routing) {
        String eventId = UUID.randomUUID().toString();
        long now = Instant.now().toEpochMilli();
        // The low bits make ids created in the same millisecond distinct.
        String interactionId = Long.toString(((now - DISCORD_EPOCH_MILLIS) << 22) | (eventId.hashCode() & 0x3FFFFF));
        String token = "tok-" + UUID.randomUUID();
        String json = """
                {"event_id":"%s","event_type":"interaction.create","shard_id":0,"timestamp":%d,
                 "guild_id":"%s","channel_id":"%s","user_id":"%s",
                 "data":{"interaction_id":"%s","interaction_type":"%s","interaction_token":"%s"%s}}
                """.formatted(eventId, now, guildId, guildId, userId, interactionId, interactionType, token,
                routing.isEmpty() ? "" : "," + routing);
        return new GatewayMessage(eventId, interactionId, token, json);
    }

    /** A gateway event (message.create, reaction.add, …) with its data object as JSON. */
    static GatewayMessage event(String eventType, String guildId, String userId, String data) {
        String eventId = UUID.randomUUID().toString();
        String json = """
                {"event_id":"%s","event_type":"%s","shard_id":0,"timestamp":%d,
                 "guild_id":"%s","channel_id":"%s","user_id":"%s","data":%s}
                """.formatted(eventId, eventType, Instant.now().toEpochMilli(), guildId, guildId, userId, data);
        return new GatewayMessage(eventId, null, null, json);
    }

    /** A score.update batch: each entry is {user id, decimal score}. */
    static GatewayMessage scores(String guildId, long asOfMillis, List<String[]> entries) {
        String eventId = UUID.randomUUID().toString();
        String list = entries.stream()
                .map(e -> "{\"user_id\":\"%s\",\"score\":\"%s\"}".formatted(e[0], e[1]))
                .collect(Collectors.joining(","));
        String json = """
                {"event_id":"%s","event_type":"score.update","shard_id":0,"timestamp":%d,
                 "guild_id":"%s","channel_id":null,"user_id":null,
                 "data":{"as_of":%d,"entries":[%s]}}
                """.formatted(eventId, asOfMillis, guildId, asOfMillis, list);
        return new GatewayMessage(eventId, null, null, json);
    }
}
