package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.application.port.in.privacy.DeleteMemberDataCommand;
import dev.tiergate.application.port.in.privacy.DeleteMemberDataUseCase;
import dev.tiergate.application.port.in.privacy.ExportMemberDataQuery;
import dev.tiergate.application.port.in.privacy.ExportMemberDataUseCase;
import dev.tiergate.application.port.in.privacy.MemberDataDeletion;
import dev.tiergate.application.port.in.privacy.MemberDataExport;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.privacy.DeletionActor;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

/**
 * A member's data duties, admin scope only: export everything stored about the member (the private
 * wallet included, so the answer is never cached), or delete it all. A deletion says who asked for it:
 * the member itself ({@code requested_by=member}) or an admin of the community (their user id).
 */
@Controller("/api/v1/communities/{guildId}/members/{userId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Members")
class MemberDataController {

    static final String REQUESTED_BY = "requested_by";

    private final ExportMemberDataUseCase export;
    private final DeleteMemberDataUseCase delete;

    MemberDataController(ExportMemberDataUseCase export, DeleteMemberDataUseCase delete) {
        this.export = export;
        this.delete = delete;
    }

    @Get(uri = "/export", produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "Everything stored about one member of one community (404 when nothing is)")
    HttpResponse<MemberDataExportResponse> exportMemberData(@PathVariable String guildId, @PathVariable String userId) {
        ExportMemberDataQuery query = new ExportMemberDataQuery(AdminPaths.community(guildId), AdminPaths.user(userId));
        return switch (export.exportMemberData(query)) {
            case MemberDataExport.Exported(var data, var exportedAt) ->
                    HttpResponse.ok(MemberDataExportResponse.of(data, exportedAt))
                            .header(HttpHeaders.CACHE_CONTROL, "no-store");
            case MemberDataExport.NothingStored _ -> throw ApiProblem.notFound("user_id", "nothing stored about this member");
        };
    }

    @Delete(produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "Deletes everything stored about one member of one community; requested_by is member or"
            + " the user id of the admin who asked. Deleting again deletes nothing")
    MemberDataDeletionResponse deleteMemberData(@PathVariable String guildId, @PathVariable String userId,
            @Nullable @QueryValue(REQUESTED_BY) String requestedBy) {
        CommunityId community = AdminPaths.community(guildId);
        UserId member = AdminPaths.user(userId);
        DeleteMemberDataCommand command = new DeleteMemberDataCommand(community, member, requester(requestedBy));
        return switch (delete.deleteMemberData(command)) {
            case MemberDataDeletion.Deleted(var rows) -> new MemberDataDeletionResponse("deleted", rows.byKind());
            case MemberDataDeletion.NothingToDelete _ -> new MemberDataDeletionResponse("nothing_to_delete", Map.of());
        };
    }

    private static DeletionActor requester(@Nullable String requestedBy) {
        if (requestedBy == null) {
            throw ApiProblem.badRequest(REQUESTED_BY, "is required: member, or the user id of the admin who asked");
        }
        return requestedBy.equals("member")
                ? new DeletionActor.Member()
                : new DeletionActor.Admin(RequestFields.domain(REQUESTED_BY, requestedBy, UserId::new));
    }
}
