package dev.tiergate.bootstrap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Envelopes as the gateway publishes them, built fresh so interaction ids carry "now" (or, for the perf
 * module's open-loop load, the moment the message was due).
 */
public record GatewayMessage(String eventId, String interactionId, String token, String json) {

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final long LOW_BITS = 0x3FFFFF;

    /** A slash command's interaction.create with the given routing fields (a JSON fragment, possibly empty). */
    static GatewayMessage interaction(String guildId, String userId, String routing) {
        return interaction(guildId, userId, "ApplicationCommand", routing);
    }

    /** An interaction.create of any type ({@code MessageComponent}, {@code ApplicationCommandAutocomplete}, …). */
    static GatewayMessage interaction(String guildId, String userId, String interactionType, String routing) {
        String eventId = UUID.randomUUID().toString();
        // The low bits make ids created in the same millisecond distinct.
        return interaction(eventId, guildId, userId, interactionType, routing, Instant.now().toEpochMilli(),
                eventId.hashCode());
    }

    /**
     * A slash command's interaction.create created at {@code createdAtMillis} (epoch ms), its interaction
     * id's low 22 bits (Discord's worker, process and increment) set to {@code sequence}, read back with
     * {@link #sequenceOf}: the perf driver stamps each message with the time it was due, not sent.
     */
    public static GatewayMessage interactionCreatedAt(String guildId, String userId, String routing,
            long createdAtMillis, int sequence) {
        return interaction(UUID.randomUUID().toString(), guildId, userId, "ApplicationCommand", routing,
                createdAtMillis, sequence);
    }

    /** The low 22 bits of an interaction id: the {@code sequence} of {@link #interactionCreatedAt}. */
    public static int sequenceOf(long interactionId) {
        return (int) (interactionId & LOW_BITS);
    }

    private static GatewayMessage interaction(String eventId, String guildId, String userId, String interactionType,
            String routing, long createdAtMillis, int lowBits) {
        String interactionId = Long.toString(((createdAtMillis - DISCORD_EPOCH_MILLIS) << 22) | (lowBits & LOW_BITS));
        String token = "tok-" + UUID.randomUUID();
        String json = """
                {"event_id":"%s","event_type":"interaction.create","shard_id":0,"timestamp":%d,
                 "guild_id":"%s","channel_id":"%s","user_id":"%s",
                 "data":{"interaction_id":"%s","interaction_type":"%s","interaction_token":"%s"%s}}
                """.formatted(eventId, createdAtMillis, guildId, guildId, userId, interactionId, interactionType, token,
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
    public static GatewayMessage scores(String guildId, long asOfMillis, List<String[]> entries) {
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
