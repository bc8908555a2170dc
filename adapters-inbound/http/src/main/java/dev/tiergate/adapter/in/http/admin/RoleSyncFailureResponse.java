package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tiergate.domain.role.RoleSyncFailure;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;

/** A role change Discord refused for good, which the sync no longer tries until a re-sync applies. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "RoleSyncFailure")
record RoleSyncFailureResponse(String userId, String roleId,
        @Schema(type = "string", allowableValues = {"forbidden", "not_found", "rejected"}) String reason,
        String detail, String at) {

    static RoleSyncFailureResponse of(RoleSyncFailure failure) {
        return new RoleSyncFailureResponse(failure.member().value(), failure.roleId(),
                failure.reason().name().toLowerCase(Locale.ROOT), failure.detail(), failure.at().toString());
    }
}
