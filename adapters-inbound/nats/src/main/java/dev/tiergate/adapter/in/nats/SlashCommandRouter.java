package dev.tiergate.adapter.in.nats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tiergate.application.port.in.interaction.InteractionRef;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.Snowflake;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns an {@code interaction.create} envelope into the request the application answers: the
 * transport fields are required (without them nobody can answer), the routing fields only choose
 * the command, and an interaction without them is still answered as unreadable.
 */
final class SlashCommandRouter {

    static final String EVENT_TYPE = "interaction.create";

    private final String defaultApplicationId;

    SlashCommandRouter(String defaultApplicationId) {
        this.defaultApplicationId = Objects.requireNonNull(defaultApplicationId, "defaultApplicationId");
    }

    Decoded<InteractionRequest> route(GatewayEnvelope envelope) {
        if (!EVENT_TYPE.equals(envelope.eventType())) {
            return Decoded.poison("event_type is not " + EVENT_TYPE);
        }
        if (envelope.data().isEmpty()) {
            return Decoded.poison("missing data");
        }
        ObjectNode data = envelope.data().get();
        JsonNode interactionId = data.get("interaction_id");
        if (GatewayEnvelopeParser.absent(interactionId)) {
            return Decoded.poison("missing interaction_id");
        }
        if (!interactionId.isTextual() || !Snowflake.isValid(interactionId.textValue())) {
            return Decoded.poison("interaction_id is not a snowflake");
        }
        JsonNode interactionType = data.get("interaction_type");
        if (GatewayEnvelopeParser.absent(interactionType)) {
            return Decoded.poison("missing interaction_type");
        }
        if (!interactionType.isTextual() || interactionType.textValue().isBlank()) {
            return Decoded.poison("interaction_type is not a string");
        }
        JsonNode token = data.get("interaction_token");
        if (GatewayEnvelopeParser.absent(token)) {
            return Decoded.poison("missing interaction_token");
        }
        if (!token.isTextual() || token.textValue().isBlank()) {
            return Decoded.poison("interaction_token is not a string");
        }
        return GatewayEnvelopeParser.snowflake(data, "application_id").then(applicationId -> {
            InteractionRef ref = new InteractionRef(interactionId.textValue(), token.textValue(),
                    applicationId.orElse(defaultApplicationId));
            return Decoded.accepted(new InteractionRequest(ref, envelope.guildId().map(CommunityId::new),
                    envelope.userId().map(UserId::new), dev.tiergate.application.port.in.interaction.Caller.UNKNOWN, command(data),
                    Snowflake.createdAt(interactionId.textValue())));
        });
    }

    /** The command the routing fields name; missing or ill-typed routing fields make it unreadable. */
    private static MemberCommand command(ObjectNode data) {
        Optional<String> name = text(data, "command_name");
        if (name.isEmpty()) {
            return new MemberCommand.Unreadable();
        }
        return switch (name.get()) {
            case "position" -> new MemberCommand.ShowPosition();
            case "threshold" -> new MemberCommand.ShowThreshold();
            case "profile" -> profile(data);
            default -> new MemberCommand.Unknown(name.get());
        };
    }

    /** {@code /profile view}; any other subcommand (or one inside a group) is named as unknown. */
    private static MemberCommand profile(ObjectNode data) {
        Optional<String> subcommand = text(data, "subcommand");
        if (subcommand.isEmpty()) {
            return new MemberCommand.Unreadable();
        }
        Optional<String> group = text(data, "subcommand_group");
        if (group.isPresent() || !subcommand.get().equals("view")) {
            return new MemberCommand.Unknown(
                    "profile " + group.map(name -> name + " ").orElse("") + subcommand.get());
        }
        JsonNode options = data.get("options");
        Optional<String> nym = options != null && options.isObject() ? text(options, "nym") : Optional.empty();
        return new MemberCommand.ViewProfile(nym.map(String::strip));
    }

    /** A non-blank string field, else empty. */
    private static Optional<String> text(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value != null && value.isTextual() && !value.textValue().isBlank()
                ? Optional.of(value.textValue())
                : Optional.empty();
    }
}
