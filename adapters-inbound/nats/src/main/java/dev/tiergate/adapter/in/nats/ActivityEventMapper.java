package dev.tiergate.adapter.in.nats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tiergate.application.port.in.activity.RecordActivityCommand;
import dev.tiergate.domain.activity.ActivityKind;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns a {@code message.create} or {@code reaction.add} envelope into the activities it earns: a
 * message for its author; a reaction given for the reacting member and, unless the member reacted to
 * its own message, a reaction received for the message's author. The envelope's event id identifies
 * the first activity; the received one gets an id derived from it, so each counts once on redelivery.
 * An event outside a guild earns nothing.
 */
final class ActivityEventMapper {

    static final String MESSAGE_CREATE = "message.create";
    static final String REACTION_ADD = "reaction.add";

    Decoded<List<RecordActivityCommand>> map(GatewayEnvelope envelope) {
        if (!MESSAGE_CREATE.equals(envelope.eventType()) && !REACTION_ADD.equals(envelope.eventType())) {
            return Decoded.poison("event_type is neither " + MESSAGE_CREATE + " nor " + REACTION_ADD);
        }
        if (envelope.data().isEmpty()) {
            return Decoded.poison("missing data");
        }
        if (envelope.guildId().isEmpty()) {
            return Decoded.accepted(List.of());
        }
        ObjectNode data = envelope.data().get();
        if (MESSAGE_CREATE.equals(envelope.eventType())) {
            return required(data, "author_id").then(author -> Decoded.accepted(List.of(
                    command(envelope, envelope.eventId(), author, ActivityKind.MESSAGE))));
        }
        return required(data, "user_id").then(giver ->
                GatewayEnvelopeParser.snowflake(data, "message_author_id").then(author -> {
                    List<RecordActivityCommand> commands = new ArrayList<>(2);
                    commands.add(command(envelope, envelope.eventId(), giver, ActivityKind.REACTION_GIVEN));
                    author.filter(id -> !id.equals(giver)).ifPresent(id -> commands.add(command(envelope,
                            receivedId(envelope.eventId()), id, ActivityKind.REACTION_RECEIVED)));
                    return Decoded.accepted(List.copyOf(commands));
                }));
    }

    /** The id of the reaction-received activity of a reaction event: stable across redeliveries. */
    static UUID receivedId(UUID eventId) {
        return UUID.nameUUIDFromBytes((eventId + "/" + ActivityKind.REACTION_RECEIVED).getBytes(StandardCharsets.UTF_8));
    }

    private static Decoded<String> required(ObjectNode data, String field) {
        return GatewayEnvelopeParser.snowflake(data, field).then(value -> value
                .<Decoded<String>>map(Decoded::accepted)
                .orElseGet(() -> Decoded.poison("missing " + field)));
    }

    private static RecordActivityCommand command(GatewayEnvelope envelope, UUID activityId, String member,
            ActivityKind kind) {
        return new RecordActivityCommand(new CommunityId(envelope.guildId().orElseThrow()), activityId,
                new UserId(member), kind, envelope.channelId(), envelope.timestamp());
    }
}
