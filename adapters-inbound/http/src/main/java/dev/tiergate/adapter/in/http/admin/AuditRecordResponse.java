package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tiergate.domain.audit.AuditEntry;
import dev.tiergate.domain.audit.AuditRecord;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/** One admin action: when, who (a key id, anonymous or cli), what, on which target, from where, and its status. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AuditRecord")
record AuditRecordResponse(long id, String at, @Schema(example = "Ab3dE5gH") String actor,
        @Schema(example = "DELETE /api/v1/api-keys/{id}") String action, @Schema(example = "id=Xy7dE5gH") String target,
        @Schema(example = "203.0.113.7") String source, @Schema(example = "200") int outcome) {

    static AuditRecordResponse of(AuditRecord record) {
        AuditEntry entry = record.entry();
        return new AuditRecordResponse(record.id(), entry.at().toString(), entry.actor().value(), entry.action(),
                entry.target(), entry.source(), entry.outcome());
    }
}
