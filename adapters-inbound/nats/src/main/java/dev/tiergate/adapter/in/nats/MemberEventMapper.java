package dev.tiergate.adapter.in.nats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tiergate.application.port.in.community.JoinCommunityCommand;
import dev.tiergate.application.port.in.community.LeaveCommunityCommand;
import dev.tiergate.application.port.in.member.JoinMemberCommand;
import dev.tiergate.application.port.in.member.LeaveMemberCommand;
import dev.tiergate.application.port.in.member.RecordMemberRolesCommand;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.InvalidFieldException;
import dev.tiergate.domain.shared.Snowflake;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns a guild or member lifecycle envelope into its command, timed by the envelope's timestamp (the
 * lifecycle applies the newest event per member and per guild). Every event needs its guild; member
 * events need the envelope's user id too. Only the fields the lifecycle reads are checked: guild.join's
 * {@code name}, guild.leave's {@code unavailable} (absent means a removal), member.join's
 * {@code username} and {@code avatar} (a hash that is not one is dropped, never turned into a URL), and
 * member.update's {@code roles}. Other event types are {@link MemberEvent.NotHandled}.
 */
final class MemberEventMapper {

    static final String GUILD_JOIN = "guild.join";
    static final String GUILD_LEAVE = "guild.leave";
    static final String MEMBER_JOIN = "member.join";
    static final String MEMBER_LEAVE = "member.leave";
    static final String MEMBER_UPDATE = "member.update";
    private static final Pattern AVATAR_HASH = Pattern.compile("(a_)?[0-9a-f]{32}");
    private static final String AVATAR_URL = "https://cdn.discordapp.com/avatars/%s/%s.png";

    Decoded<MemberEvent> map(GatewayEnvelope envelope) {
        return switch (envelope.eventType()) {
            case GUILD_JOIN -> guild(envelope, (guild, at) -> text(envelope, "name").then(name ->
                    accepted(() -> new MemberEvent.GuildJoined(new JoinCommunityCommand(guild, name, at)))));
            case GUILD_LEAVE -> guild(envelope, (guild, at) -> unavailable(envelope).then(outage ->
                    accepted(() -> new MemberEvent.GuildLeft(new LeaveCommunityCommand(guild, outage, at)))));
            case MEMBER_JOIN -> member(envelope, (guild, user) -> username(envelope).then(username ->
                    accepted(() -> new MemberEvent.MemberJoined(new JoinMemberCommand(guild, user, username,
                            avatarUrl(envelope, user), envelope.timestamp())))));
            case MEMBER_LEAVE -> member(envelope, (guild, user) ->
                    accepted(() -> new MemberEvent.MemberLeft(new LeaveMemberCommand(guild, user, envelope.timestamp()))));
            case MEMBER_UPDATE -> member(envelope, (guild, user) -> roles(envelope).then(roles ->
                    accepted(() -> new MemberEvent.MemberUpdated(new RecordMemberRolesCommand(guild, user, roles,
                            envelope.timestamp())))));
            default -> Decoded.accepted(new MemberEvent.NotHandled(envelope.eventType()));
        };
    }

    private static Decoded<MemberEvent> guild(GatewayEnvelope envelope,
            BiFunction<CommunityId, Instant, Decoded<MemberEvent>> next) {
        return envelope.guildId()
                .map(guild -> next.apply(new CommunityId(guild), envelope.timestamp()))
                .orElseGet(() -> Decoded.poison("missing guild_id"));
    }

    private static Decoded<MemberEvent> member(GatewayEnvelope envelope,
            BiFunction<CommunityId, UserId, Decoded<MemberEvent>> next) {
        if (envelope.userId().isEmpty()) {
            return Decoded.poison("missing user_id");
        }
        return guild(envelope, (guild, at) -> next.apply(guild, new UserId(envelope.userId().get())));
    }

    /** Builds the event; a value the domain rejects (a guild name too long, …) is poison naming the field. */
    private static Decoded<MemberEvent> accepted(Supplier<MemberEvent> event) {
        try {
            return Decoded.accepted(event.get());
        } catch (InvalidFieldException rejected) {
            return Decoded.poison(rejected.getMessage());
        }
    }

    private static Decoded<Optional<String>> text(GatewayEnvelope envelope, String field) {
        JsonNode value = envelope.data().map(data -> data.get(field)).orElse(null);
        if (GatewayEnvelopeParser.absent(value)) {
            return Decoded.accepted(Optional.empty());
        }
        if (!value.isTextual()) {
            return Decoded.poison(field + " is not a string");
        }
        return Decoded.accepted(Optional.of(value.textValue()));
    }

    private static Decoded<Boolean> unavailable(GatewayEnvelope envelope) {
        JsonNode value = envelope.data().map(data -> data.get("unavailable")).orElse(null);
        if (GatewayEnvelopeParser.absent(value)) {
            return Decoded.accepted(false);
        }
        if (!value.isBoolean()) {
            return Decoded.poison("unavailable is not a boolean");
        }
        return Decoded.accepted(value.booleanValue());
    }

    private static Decoded<String> username(GatewayEnvelope envelope) {
        if (envelope.data().isEmpty()) {
            return Decoded.poison("missing data");
        }
        return text(envelope, "username").then(username -> username
                .<Decoded<String>>map(Decoded::accepted)
                .orElseGet(() -> Decoded.poison("missing username")));
    }

    private static Optional<String> avatarUrl(GatewayEnvelope envelope, UserId user) {
        return envelope.data()
                .map(data -> data.get("avatar"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::textValue)
                .filter(hash -> AVATAR_HASH.matcher(hash).matches())
                .map(hash -> AVATAR_URL.formatted(user.value(), hash));
    }

    private static Decoded<Set<String>> roles(GatewayEnvelope envelope) {
        if (envelope.data().isEmpty()) {
            return Decoded.poison("missing data");
        }
        ObjectNode data = envelope.data().get();
        JsonNode roles = data.get("roles");
        if (GatewayEnvelopeParser.absent(roles)) {
            return Decoded.poison("missing roles");
        }
        if (!roles.isArray()) {
            return Decoded.poison("roles is not an array");
        }
        if (roles.size() > RecordMemberRolesCommand.MAX_ROLES) {
            return Decoded.poison("more than " + RecordMemberRolesCommand.MAX_ROLES + " roles");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode role : roles) {
            if (!role.isTextual() || !Snowflake.isValid(role.textValue())) {
                return Decoded.poison("roles holds a value that is not a snowflake");
            }
            ids.add(role.textValue());
        }
        return Decoded.accepted(ids);
    }
}
