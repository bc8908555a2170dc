package dev.tiergate.adapter.in.http.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tiergate.application.port.in.interaction.QueueInteractionCommand;
import dev.tiergate.domain.shared.Snowflake;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Rewrites a Discord interaction as the {@code interaction.create} envelope the gateway publishes
 * (wire contract), with every routing field the workers read: the command, its sub-command group and
 * sub-command, its leaf options by name and the focused one, a component's custom id and values, the
 * member's permissions and roles, the locales, and the {@code callback_url} that takes the initial
 * response. The event id is derived from the interaction id, so the same interaction posted twice is
 * one message to the broker. Ids that are not snowflakes are left out; an interaction without its
 * id, token or a type Tiergate takes cannot be written.
 */
final class GatewayEnvelopeWriter {

    static final String EVENT_TYPE = "interaction.create";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int SUB_COMMAND = 1;
    private static final int SUB_COMMAND_GROUP = 2;

    private GatewayEnvelopeWriter() {
    }

    static Optional<NormalizedInteraction> write(JsonNode interaction, URI callbackBase, Instant receivedAt) {
        Optional<InteractionKind> kind = InteractionKind.of(interaction.get("type"));
        Optional<String> id = snowflake(interaction, "id");
        Optional<String> token = text(interaction, "token");
        if (kind.isEmpty() || id.isEmpty() || token.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode data = NODES.objectNode();
        data.put("interaction_id", id.get());
        data.put("interaction_type", kind.get().wireName());
        data.put("interaction_token", token.get());
        snowflake(interaction, "application_id").ifPresent(application -> data.put("application_id", application));
        JsonNode command = interaction.path("data");
        switch (kind.get()) {
            case COMMAND, AUTOCOMPLETE -> routeCommand(command, data);
            case COMPONENT -> routeComponent(command, data);
            case MODAL_SUBMIT -> text(command, "custom_id").ifPresent(customId -> data.put("custom_id", customId));
        }
        JsonNode member = interaction.path("member");
        text(member, "permissions").ifPresent(permissions -> data.put("member_permissions", permissions));
        ArrayNode roles = data.putArray("member_roles");
        member.path("roles").forEach(role -> {
            if (role.isTextual()) {
                roles.add(role.textValue());
            }
        });
        text(interaction, "locale").ifPresent(locale -> data.put("locale", locale));
        text(interaction, "guild_locale").ifPresent(locale -> data.put("guild_locale", locale));
        data.put("callback_url", callbackBase.toString());

        String eventId = UUID.nameUUIDFromBytes(("discord-interaction:" + id.get()).getBytes(StandardCharsets.UTF_8))
                .toString();
        ObjectNode envelope = NODES.objectNode();
        envelope.put("event_id", eventId);
        envelope.put("event_type", EVENT_TYPE);
        envelope.put("shard_id", 0);
        envelope.put("timestamp", receivedAt.toEpochMilli());
        envelope.put("guild_id", snowflake(interaction, "guild_id").orElse(null));
        envelope.put("channel_id", snowflake(interaction, "channel_id")
                .or(() -> snowflake(interaction.path("channel"), "id")).orElse(null));
        envelope.put("user_id", snowflake(member.path("user"), "id")
                .or(() -> snowflake(interaction.path("user"), "id")).orElse(null));
        envelope.set("data", data);
        return Optional.of(new NormalizedInteraction(id.get(), token.get(), kind.get(), Snowflake.createdAt(id.get()),
                new QueueInteractionCommand(eventId, StrictJson.write(envelope))));
    }

    /** A command or autocomplete: name, then a sub-command group and/or sub-command, then the leaf options. */
    private static void routeCommand(JsonNode command, ObjectNode data) {
        text(command, "name").ifPresent(name -> data.put("command_name", name));
        JsonNode options = command.path("options");
        if (isOfType(options.path(0), SUB_COMMAND_GROUP)) {
            text(options.path(0), "name").ifPresent(group -> data.put("subcommand_group", group));
            options = options.path(0).path("options");
        }
        if (isOfType(options.path(0), SUB_COMMAND)) {
            text(options.path(0), "name").ifPresent(subcommand -> data.put("subcommand", subcommand));
            options = options.path(0).path("options");
        }
        ObjectNode values = data.putObject("options");
        for (JsonNode option : options) {
            Optional<String> name = text(option, "name");
            JsonNode value = option.get("value");
            if (name.isEmpty() || value == null || !value.isValueNode()) {
                continue;
            }
            values.set(name.get(), value);
            if (option.path("focused").asBoolean(false)) {
                data.put("focused", name.get());
            }
        }
    }

    /** A button or menu: its custom id and the values chosen (strings only). */
    private static void routeComponent(JsonNode component, ObjectNode data) {
        text(component, "custom_id").ifPresent(customId -> data.put("custom_id", customId));
        ArrayNode values = data.putArray("values");
        component.path("values").forEach(value -> {
            if (value.isTextual()) {
                values.add(value.textValue());
            }
        });
    }

    private static boolean isOfType(JsonNode option, int type) {
        return option.path("type").isInt() && option.path("type").intValue() == type;
    }

    private static Optional<String> text(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value != null && value.isTextual() && !value.textValue().isBlank()
                ? Optional.of(value.textValue())
                : Optional.empty();
    }

    private static Optional<String> snowflake(JsonNode parent, String field) {
        return text(parent, field).filter(Snowflake::isValid);
    }
}
