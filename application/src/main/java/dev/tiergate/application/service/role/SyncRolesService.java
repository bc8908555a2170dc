package dev.tiergate.application.service.role;

import dev.tiergate.application.port.in.role.RoleSyncReport;
import dev.tiergate.application.port.in.role.SyncRolesUseCase;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.role.MemberRolesPort;
import dev.tiergate.application.port.out.rolesync.LoadRoleMismatchesPort;
import dev.tiergate.application.port.out.rolesync.RecordTierRolePort;
import dev.tiergate.application.port.out.rolesync.RoleRemovals;
import dev.tiergate.application.port.out.rolesync.RoleSyncFailuresPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.role.RoleRemovalLimit;
import dev.tiergate.domain.role.TierRoles;
import java.time.Clock;
import java.util.Optional;

/**
 * The background reconciliation: every community whose tiers grant roles, at most {@link #MAX_CHANGES}
 * Discord calls per run in all. A change Discord refused for good stands (is not retried) until a
 * member.update records the member's roles anew, the tier's role id changes, or an admin re-syncs. A
 * community whose sync would remove tier roles beyond the removal limit waits for an admin's confirmation.
 */
public final class SyncRolesService implements SyncRolesUseCase {

    static final int MAX_CHANGES = 500;

    private static final System.Logger LOG = System.getLogger(SyncRolesService.class.getName());

    private final LoadCommunityPort communities;
    private final LoadRoleMismatchesPort mismatches;
    private final RoleRemovalLimit limit;
    private final CommunityRoleSync sync;

    public SyncRolesService(LoadCommunityPort communities, LoadRoleMismatchesPort mismatches,
            RecordTierRolePort recorded, RoleSyncFailuresPort failures, MemberRolesPort discord,
            RoleRemovalLimit limit, Clock clock) {
        this.communities = communities;
        this.mismatches = mismatches;
        this.limit = limit;
        this.sync = new CommunityRoleSync(mismatches, recorded, failures, discord, clock);
    }

    @Override
    public RoleSyncReport syncRoles() {
        int applied = 0;
        int failed = 0;
        int deferred = 0;
        for (CommunityId id : mismatches.communitiesWithTierRoles()) {
            int budget = MAX_CHANGES - applied - failed;
            if (budget <= 0) {
                deferred++;
                continue;
            }
            Optional<TierRoles> roles = CommunityRoleSync.tierRoles(communities, id);
            if (roles.isEmpty()) {
                continue;
            }
            if (awaitsConfirmation(id)) {
                deferred++;
                continue;
            }
            CommunityRoleSync.Pass pass = sync.run(id, roles.get(), budget);
            applied += pass.applied();
            failed += pass.failed();
            switch (pass.end()) {
                case DONE -> {
                }
                case BUDGET_SPENT, DEFERRED -> deferred++;
                case HALTED -> {
                    return new RoleSyncReport(applied, failed, deferred + 1, true);
                }
            }
        }
        return new RoleSyncReport(applied, failed, deferred, false);
    }

    /**
     * A community where syncing would strip tier roles from more members than the removal limit (after
     * the tier roles were first configured or changed, say) waits for an admin's confirmed re-sync:
     * the background job never does what a re-sync would refuse.
     */
    private boolean awaitsConfirmation(CommunityId id) {
        RoleRemovals removals = mismatches.countRemovals(id);
        if (!limit.requiresConfirmation(removals.membersLosingRoles(), removals.membersWithRecordedRoles())) {
            return false;
        }
        LOG.log(System.Logger.Level.WARNING, "Role sync of community {0} would remove tier roles from {1} of {2}"
                + " members: waiting for an admin's confirmed re-sync", id, removals.membersLosingRoles(),
                removals.membersWithRecordedRoles());
        return true;
    }
}
