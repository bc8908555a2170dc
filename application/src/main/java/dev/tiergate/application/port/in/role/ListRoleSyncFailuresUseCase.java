package dev.tiergate.application.port.in.role;

import dev.tiergate.domain.role.RoleSyncFailure;
import java.util.List;

/** Lists a community's role changes Discord refused for good (latest first), which the sync no longer retries. */
public interface ListRoleSyncFailuresUseCase {

    List<RoleSyncFailure> listRoleSyncFailures(RoleSyncFailuresQuery query);
}
