package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.application.port.in.audit.AuditLogQuery;
import dev.tiergate.application.port.in.audit.AuditPage;
import dev.tiergate.application.port.in.audit.QueryAuditLogUseCase;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.audit.AuditActor;
import dev.tiergate.domain.shared.InvalidFieldException;
import dev.tiergate.domain.shared.PageLimit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The audit log, admin scope only: every request to the admin API and every key command, newest first. */
@Controller("/api/v1/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
class AuditController {

    private final QueryAuditLogUseCase audit;

    AuditController(QueryAuditLogUseCase audit) {
        this.audit = audit;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "One page of the audit log, newest first: from (inclusive) and to (exclusive) ISO-8601"
            + " instants, actor (a key id, anonymous or cli), limit 1-1000 (default 50)")
    AuditPageResponse queryAuditLog(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue String actor, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue String limit) {
        AuditLogQuery query;
        try {
            query = new AuditLogQuery(instant("from", from), instant("to", to),
                    Optional.ofNullable(actor).map(AuditActor::new), Cursors.audit(cursor), pageLimit(limit));
        } catch (InvalidFieldException invalid) {
            throw ApiProblem.invalid(invalid);
        }
        AuditPage page = audit.queryAuditLog(query);
        return new AuditPageResponse(page.records().stream().map(AuditRecordResponse::of).toList(),
                page.next().map(Cursors::ofAudit).orElse(null));
    }

    private static Optional<Instant> instant(String name, @Nullable String value) {
        try {
            return Optional.ofNullable(value).map(Instant::parse);
        } catch (DateTimeParseException malformed) {
            throw ApiProblem.badRequest(name, "must be an ISO-8601 instant such as 2026-05-01T12:00:00Z");
        }
    }

    /** This list's own default; a given limit is read and clamped like every other list's. */
    private static PageLimit pageLimit(@Nullable String limit) {
        return limit == null ? AuditLogQuery.limit(null) : ListLimit.parse(limit);
    }
}
