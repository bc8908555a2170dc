package dev.tiergate.application.service.role;

import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.role.MemberRolesPort;
import dev.tiergate.application.port.out.role.RoleChange;
import dev.tiergate.application.port.out.rolesync.LoadRoleMismatchesPort;
import dev.tiergate.application.port.out.rolesync.MemberTierRoles;
import dev.tiergate.application.port.out.rolesync.RecordTierRolePort;
import dev.tiergate.application.port.out.rolesync.RoleSyncFailuresPort;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.role.RolePlan;
import dev.tiergate.domain.role.RoleSyncFailure;
import dev.tiergate.domain.role.TierRoles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One bounded pass over a community's mismatched members: each change goes to Discord one role at a
 * time and, once applied, into the recorded roles; final refusals are recorded (and a forbidden role is
 * not tried again in the same pass); a rate limit or outage ends the pass, a refused token ends the run.
 */
final class CommunityRoleSync {

    static final int PAGE = 100;

    /** Why a pass ended. */
    enum End {
        /** No mismatched member is left (standing failures aside). */
        DONE,
        /** The pass used its budget; members remain. */
        BUDGET_SPENT,
        /** Discord rate-limited or failed: the community waits for the next run. */
        DEFERRED,
        /** Discord refused the bot token: nothing more can be done. */
        HALTED
    }

    /** What a pass did. */
    record Pass(int applied, int failed, End end) {
    }

    private final LoadRoleMismatchesPort mismatches;
    private final RecordTierRolePort recorded;
    private final RoleSyncFailuresPort failures;
    private final MemberRolesPort discord;
    private final Clock clock;

    CommunityRoleSync(LoadRoleMismatchesPort mismatches, RecordTierRolePort recorded, RoleSyncFailuresPort failures,
            MemberRolesPort discord, Clock clock) {
        this.mismatches = mismatches;
        this.recorded = recorded;
        this.failures = failures;
        this.discord = discord;
        this.clock = clock;
    }

    /** The tier roles of an active community where at least one tier grants a role. */
    static Optional<TierRoles> tierRoles(LoadCommunityPort communities, CommunityId id) {
        return communities.loadCommunity(id).filter(Community::active)
                .map(community -> TierRoles.of(community.config().tierRoleIds()))
                .filter(roles -> !roles.isEmpty());
    }

    Pass run(CommunityId community, TierRoles roles, int budget) {
        int applied = 0;
        int failed = 0;
        Set<String> forbidden = new HashSet<>();
        Optional<UserId> after = Optional.empty();
        while (true) {
            int limit = Math.min(PAGE, budget - applied - failed);
            if (limit <= 0) {
                return new Pass(applied, failed, End.BUDGET_SPENT);
            }
            List<MemberTierRoles> page = mismatches.mismatchedMembers(community, after, limit, false);
            for (MemberTierRoles member : page) {
                after = Optional.of(member.member());
                RolePlan plan = roles.planFor(member.tier(), member.heldRoleIds())
                        .without(member.standingFailures()).without(forbidden);
                String reason = TierRoles.auditReason(member.tier());
                for (Change change : changes(plan)) {
                    if (applied + failed >= budget) {
                        return new Pass(applied, failed, End.BUDGET_SPENT);
                    }
                    RoleChange outcome = change.add()
                            ? discord.addRole(community, member.member(), change.roleId(), reason)
                            : discord.removeRole(community, member.member(), change.roleId(), reason);
                    switch (outcome) {
                        case RoleChange.Applied done -> {
                            record(community, member.member(), change);
                            applied++;
                        }
                        case RoleChange.Forbidden refusal -> {
                            fail(community, member.member(), change, RoleSyncFailure.Reason.FORBIDDEN, refusal.detail());
                            forbidden.add(change.roleId());
                            failed++;
                        }
                        case RoleChange.NotFound missing -> {
                            fail(community, member.member(), change, RoleSyncFailure.Reason.NOT_FOUND, missing.detail());
                            failed++;
                        }
                        case RoleChange.Rejected rejected -> {
                            fail(community, member.member(), change, RoleSyncFailure.Reason.REJECTED,
                                    rejected.status() + " " + rejected.detail());
                            failed++;
                        }
                        case RoleChange.RateLimited limited -> {
                            return new Pass(applied, failed, End.DEFERRED);
                        }
                        case RoleChange.Unavailable unavailable -> {
                            return new Pass(applied, failed, End.DEFERRED);
                        }
                        case RoleChange.Unauthorized unauthorized -> {
                            return new Pass(applied, failed, End.HALTED);
                        }
                    }
                }
            }
            if (page.size() < limit) {
                return new Pass(applied, failed, End.DONE);
            }
        }
    }

    private record Change(boolean add, String roleId) {
    }

    /** The addition first (a member is never left without a tier role it should have), then removals. */
    private static List<Change> changes(RolePlan plan) {
        List<Change> changes = new ArrayList<>();
        plan.add().ifPresent(role -> changes.add(new Change(true, role)));
        plan.remove().stream().sorted().forEach(role -> changes.add(new Change(false, role)));
        return changes;
    }

    private void record(CommunityId community, UserId member, Change change) {
        if (change.add()) {
            recorded.recordRoleAdded(community, member, change.roleId());
        } else {
            recorded.recordRoleRemoved(community, member, change.roleId());
        }
    }

    private void fail(CommunityId community, UserId member, Change change, RoleSyncFailure.Reason reason,
            String detail) {
        failures.recordFailure(new RoleSyncFailure(community, member, change.roleId(), reason, detail,
                clock.instant()));
    }
}
