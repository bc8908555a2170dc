package dev.tiergate.application.service.role;

import dev.tiergate.application.port.in.role.ListRoleSyncFailuresUseCase;
import dev.tiergate.application.port.in.role.RoleSyncFailuresQuery;
import dev.tiergate.application.port.out.rolesync.RoleSyncFailuresPort;
import dev.tiergate.domain.role.RoleSyncFailure;
import java.util.List;

/** Lists a community's recorded role-change refusals for its admins, latest first. */
public final class ListRoleSyncFailuresService implements ListRoleSyncFailuresUseCase {

    private final RoleSyncFailuresPort failures;

    public ListRoleSyncFailuresService(RoleSyncFailuresPort failures) {
        this.failures = failures;
    }

    @Override
    public List<RoleSyncFailure> listRoleSyncFailures(RoleSyncFailuresQuery query) {
        return failures.listFailures(query.community(), query.limit().value());
    }
}
