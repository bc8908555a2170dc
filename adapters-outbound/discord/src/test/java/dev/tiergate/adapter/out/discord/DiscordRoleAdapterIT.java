package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.BotRequest;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.ScriptedAnswer;
import dev.tiergate.application.port.out.role.RoleChange;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.testing.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Adds and removes single roles over real loopback HTTP against the stand-in: routes, audit reason, every outcome, no token. */
@Timeout(20)
class DiscordRoleAdapterIT {

    private static final String TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.Gx9f2a.role-adapter-secret";
    private static final CommunityId GUILD = new CommunityId("200000000000000002");
    private static final UserId MEMBER = new UserId("300000000000000003");
    private static final String SPICE = "400000000000000004";
    private static final String SAND = "400000000000000005";

    private final CapturedLogs logs = new CapturedLogs();
    private final LocalDiscordStandIn discord = LocalDiscordStandIn.start(0);
    private final DiscordClientTelemetry telemetry = new DiscordClientTelemetry();
    private final BotRequestLane lane = new BotRequestLane(new DiscordApiSettings(discord.baseUrl(), Duration.ofSeconds(2)),
            new DiscordBotCredentials("100000000000000001", TOKEN), BotLaneSettings.DEFAULTS, telemetry);
    private final DiscordRoleAdapter roles = new DiscordRoleAdapter(lane);

    @AfterEach
    void stop() {
        lane.close();
        discord.close();
        logs.close();
        assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
    }

    @Test
    void addsThenRemovesOneRoleWithTheSingleRoleRoutes() {
        RoleChange added = roles.addRole(GUILD, MEMBER, SPICE, "Reached Spice");
        assertThat(discord.rolesOf(GUILD, MEMBER)).containsExactly(SPICE);

        RoleChange removed = roles.removeRole(GUILD, MEMBER, SPICE, "Fell to Sand");

        assertThat(added).isEqualTo(new RoleChange.Applied());
        assertThat(removed).isEqualTo(new RoleChange.Applied());
        assertThat(discord.rolesOf(GUILD, MEMBER)).isEmpty();
        String path = "/api/v10/guilds/" + GUILD.value() + "/members/" + MEMBER.value() + "/roles/" + SPICE;
        assertThat(discord.botRequests()).extracting(BotRequest::method, BotRequest::path, BotRequest::status)
                .containsExactly(tuple("PUT", path, 204),
                        tuple("DELETE", path, 204));
    }

    @Test
    void addingLeavesTheMembersOtherRolesAlone() {
        roles.addRole(GUILD, MEMBER, SAND, "Reached Sand");

        roles.addRole(GUILD, MEMBER, SPICE, "Reached Spice");

        assertThat(discord.rolesOf(GUILD, MEMBER)).containsExactlyInAnyOrder(SAND, SPICE);
    }

    @Test
    void theAuditLogReasonArrivesPercentEncodedAndOnOneLine() {
        String reason = "Tier change: Sand → Spice (50% rule)\nby Tiergate";

        roles.addRole(GUILD, MEMBER, SPICE, reason);

        String header = discord.botRequests().getFirst().auditLogReason();
        assertThat(header).isEqualTo("Tier%20change%3A%20Sand%20%E2%86%92%20Spice%20%2850%25%20rule%29%20by%20Tiergate");
        assertThat(URLDecoder.decode(header, StandardCharsets.UTF_8))
                .isEqualTo("Tier change: Sand → Spice (50% rule) by Tiergate");
    }

    @Test
    void aLongAuditLogReasonIsCutTo512Characters() {
        roles.addRole(GUILD, MEMBER, SPICE, "é".repeat(700));

        String decoded = URLDecoder.decode(discord.botRequests().getFirst().auditLogReason(), StandardCharsets.UTF_8);
        assertThat(decoded).hasSize(512).startsWith("éé").endsWith(DiscordText.ELLIPSIS);
    }

    @Test
    void withoutAReasonNoAuditLogHeaderIsSent() {
        roles.addRole(GUILD, MEMBER, SPICE, " ");

        assertThat(discord.botRequests().getFirst().auditLogReason()).isNull();
    }

    @Test
    void aRoleAboveTheBotIsForbiddenSentOnceAndCountedAsInvalid() {
        discord.refuseRole(SPICE);

        RoleChange change = roles.addRole(GUILD, MEMBER, SPICE, "Reached Spice");

        assertThat(change).isEqualTo(new RoleChange.Forbidden("HTTP 403, code 50013: Missing Permissions"));
        assertThat(change.retryable()).isFalse();
        assertThat(discord.botRequests()).hasSize(1);
        assertThat(discord.rolesOf(GUILD, MEMBER)).isEmpty();
        assertThat(telemetry.invalidRequests()).isEqualTo(1);
        assertThat(logs.lines()).anyMatch(line -> line.contains("forbade adding role " + SPICE)
                && line.contains("above the bot's highest role"));
    }

    @Test
    void aMemberOrRoleThatIsGoneIsNotFound() {
        discord.script("PUT /guilds/.*", 1, ScriptedAnswer.error(404, 10007, "Unknown Member"));
        discord.script("DELETE /guilds/.*", 1, ScriptedAnswer.error(404, 10011, "Unknown Role"));

        assertThat(roles.addRole(GUILD, MEMBER, SPICE, "r"))
                .isEqualTo(new RoleChange.NotFound("HTTP 404, code 10007: Unknown Member"));
        assertThat(roles.removeRole(GUILD, MEMBER, SPICE, "r"))
                .isEqualTo(new RoleChange.NotFound("HTTP 404, code 10011: Unknown Role"));
        assertThat(discord.botRequests()).hasSize(2);
    }

    @Test
    void aDiscordFailureIsUnavailableAndRetryableLater() {
        discord.script("PUT /guilds/.*", 1, new ScriptedAnswer(502, "<html>Bad gateway</html>", Map.of()));

        RoleChange change = roles.addRole(GUILD, MEMBER, SPICE, "r");

        assertThat(change).isEqualTo(new RoleChange.Unavailable("Discord failed (HTTP 502)"));
        assertThat(change.retryable()).isTrue();
        assertThat(discord.botRequests()).hasSize(1);
    }

    @Test
    void anotherRefusalIsRejectedWithoutRetry() {
        discord.script("PUT /guilds/.*", 1, ScriptedAnswer.error(400, 50035, "Invalid Form Body"));

        assertThat(roles.addRole(GUILD, MEMBER, SPICE, "r"))
                .isEqualTo(new RoleChange.Rejected(400, "HTTP 400, code 50035: Invalid Form Body"));
        assertThat(discord.botRequests()).hasSize(1);
    }

    @Test
    void aRoleIdThatIsNotASnowflakeIsABug() {
        assertThatThrownBy(() -> roles.addRole(GUILD, MEMBER, "../../channels/1", "r"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(discord.botRequests()).isEmpty();
    }

    @Test
    void anUnreachableDiscordIsUnavailable() throws IOException {
        int closedPort = FreePort.onLoopback("nothing listening");
        URI base = URI.create("http://127.0.0.1:" + closedPort + "/api/v10");
        try (var unreachable = new BotRequestLane(new DiscordApiSettings(base, Duration.ofSeconds(1)),
                new DiscordBotCredentials("100000000000000001", TOKEN), BotLaneSettings.DEFAULTS)) {
            RoleChange change = new DiscordRoleAdapter(unreachable).addRole(GUILD, MEMBER, SPICE, "r");

            assertThat(change).isInstanceOf(RoleChange.Unavailable.class);
            assertThat(((RoleChange.Unavailable) change).reason()).contains("transport failure");
            assertThat(change.toString()).doesNotContain(TOKEN);
        }
    }
}
