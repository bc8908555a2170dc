package dev.tiergate.application.port.in.role;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.PageLimit;
import java.util.Objects;

/** The latest role changes Discord refused for good in one community, for its admins. */
public record RoleSyncFailuresQuery(CommunityId community, PageLimit limit) {

    public RoleSyncFailuresQuery {
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(limit, "limit");
    }
}
