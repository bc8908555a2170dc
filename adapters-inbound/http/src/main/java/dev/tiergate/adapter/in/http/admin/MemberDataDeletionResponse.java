package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** What a deletion did: the rows deleted per kind of record, or nothing (deleting twice deletes once). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MemberDataDeletion")
record MemberDataDeletionResponse(
        @Schema(type = "string", allowableValues = {"deleted", "nothing_to_delete"}) String status,
        Map<String, Integer> deletedRows) {
}
