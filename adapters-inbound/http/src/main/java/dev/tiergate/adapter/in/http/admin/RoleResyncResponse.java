package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tiergate.application.port.in.role.RoleResync;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A role re-sync's outcome: {@code planned} (a preview: nothing changed), {@code refused} (roles would go
 * from more members than the removal limit allows: confirm to apply), {@code applied} (as far as one run
 * goes; {@code complete} false when the background sync continues) or {@code nothing_to_sync}. Counts
 * that do not apply to the outcome are null.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "RoleResync")
record RoleResyncResponse(
        @Schema(type = "string", allowableValues = {"planned", "refused", "applied", "nothing_to_sync"}) String status,
        @Nullable Integer adds, @Nullable Integer removes, @Nullable Integer membersLosingRoles,
        @Nullable Integer totalMembers, @Nullable Integer limitPercent, @Nullable Integer applied,
        @Nullable Integer failed, @Nullable Boolean complete) {

    static RoleResyncResponse of(RoleResync outcome) {
        return switch (outcome) {
            case RoleResync.Planned(var adds, var removes, var losing, var total) ->
                    new RoleResyncResponse("planned", adds, removes, losing, total, null, null, null, null);
            case RoleResync.Refused(var losing, var total, var limit) ->
                    new RoleResyncResponse("refused", null, null, losing, total, limit, null, null, null);
            case RoleResync.Applied(var applied, var failed, var complete) ->
                    new RoleResyncResponse("applied", null, null, null, null, null, applied, failed, complete);
            case RoleResync.NothingToSync _ ->
                    new RoleResyncResponse("nothing_to_sync", null, null, null, null, null, null, null, null);
        };
    }
}
