package dev.tiergate.adapter.in.nats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One gateway message as the wire contract defines it; the ids are validated snowflakes when present. */
record GatewayEnvelope(UUID eventId, String eventType, int shardId, Instant timestamp, Optional<String> guildId,
        Optional<String> channelId, Optional<String> userId, Optional<ObjectNode> data) {
}
