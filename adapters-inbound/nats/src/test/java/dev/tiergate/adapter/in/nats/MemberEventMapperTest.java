package dev.tiergate.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.community.JoinCommunityCommand;
import dev.tiergate.application.port.in.community.LeaveCommunityCommand;
import dev.tiergate.application.port.in.member.JoinMemberCommand;
import dev.tiergate.application.port.in.member.LeaveMemberCommand;
import dev.tiergate.application.port.in.member.RecordMemberRolesCommand;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lifecycle mapper on every lifecycle fixture of the reference gateway, and on what it must refuse. */
class MemberEventMapperTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final UserId USER = new UserId("987654321098765432");
    private static final Instant AT = Instant.ofEpochMilli(1_700_000_000_000L);
    private static final String AVATAR_HASH = "a_0123456789abcdef0123456789abcdef";

    private final GatewayEnvelopeParser parser = new GatewayEnvelopeParser();
    private final MemberEventMapper mapper = new MemberEventMapper();

    @Test
    void guildJoinFixtureCreatesTheCommunityUnderTheGuildsName() throws IOException {
        assertThat(accepted(fixture("guild-join.json"))).isEqualTo(new MemberEvent.GuildJoined(
                new JoinCommunityCommand(GUILD, Optional.of("Test Guild"), AT)));
    }

    @Test
    void guildLeaveFixtureIsARemovalNotAnOutage() throws IOException {
        assertThat(accepted(fixture("guild-leave.json"))).isEqualTo(new MemberEvent.GuildLeft(
                new LeaveCommunityCommand(GUILD, false, AT)));
    }

    @Test
    void memberJoinFixtureWithANumericDiscriminatorAndNoAvatarJoinsUnderItsUsername() throws IOException {
        assertThat(accepted(fixture("member-join.json"))).isEqualTo(new MemberEvent.MemberJoined(
                new JoinMemberCommand(GUILD, USER, "testuser", Optional.empty(), AT)));
    }

    @Test
    void memberLeaveFixtureWithNullDataLeaves() throws IOException {
        assertThat(accepted(fixture("member-leave.json"))).isEqualTo(new MemberEvent.MemberLeft(
                new LeaveMemberCommand(GUILD, USER, AT)));
    }

    @Test
    void memberUpdateFixtureRecordsTheRolesAndIgnoresTheNick() throws IOException {
        assertThat(accepted(fixture("member-update.json"))).isEqualTo(new MemberEvent.MemberUpdated(
                new RecordMemberRolesCommand(GUILD, USER, Set.of("111111111111111111", "222222222222222222"), AT)));
    }

    @Test
    void anAvatarHashBecomesItsCdnUrlAndAnythingElseIsDropped() {
        String withAvatar = envelope("member.join", "{\"username\": \"chani\", \"discriminator\": \"0\","
                + " \"global_name\": \"Chani\", \"avatar\": \"" + AVATAR_HASH + "\", \"banner\": null}");
        assertThat(accepted(withAvatar)).isEqualTo(new MemberEvent.MemberJoined(new JoinMemberCommand(GUILD, USER,
                "chani", Optional.of("https://cdn.discordapp.com/avatars/" + USER.value() + "/" + AVATAR_HASH + ".png"),
                AT)));

        for (String avatar : new String[] {"\"../../evil\"", "42", "null", "\"ABCDEF0123456789abcdef0123456789\""}) {
            assertThat(accepted(envelope("member.join", "{\"username\": \"chani\", \"avatar\": " + avatar + "}")))
                    .as(avatar).isEqualTo(new MemberEvent.MemberJoined(new JoinMemberCommand(GUILD, USER, "chani",
                            Optional.empty(), AT)));
        }
    }

    @Test
    void anOutageIsReadAsSuch() {
        assertThat(accepted(envelope("guild.leave", "{\"unavailable\": true}")))
                .isEqualTo(new MemberEvent.GuildLeft(new LeaveCommunityCommand(GUILD, true, AT)));
        assertThat(accepted(envelope("guild.leave", "null")))
                .isEqualTo(new MemberEvent.GuildLeft(new LeaveCommunityCommand(GUILD, false, AT)));
    }

    @Test
    void anEventTypeTheLifecycleDoesNotActOnIsAcknowledgedAsIs() {
        assertThat(accepted(envelope("guild.update", "{\"name\": \"Renamed\"}")))
                .isEqualTo(new MemberEvent.NotHandled("guild.update"));
        assertThat(accepted(envelope("member.ban", "null"))).isEqualTo(new MemberEvent.NotHandled("member.ban"));
    }

    @Test
    void missingOrIllTypedFieldsArePoisonNamingTheField() {
        assertThat(poison(envelope("member.join", "{\"discriminator\": 0}"))).isEqualTo("missing username");
        assertThat(poison(envelope("member.join", "{\"username\": 7}"))).isEqualTo("username is not a string");
        assertThat(poison(envelope("member.join", "null"))).isEqualTo("missing data");
        assertThat(poison(envelope("guild.leave", "{\"unavailable\": \"yes\"}")))
                .isEqualTo("unavailable is not a boolean");
        assertThat(poison(envelope("guild.join", "{\"name\": [\"x\"]}"))).isEqualTo("name is not a string");
        assertThat(poison(envelope("guild.join", "{\"name\": \"" + "x".repeat(101) + "\"}")))
                .isEqualTo("name: must be at most 100 characters");
        assertThat(poison(envelope("member.update", "{\"nick\": \"n\"}"))).isEqualTo("missing roles");
        assertThat(poison(envelope("member.update", "{\"roles\": \"111111111111111111\"}")))
                .isEqualTo("roles is not an array");
        assertThat(poison(envelope("member.update", "{\"roles\": [\"@everyone\"]}")))
                .isEqualTo("roles holds a value that is not a snowflake");
        assertThat(poison(envelope("member.update", "{\"roles\": [111111111111111111]}")))
                .isEqualTo("roles holds a value that is not a snowflake");
    }

    @Test
    void everyLifecycleEventNeedsItsGuildAndMemberEventsTheirUser() {
        assertThat(poison(envelope("guild.join", "null").replace("\"123456789012345678\"", "null")))
                .isEqualTo("missing guild_id");
        assertThat(poison(envelope("member.leave", "null").replace("\"987654321098765432\"", "null")))
                .isEqualTo("missing user_id");
    }

    private MemberEvent accepted(String body) {
        return switch (parser.parse(body.getBytes(StandardCharsets.UTF_8)).then(mapper::map)) {
            case Decoded.Accepted<MemberEvent>(MemberEvent event) -> event;
            case Decoded.Poison<MemberEvent>(String reason) -> throw new AssertionError(reason);
        };
    }

    private String poison(String body) {
        return switch (parser.parse(body.getBytes(StandardCharsets.UTF_8)).then(mapper::map)) {
            case Decoded.Accepted<MemberEvent>(MemberEvent event) -> throw new AssertionError("accepted " + event);
            case Decoded.Poison<MemberEvent>(String reason) -> reason;
        };
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(MemberEventMapperTest.class.getResourceAsStream(
                "/fixtures/gateway/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A lifecycle envelope in the fixtures' guild, about the fixtures' member, at the fixtures' time. */
    static String envelope(String type, String data) {
        return "{\"event_id\": \"00000000-0000-4000-8000-000000000009\", \"event_type\": \"" + type + "\","
                + " \"shard_id\": 0, \"timestamp\": 1700000000000, \"guild_id\": \"123456789012345678\","
                + " \"channel_id\": null, \"user_id\": \"987654321098765432\", \"data\": " + data + "}";
    }
}
