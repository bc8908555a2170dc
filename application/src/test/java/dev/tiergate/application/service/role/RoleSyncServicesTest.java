package dev.tiergate.application.service.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tiergate.application.port.in.role.ResyncRolesCommand;
import dev.tiergate.application.port.in.role.RoleResync;
import dev.tiergate.application.port.in.role.RoleSyncFailuresQuery;
import dev.tiergate.application.port.in.role.RoleSyncReport;
import dev.tiergate.application.port.out.role.RoleChange;
import dev.tiergate.application.service.role.InMemoryRoleSync.Call;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.role.RoleRemovalLimit;
import dev.tiergate.domain.role.RoleSyncFailure;
import dev.tiergate.domain.role.TierRoles;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleSyncServicesTest {

    private static final CommunityId GUILD = new CommunityId("700000000000000001");
    private static final String FEDAYKIN = "100000000000000002";
    private static final String HAJRA = "100000000000000009";
    private static final String OTHER = "900000000000000001";
    private static final Map<Tier, String> ROLE_IDS = Map.of(Tier.FEDAYKIN, FEDAYKIN, Tier.HAJRA, HAJRA);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);

    private final InMemoryRoleSync store = new InMemoryRoleSync(GUILD, TierRoles.of(ROLE_IDS));
    private final Community community = new Community(GUILD, "Sietch", true, new CommunityConfig(
            CommunityConfig.DEFAULTS.tierLadder(), CommunityConfig.DEFAULTS.naibCouncil(),
            CommunityConfig.DEFAULTS.rankBands(), CommunityConfig.DEFAULTS.demotionGrace(),
            CommunityConfig.DEFAULTS.badgeCatalog(), ROLE_IDS, Set.of(), Optional.empty(),
            CommunityConfig.DEFAULTS.activityRules()));
    private final SyncRolesService sync = new SyncRolesService(id -> Optional.of(community), store, store, store,
            store, RoleRemovalLimit.DEFAULT, CLOCK);
    private final ResyncRolesService resync = new ResyncRolesService(id -> Optional.of(community), store, store,
            store, store, RoleRemovalLimit.DEFAULT, CLOCK);

    private static UserId user(int n) {
        return new UserId(Long.toString(800_000_000_000_000_000L + n));
    }

    @Test
    void aPromotedMemberGetsTheNewRoleThenLosesTheOldAndASecondRunCallsDiscordNoMore() {
        store.member(user(1), Tier.FEDAYKIN, Set.of(HAJRA, OTHER));

        assertThat(sync.syncRoles()).isEqualTo(new RoleSyncReport(2, 0, 0, false));
        assertThat(sync.syncRoles()).isEqualTo(new RoleSyncReport(0, 0, 0, false));

        assertThat(store.calls).containsExactly(
                new Call("PUT", user(1), FEDAYKIN, "Tiergate: tier Fedaykin"),
                new Call("DELETE", user(1), HAJRA, "Tiergate: tier Fedaykin"));
        assertThat(store.members.get(user(1)).roles).containsExactlyInAnyOrder(FEDAYKIN, OTHER);
    }

    @Test
    void aForbiddenRoleIsRecordedAndNotRetriedUntilTheMembersRolesAreRecordedAnew() {
        store.member(user(1), Tier.FEDAYKIN, Set.of());
        store.member(user(2), Tier.FEDAYKIN, Set.of());
        store.answers.put(FEDAYKIN, new RoleChange.Forbidden("Missing Permissions"));

        assertThat(sync.syncRoles()).isEqualTo(new RoleSyncReport(0, 1, 0, false));
        assertThat(store.calls).as("the forbidden role is not tried on a second member in the same run").hasSize(1);
        sync.syncRoles();
        assertThat(store.calls).as("the second member is tried on the next run").hasSize(2);
        assertThat(sync.syncRoles()).isEqualTo(new RoleSyncReport(0, 0, 0, false));
        assertThat(store.calls).as("standing failures are not retried").hasSize(2);
        assertThat(new ListRoleSyncFailuresService(store).listRoleSyncFailures(
                new RoleSyncFailuresQuery(GUILD, new PageLimit(10))))
                .extracting(RoleSyncFailure::member, RoleSyncFailure::reason)
                .containsExactly(tuple(user(1), RoleSyncFailure.Reason.FORBIDDEN),
                        tuple(user(2), RoleSyncFailure.Reason.FORBIDDEN));

        store.updateRoles(user(1), Set.of(OTHER));
        store.answers.remove(FEDAYKIN);
        assertThat(sync.syncRoles()).isEqualTo(new RoleSyncReport(1, 0, 0, false));
        assertThat(store.calls.getLast()).isEqualTo(new Call("PUT", user(1), FEDAYKIN, "Tiergate: tier Fedaykin"));
    }

    @Test
    void aRateLimitStopsTheCommunityAndTheNextRunContinues() {
        store.member(user(1), Tier.HAJRA, Set.of());
        store.member(user(2), Tier.FEDAYKIN, Set.of());
        store.member(user(3), Tier.HAJRA, Set.of());
        store.answers.put(FEDAYKIN, new RoleChange.RateLimited(Duration.ofSeconds(5)));

        assertThat(sync.syncRoles()).isEqualTo(new RoleSyncReport(1, 0, 1, false));
        assertThat(store.calls).extracting(Call::member).containsExactly(user(1), user(2));

        store.answers.remove(FEDAYKIN);
        assertThat(sync.syncRoles()).isEqualTo(new RoleSyncReport(2, 0, 0, false));
        assertThat(store.members.values()).allMatch(m -> m.roles.size() == 1);
    }

    @Test
    void aRefusedTokenHaltsTheRun() {
        store.member(user(1), Tier.HAJRA, Set.of());
        store.member(user(2), Tier.HAJRA, Set.of());
        store.answers.put(HAJRA, new RoleChange.Unauthorized());

        assertThat(sync.syncRoles().halted()).isTrue();
        assertThat(store.calls).hasSize(1);
    }

    @Test
    void aDryRunReportsThePlanAndChangesNothing() {
        demoteElevenOfHundred();

        assertThat(resync.resyncRoles(new ResyncRolesCommand(GUILD, ResyncRolesCommand.Mode.DRY_RUN)))
                .isEqualTo(new RoleResync.Planned(1, 11, 11, 100));
        assertThat(store.calls).isEmpty();
    }

    @Test
    void applyingRefusesWhenMoreThanTenPercentWouldLoseRolesAndAConfirmedApplyProceeds() {
        demoteElevenOfHundred();

        assertThat(resync.resyncRoles(new ResyncRolesCommand(GUILD, ResyncRolesCommand.Mode.APPLY)))
                .isEqualTo(new RoleResync.Refused(11, 100, 10));
        assertThat(store.calls).isEmpty();

        assertThat(resync.resyncRoles(new ResyncRolesCommand(GUILD, ResyncRolesCommand.Mode.APPLY_CONFIRMED)))
                .isEqualTo(new RoleResync.Applied(12, 0, true));
        assertThat(store.calls).hasSize(12);
    }

    @Test
    void applyingBelowTheLimitProceedsAndRetriesStandingFailures() {
        store.member(user(1), Tier.FEDAYKIN, Set.of());
        for (int n = 2; n <= 10; n++) {
            store.member(user(n), Tier.HAJRA, Set.of(HAJRA));
        }
        store.answers.put(FEDAYKIN, new RoleChange.Forbidden("Missing Permissions"));
        sync.syncRoles();
        store.answers.remove(FEDAYKIN);

        assertThat(resync.resyncRoles(new ResyncRolesCommand(GUILD, ResyncRolesCommand.Mode.APPLY)))
                .isEqualTo(new RoleResync.Applied(1, 0, true));
        assertThat(store.members.get(user(1)).roles).containsExactly(FEDAYKIN);
    }

    @Test
    void theBackgroundSyncNeverRemovesBeyondTheLimitItWaitsForAConfirmedResync() {
        demoteElevenOfHundred();

        assertThat(sync.syncRoles().communitiesDeferred()).isEqualTo(1);
        assertThat(store.calls).isEmpty();

        resync.resyncRoles(new ResyncRolesCommand(GUILD, ResyncRolesCommand.Mode.APPLY_CONFIRMED));
        store.calls.clear();
        assertThat(sync.syncRoles().communitiesDeferred()).isZero();
        assertThat(store.calls).isEmpty();
    }

    /** 100 members: 11 hold the Hajra role but have no tier any more, one Fedaykin lacks its role. */
    private void demoteElevenOfHundred() {
        for (int n = 1; n <= 100; n++) {
            if (n == 12) {
                store.member(user(n), Tier.FEDAYKIN, Set.of());
            } else {
                store.member(user(n), n <= 11 ? Tier.NONE : Tier.HAJRA, Set.of(HAJRA));
            }
        }
    }
}
