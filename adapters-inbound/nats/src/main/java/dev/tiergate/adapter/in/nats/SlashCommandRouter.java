package dev.tiergate.adapter.in.nats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tiergate.application.port.in.interaction.Caller;
import dev.tiergate.application.port.in.interaction.InteractionRef;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.Snowflake;
import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an {@code interaction.create} envelope into the request the application answers: the
 * transport fields are required (without them nobody can answer), the routing fields only choose
 * the command, and an interaction without them is still answered as unreadable. An acceptable
 * {@code callback_url} ({@link CallbackUrls}) sends the initial response to the HTTP endpoint that
 * received the interaction.
 */
final class SlashCommandRouter {

    static final String EVENT_TYPE = "interaction.create";
    /** A permission bitfield: an unsigned 64-bit decimal. */
    private static final Pattern PERMISSIONS = Pattern.compile("[0-9]{1,19}");
    /** Discord allows 250 roles in a guild. */
    private static final int MAX_ROLES = 250;

    private final String defaultApplicationId;
    private final CallbackUrls callbackUrls;

    SlashCommandRouter(String defaultApplicationId, CallbackUrls callbackUrls) {
        this.defaultApplicationId = Objects.requireNonNull(defaultApplicationId, "defaultApplicationId");
        this.callbackUrls = Objects.requireNonNull(callbackUrls, "callbackUrls");
    }

    /** A router taking callback URLs on loopback only. */
    SlashCommandRouter(String defaultApplicationId) {
        this(defaultApplicationId, new CallbackUrls(Set.of()));
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
                    applicationId.orElse(defaultApplicationId),
                    callbackUrls.read(data.get("callback_url"), interactionId.textValue()));
            return Decoded.accepted(new InteractionRequest(ref, envelope.guildId().map(CommunityId::new),
                    envelope.userId().map(UserId::new), caller(data),
                    MemberCommandReader.read(interactionType.textValue(), new RoutingFields(data)),
                    Snowflake.createdAt(interactionId.textValue())));
        });
    }

    /** The caller's permission bitfield (a decimal string) and role ids; anything unreadable is left out. */
    private static Caller caller(ObjectNode data) {
        JsonNode permissions = data.get("member_permissions");
        OptionalLong bits = OptionalLong.empty();
        if (permissions != null && permissions.isTextual() && PERMISSIONS.matcher(permissions.textValue()).matches()) {
            bits = OptionalLong.of(Long.parseUnsignedLong(permissions.textValue()));
        }
        Set<String> roles = new HashSet<>();
        JsonNode memberRoles = data.get("member_roles");
        if (memberRoles != null && memberRoles.isArray()) {
            for (JsonNode role : memberRoles) {
                if (role.isTextual() && Snowflake.isValid(role.textValue()) && roles.size() < MAX_ROLES) {
                    roles.add(role.textValue());
                }
            }
        }
        return new Caller(bits, roles);
    }
}
