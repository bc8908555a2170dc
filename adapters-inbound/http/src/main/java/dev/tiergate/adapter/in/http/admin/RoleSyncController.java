package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.application.port.in.role.ListRoleSyncFailuresUseCase;
import dev.tiergate.application.port.in.role.ResyncRolesCommand;
import dev.tiergate.application.port.in.role.ResyncRolesUseCase;
import dev.tiergate.application.port.in.role.RoleSyncFailuresQuery;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.community.CommunityId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/**
 * A community's tier roles, as /admin-resync does in Discord: a full re-sync (write scope), a preview
 * unless told to apply, and the changes Discord refused for good (read scope). Without a bot token (or
 * the local stand-in) nothing can reach Discord, and a re-sync is a 503.
 */
@Controller("/api/v1/communities/{guildId}/roles")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Members")
class RoleSyncController {

    static final String MODE = "mode";

    private final Optional<ResyncRolesUseCase> resync;
    private final ListRoleSyncFailuresUseCase failures;

    RoleSyncController(Optional<ResyncRolesUseCase> resync, ListRoleSyncFailuresUseCase failures) {
        this.resync = resync;
        this.failures = failures;
    }

    @Post(uri = "/resync", produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.WRITE)
    @Operation(summary = "Re-syncs every member's tier roles: mode preview (default, changes nothing), apply (refused"
            + " beyond the removal limit) or confirm (applies beyond it)")
    RoleResyncResponse resyncRoles(@PathVariable String guildId, @Nullable @QueryValue(MODE) String mode) {
        CommunityId community = AdminPaths.community(guildId);
        ResyncRolesCommand command = new ResyncRolesCommand(community, mode(mode));
        ResyncRolesUseCase roles = resync.orElseThrow(() -> new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE,
                "role sync unavailable: no Discord bot is configured", Optional.empty()));
        return RoleResyncResponse.of(roles.resyncRoles(command));
    }

    @Get(uri = "/failures", produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.READ)
    @Operation(summary = "The latest role changes Discord refused for good, latest first (limit 1-1000, default 10)")
    RoleSyncFailuresResponse listRoleSyncFailures(@PathVariable String guildId, @Nullable @QueryValue String limit) {
        RoleSyncFailuresQuery query = new RoleSyncFailuresQuery(AdminPaths.community(guildId), ListLimit.parse(limit));
        return new RoleSyncFailuresResponse(
                failures.listRoleSyncFailures(query).stream().map(RoleSyncFailureResponse::of).toList());
    }

    private static ResyncRolesCommand.Mode mode(@Nullable String mode) {
        return switch (mode == null ? "preview" : mode) {
            case "preview" -> ResyncRolesCommand.Mode.DRY_RUN;
            case "apply" -> ResyncRolesCommand.Mode.APPLY;
            case "confirm" -> ResyncRolesCommand.Mode.APPLY_CONFIRMED;
            default -> throw ApiProblem.badRequest(MODE, "must be preview, apply or confirm");
        };
    }
}
