package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.BotRequest;
import dev.tiergate.application.port.in.member.RegisterMemberCommand;
import dev.tiergate.application.port.in.member.RegisterMemberUseCase;
import dev.tiergate.application.port.in.role.SyncRolesUseCase;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Role sync end to end: tier roles configured for a community, the member's roles reported by a
 * member.update over NATS, a score batch that promotes the member, then the sync against the fake
 * Discord: exactly one PUT of the new tier role and one DELETE of the old, with the audit reason, and
 * nothing more on the next run.
 */
class RoleSyncSystemIT {

    private static final String GUILD = "777777777777777005";
    private static final CommunityId COMMUNITY = new CommunityId(GUILD);
    private static final String MEMBER = "770000000000000501";
    private static final String NAIB_ROLE = "880000000000000001";
    private static final String HAJRA_ROLE = "880000000000000009";
    private static final String OTHER_ROLE = "880000000000000100";
    private static RunningTiergate tiergate;

    @BeforeAll
    static void start() throws Exception {
        tiergate = new RunningTiergate();
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
    }

    @Test
    void aPromotionSwapsTheTierRoleAtDiscordOnceAndASecondRunSendsNothing() throws Exception {
        tiergate.bean(RegisterMemberUseCase.class).registerMember(new RegisterMemberCommand(COMMUNITY,
                new UserId(MEMBER), "stilgar", Instant.parse("2026-01-01T00:00:00Z")));
        ServiceDatabase.execute("""
                INSERT INTO community_tiers (community_id, tier, role_id) VALUES (?, 'NAIB', ?), (?, 'HAJRA', ?)
                ON CONFLICT (community_id, tier) DO UPDATE SET role_id = EXCLUDED.role_id""",
                GUILD, NAIB_ROLE, GUILD, HAJRA_ROLE);
        tiergate.publish("events.member.update", GatewayMessage.event("member.update", GUILD, MEMBER,
                "{\"roles\":[\"%s\",\"%s\"]}".formatted(HAJRA_ROLE, OTHER_ROLE)));
        Eventually.await("roles recorded", () -> ServiceDatabase.count("SELECT count(*) FROM member_profiles WHERE community_id = '" + GUILD
                + "' AND discord_role_ids IS NOT NULL") == 1);
        tiergate.publish("eligibility.scores", GatewayMessage.scores(GUILD, Instant.now().toEpochMilli(),
                List.<String[]>of(new String[] {MEMBER, "100"})));
        Eventually.await("promoted to Naib", () -> tiergate.bean(LoadProfilesPort.class)
                .findProfile(COMMUNITY, new UserId(MEMBER)).map(p -> p.tier() == Tier.NAIB).orElse(false));

        SyncRolesUseCase sync = tiergate.bean(SyncRolesUseCase.class);
        sync.syncRoles();

        // The audit reason travels URL-encoded, as Discord requires.
        String member = "/api/v10/guilds/" + GUILD + "/members/" + MEMBER + "/roles/";
        assertThat(roleRequests()).extracting(BotRequest::method, BotRequest::path,
                r -> URLDecoder.decode(r.auditLogReason(), StandardCharsets.UTF_8),
                BotRequest::status).containsExactly(
                        tuple("PUT", member + NAIB_ROLE, "Tiergate: tier Naib", 204),
                        tuple("DELETE", member + HAJRA_ROLE, "Tiergate: tier Naib", 204));
        assertThat(tiergate.discord.rolesOf(COMMUNITY, new UserId(MEMBER))).containsExactly(NAIB_ROLE);

        assertThat(sync.syncRoles().applied()).isZero();
        assertThat(roleRequests()).as("a second run sends nothing").hasSize(2);
    }

    private static List<BotRequest> roleRequests() {
        return tiergate.discord.botRequests().stream().filter(r -> r.path().contains("/guilds/" + GUILD + "/")).toList();
    }
}
