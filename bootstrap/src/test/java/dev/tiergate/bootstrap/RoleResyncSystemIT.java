package dev.tiergate.bootstrap;

import static dev.tiergate.bootstrap.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.BotRequest;
import dev.tiergate.application.port.in.role.ResyncRolesCommand.Mode;
import dev.tiergate.application.port.in.role.ResyncRolesCommand;
import dev.tiergate.application.port.in.role.ResyncRolesUseCase;
import dev.tiergate.application.port.in.role.RoleResync;
import dev.tiergate.application.port.in.role.SyncRolesUseCase;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An admin's full role re-sync end to end: ten ranked members whose roles, reported by member.update
 * over NATS, would lose a tier role for six of them. The dry run plans without a call to the fake
 * Discord, applying unconfirmed is refused, the background sync waits for the confirmation, and the
 * confirmed re-sync makes exactly the planned calls, after which the background sync has nothing to do.
 */
class RoleResyncSystemIT {

    private static final String GUILD = "777777777777777006";
    private static final CommunityId COMMUNITY = new CommunityId(GUILD);
    private static final int MEMBERS = 10;
    private static final int SEATED = 7;
    private static final int STRIPPED = 6;
    private static final String NAIB_ROLE = "880000000000000201";
    private static final String FEDAYKIN_ROLE = "880000000000000202";
    private static final String HAJRA_ROLE = "880000000000000209";
    private static final String OTHER_ROLE = "880000000000000300";
    private static RunningTiergate tiergate;

    private static String user(int n) {
        return Long.toString(770_000_000_000_000_600L + n);
    }

    /**
     * Members 1–7 hold the Naib seats, 8–10 are Fedaykin. Members 1–6 hold the Hajra role (and a role no
     * tier grants), member 7 already holds the Naib role, members 8–10 hold no role.
     */
    @BeforeAll
    static void startWithTenMembersWhoseRolesAreMostlyWrong() throws Exception {
        tiergate = new RunningTiergate();
        RankedCommunity.seed(tiergate, GUILD, MEMBERS, RoleResyncSystemIT::user, n -> Integer.toString(1500 - 30 * n));
        ServiceDatabase.execute("""
                INSERT INTO community_tiers (community_id, tier, role_id)
                VALUES (?, 'NAIB', ?), (?, 'FEDAYKIN', ?), (?, 'HAJRA', ?)
                ON CONFLICT (community_id, tier) DO UPDATE SET role_id = EXCLUDED.role_id""",
                GUILD, NAIB_ROLE, GUILD, FEDAYKIN_ROLE, GUILD, HAJRA_ROLE);
        for (int n = 1; n <= MEMBERS; n++) {
            String roles = n <= STRIPPED ? "\"%s\",\"%s\"".formatted(HAJRA_ROLE, OTHER_ROLE)
                    : n == SEATED ? "\"" + NAIB_ROLE + "\"" : "";
            tiergate.publish("events.member.update", GatewayMessage.event("member.update", GUILD, user(n),
                    "{\"roles\":[" + roles + "]}"));
        }
        Eventually.await("every member's roles recorded", () -> count("SELECT count(*) FROM member_profiles"
                + " WHERE community_id = ? AND discord_role_ids IS NOT NULL", GUILD) == MEMBERS);
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
    }

    /** The same re-sync as an admin in Discord sees it: a preview, then a refusal; no role changes either way. */
    private static void previewAndRefusalInDiscord() throws Exception {
        JsonNode preview = askAsAdmin("\"command_name\":\"admin-roles\",\"subcommand\":\"resync\"");
        JsonNode refused = askAsAdmin("\"command_name\":\"admin-roles\",\"subcommand\":\"resync\","
                + "\"options\":{\"mode\":\"apply\"}");

        assertThat(DiscordAnswers.title(preview)).isEqualTo("Role re-sync preview");
        assertThat(preview.at("/data/embeds/0/description").asText()).startsWith("Nothing was changed.")
                .contains("taking tier roles from " + STRIPPED + " of " + MEMBERS + " members");
        assertThat(DiscordAnswers.title(refused)).isEqualTo("Role re-sync refused");
        assertThat(roleRequests()).as("neither calls Discord's role endpoints").isEmpty();
    }

    private static JsonNode askAsAdmin(String routing) throws Exception {
        GatewayMessage command = GatewayMessage.interaction(GUILD, user(1), routing + ",\"member_permissions\":\"8\"");
        tiergate.publish("commands.interaction", command);
        return DiscordAnswers.body(DiscordAnswers.answerTo(tiergate, command));
    }

    @Test
    void removalsBeyondTheLimitArePlannedRefusedAndHeldBackUntilAnAdminConfirms() throws Exception {
        previewAndRefusalInDiscord();
        ResyncRolesUseCase resync = tiergate.bean(ResyncRolesUseCase.class);
        SyncRolesUseCase sync = tiergate.bean(SyncRolesUseCase.class);

        assertThat(resync.resyncRoles(new ResyncRolesCommand(COMMUNITY, Mode.DRY_RUN)))
                .isEqualTo(new RoleResync.Planned(STRIPPED + MEMBERS - SEATED, STRIPPED, STRIPPED, MEMBERS));
        assertThat(roleRequests()).as("a dry run calls Discord not at all").isEmpty();

        assertThat(resync.resyncRoles(new ResyncRolesCommand(COMMUNITY, Mode.APPLY)))
                .isEqualTo(new RoleResync.Refused(STRIPPED, MEMBERS, 10));
        assertThat(sync.syncRoles().communitiesDeferred()).as("the community waits for a confirmation")
                .isPositive();
        assertThat(roleRequests()).as("neither the refusal nor the background sync calls Discord").isEmpty();

        assertThat(resync.resyncRoles(new ResyncRolesCommand(COMMUNITY, Mode.APPLY_CONFIRMED)))
                .isEqualTo(new RoleResync.Applied(2 * STRIPPED + MEMBERS - SEATED, 0, true));
        assertThat(roleRequests()).extracting(BotRequest::method, BotRequest::path, BotRequest::status)
                .containsExactly(expectedCalls());
        for (int n = 1; n <= MEMBERS; n++) {
            assertThat(tiergate.discord.rolesOf(COMMUNITY, new UserId(user(n)))).as("roles of member " + n)
                    .containsExactlyElementsOf(n <= STRIPPED ? List.of(NAIB_ROLE)
                            : n == SEATED ? List.of() : List.of(FEDAYKIN_ROLE));
        }

        assertThat(sync.syncRoles().applied()).isZero();
        assertThat(roleRequests()).as("the background sync finds nothing left").hasSize(2 * STRIPPED + MEMBERS - SEATED);
    }

    /** Member by member, the new tier role first, then the removal of the wrong one. */
    private static Tuple[] expectedCalls() {
        List<Tuple> calls = new ArrayList<>();
        for (int n = 1; n <= MEMBERS; n++) {
            String member = "/api/v10/guilds/" + GUILD + "/members/" + user(n) + "/roles/";
            if (n <= STRIPPED) {
                calls.add(tuple("PUT", member + NAIB_ROLE, 204));
                calls.add(tuple("DELETE", member + HAJRA_ROLE, 204));
            } else if (n > SEATED) {
                calls.add(tuple("PUT", member + FEDAYKIN_ROLE, 204));
            }
        }
        return calls.toArray(Tuple[]::new);
    }

    private static List<BotRequest> roleRequests() {
        return tiergate.discord.botRequests().stream().filter(r -> r.path().contains("/guilds/" + GUILD + "/")).toList();
    }
}
