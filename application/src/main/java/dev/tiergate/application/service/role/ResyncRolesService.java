package dev.tiergate.application.service.role;

import dev.tiergate.application.port.in.role.ResyncRolesCommand;
import dev.tiergate.application.port.in.role.ResyncRolesUseCase;
import dev.tiergate.application.port.in.role.RoleResync;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.role.MemberRolesPort;
import dev.tiergate.application.port.out.rolesync.LoadRoleMismatchesPort;
import dev.tiergate.application.port.out.rolesync.MemberTierRoles;
import dev.tiergate.application.port.out.rolesync.RecordTierRolePort;
import dev.tiergate.application.port.out.rolesync.RoleRemovals;
import dev.tiergate.application.port.out.rolesync.RoleSyncFailuresPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.role.RolePlan;
import dev.tiergate.domain.role.RoleRemovalLimit;
import dev.tiergate.domain.role.TierRoles;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * An admin's full re-sync of one community. A dry run plans over every mismatched member, refused
 * changes included, and changes nothing. Applying forgets the community's recorded refusals (so they
 * are tried again) and runs one pass of at most {@link #MAX_CHANGES} changes; the background sync
 * continues whatever remains. APPLY refuses while more members than the removal limit would lose roles.
 */
public final class ResyncRolesService implements ResyncRolesUseCase {

    static final int MAX_CHANGES = 500;

    private final LoadCommunityPort communities;
    private final LoadRoleMismatchesPort mismatches;
    private final RoleSyncFailuresPort failures;
    private final RoleRemovalLimit limit;
    private final CommunityRoleSync sync;

    public ResyncRolesService(LoadCommunityPort communities, LoadRoleMismatchesPort mismatches,
            RecordTierRolePort recorded, RoleSyncFailuresPort failures, MemberRolesPort discord,
            RoleRemovalLimit limit, Clock clock) {
        this.communities = communities;
        this.mismatches = mismatches;
        this.failures = failures;
        this.limit = limit;
        this.sync = new CommunityRoleSync(mismatches, recorded, failures, discord, clock);
    }

    @Override
    public RoleResync resyncRoles(ResyncRolesCommand command) {
        CommunityId id = command.community();
        Optional<TierRoles> roles = CommunityRoleSync.tierRoles(communities, id);
        if (roles.isEmpty()) {
            return new RoleResync.NothingToSync();
        }
        return switch (command.mode()) {
            case DRY_RUN -> plan(id, roles.get());
            case APPLY -> {
                RoleRemovals removals = mismatches.countRemovals(id);
                yield limit.requiresConfirmation(removals.membersLosingRoles(), removals.membersWithRecordedRoles())
                        ? new RoleResync.Refused(removals.membersLosingRoles(), removals.membersWithRecordedRoles(),
                                limit.percent())
                        : apply(id, roles.get());
            }
            case APPLY_CONFIRMED -> apply(id, roles.get());
        };
    }

    private RoleResync plan(CommunityId id, TierRoles roles) {
        int adds = 0;
        int removes = 0;
        int losing = 0;
        Optional<UserId> after = Optional.empty();
        List<MemberTierRoles> page;
        do {
            page = mismatches.mismatchedMembers(id, after, CommunityRoleSync.PAGE, true);
            for (MemberTierRoles member : page) {
                RolePlan plan = roles.planFor(member.tier(), member.heldRoleIds());
                adds += plan.add().isPresent() ? 1 : 0;
                removes += plan.remove().size();
                losing += plan.remove().isEmpty() ? 0 : 1;
                after = Optional.of(member.member());
            }
        } while (page.size() == CommunityRoleSync.PAGE);
        return new RoleResync.Planned(adds, removes, losing, mismatches.countRemovals(id).membersWithRecordedRoles());
    }

    private RoleResync apply(CommunityId id, TierRoles roles) {
        failures.clearFailures(id);
        CommunityRoleSync.Pass pass = sync.run(id, roles, MAX_CHANGES);
        return new RoleResync.Applied(pass.applied(), pass.failed(), pass.end() == CommunityRoleSync.End.DONE);
    }
}
