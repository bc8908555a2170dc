package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.role.ListRoleSyncFailuresUseCase;
import dev.tiergate.application.port.in.role.ResyncRolesUseCase;
import dev.tiergate.application.port.in.role.SyncRolesUseCase;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.role.MemberRolesPort;
import dev.tiergate.application.port.out.rolesync.LoadRoleMismatchesPort;
import dev.tiergate.application.port.out.rolesync.RecordTierRolePort;
import dev.tiergate.application.port.out.rolesync.RoleSyncFailuresPort;
import dev.tiergate.application.service.role.ListRoleSyncFailuresService;
import dev.tiergate.application.service.role.ResyncRolesService;
import dev.tiergate.application.service.role.SyncRolesService;
import dev.tiergate.domain.role.RoleRemovalLimit;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Creates role sync. The sync and the re-sync exist only where role changes can reach Discord (a bot
 * token or the local stand-in: {@link MemberRolesPort}); their callers inject them as optional. The
 * recorded refusals can always be listed.
 */
@Factory
class RoleSyncFactory {

    @Singleton
    @Requires(beans = MemberRolesPort.class)
    SyncRolesUseCase syncRoles(LoadCommunityPort communities, LoadRoleMismatchesPort mismatches,
            RecordTierRolePort recorded, RoleSyncFailuresPort failures, MemberRolesPort discord, Clock clock) {
        return new SyncRolesService(communities, mismatches, recorded, failures, discord, RoleRemovalLimit.DEFAULT, clock);
    }

    @Singleton
    @Requires(beans = MemberRolesPort.class)
    ResyncRolesUseCase resyncRoles(LoadCommunityPort communities, LoadRoleMismatchesPort mismatches,
            RecordTierRolePort recorded, RoleSyncFailuresPort failures, MemberRolesPort discord, Clock clock) {
        return new ResyncRolesService(communities, mismatches, recorded, failures, discord, RoleRemovalLimit.DEFAULT,
                clock);
    }

    @Singleton
    ListRoleSyncFailuresUseCase listRoleSyncFailures(RoleSyncFailuresPort failures) {
        return new ListRoleSyncFailuresService(failures);
    }
}
