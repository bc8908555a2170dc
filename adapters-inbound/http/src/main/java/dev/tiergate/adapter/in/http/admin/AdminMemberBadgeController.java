package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.application.port.in.badge.AwardBadgeCommand;
import dev.tiergate.application.port.in.badge.AwardBadgeUseCase;
import dev.tiergate.application.port.in.badge.BadgeAwardResult;
import dev.tiergate.application.port.in.badge.BadgeHolder;
import dev.tiergate.application.port.in.badge.BadgeRevocationResult;
import dev.tiergate.application.port.in.badge.ListMemberBadgesUseCase;
import dev.tiergate.application.port.in.badge.MemberBadgesPage;
import dev.tiergate.application.port.in.badge.MemberBadgesQuery;
import dev.tiergate.application.port.in.badge.RevokeBadgeCommand;
import dev.tiergate.application.port.in.badge.RevokeBadgeUseCase;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.util.Optional;

/**
 * A member's badges: list them (keyset pages, most recent award first), award a contribution badge,
 * revoke a badge. The same use cases as /admin-badge in Discord; the API key that called is recorded as
 * the admin who acted ({@code api-key:<id>}), and awarding or revoking twice changes nothing and says so.
 */
@Controller("/api/v1/communities/{guildId}/members/{userId}/badges")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Badges")
class AdminMemberBadgeController {

    private static final String REASON_EXAMPLE = """
            {"reason": "Answered every newcomer's question this week"}""";

    private final ListMemberBadgesUseCase list;
    private final AwardBadgeUseCase award;
    private final RevokeBadgeUseCase revoke;

    AdminMemberBadgeController(ListMemberBadgesUseCase list, AwardBadgeUseCase award, RevokeBadgeUseCase revoke) {
        this.list = list;
        this.award = award;
        this.revoke = revoke;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.READ)
    @Operation(summary = "One page of the badges a present member holds (limit 1-1000, default 10)")
    MemberBadgePageResponse listMemberBadges(@PathVariable String guildId, @PathVariable String userId,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        MemberBadgesQuery query = new MemberBadgesQuery(AdminPaths.community(guildId), AdminPaths.user(userId),
                Cursors.memberBadge(cursor), ListLimit.parse(limit));
        return switch (list.listMemberBadges(query)) {
            case MemberBadgesPage.Found found -> new MemberBadgePageResponse(
                    found.badges().stream().map(MemberBadgeResponse::of).toList(),
                    found.next().map(Cursors::ofMemberBadge).orElse(null));
            case MemberBadgesPage.MemberNotFound notFound -> throw memberNotFound();
        };
    }

    @Post(uri = "/{badge}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.WRITE)
    @Operation(summary = "Awards a contribution badge (201; 200 when already held, which changes nothing)")
    @ApiResponse(responseCode = "201", description = "Awarded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BadgeAwardResponse.class)))
    @ApiResponse(responseCode = "200", description = "Already held: nothing changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BadgeAwardResponse.class)))
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = "object"), examples = @ExampleObject(REASON_EXAMPLE)))
    HttpResponse<BadgeAwardResponse> awardBadge(@PathVariable String guildId, @PathVariable String userId,
            @PathVariable String badge, HttpRequest<?> request, @Nullable @Body InputStream body) {
        CommunityId community = AdminPaths.community(guildId);
        UserId member = AdminPaths.user(userId);
        BadgeId id = AdminPaths.badge(badge);
        AwardBadgeCommand command = new AwardBadgeCommand(community, actor(request), new BadgeHolder.ById(member),
                id.value(), reason(request, body));
        return switch (award.awardBadge(command)) {
            case BadgeAwardResult.Awarded(_, Badge awarded) ->
                    HttpResponse.created(new BadgeAwardResponse("awarded", member.value(), BadgeResponse.of(awarded)));
            case BadgeAwardResult.AlreadyHeld(_, Badge held) ->
                    HttpResponse.ok(new BadgeAwardResponse("already_held", member.value(), BadgeResponse.of(held)));
            case BadgeAwardResult.MemberNotFound notFound -> throw memberNotFound();
            case BadgeAwardResult.UnknownBadge unknown -> throw badgeNotFound();
            case BadgeAwardResult.NotAwardableByHand automatic ->
                    throw ApiProblem.conflict("badge", "only contribution badges are awarded by hand");
            case BadgeAwardResult.Invalid(String field, String problem) -> throw ApiProblem.badRequest(field, problem);
        };
    }

    @Delete(uri = "/{badge}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.WRITE)
    @Operation(summary = "Revokes a held badge softly (its history stays); revoking one not held changes nothing")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = "object"), examples = @ExampleObject(REASON_EXAMPLE)))
    BadgeAwardResponse revokeBadge(@PathVariable String guildId, @PathVariable String userId,
            @PathVariable String badge, HttpRequest<?> request, @Nullable @Body InputStream body) {
        CommunityId community = AdminPaths.community(guildId);
        UserId member = AdminPaths.user(userId);
        BadgeId id = AdminPaths.badge(badge);
        RevokeBadgeCommand command = new RevokeBadgeCommand(community, actor(request), new BadgeHolder.ById(member),
                id.value(), reason(request, body));
        return switch (revoke.revokeBadge(command)) {
            case BadgeRevocationResult.Revoked(_, Badge revoked) ->
                    new BadgeAwardResponse("revoked", member.value(), BadgeResponse.of(revoked));
            case BadgeRevocationResult.NotHeld(_, Badge notHeld) ->
                    new BadgeAwardResponse("not_held", member.value(), BadgeResponse.of(notHeld));
            case BadgeRevocationResult.MemberNotFound notFound -> throw memberNotFound();
            case BadgeRevocationResult.UnknownBadge unknown -> throw badgeNotFound();
            case BadgeRevocationResult.Invalid(String field, String problem) ->
                    throw ApiProblem.badRequest(field, problem);
        };
    }

    private static AwardSource actor(HttpRequest<?> request) {
        return new AwardSource.ApiKey(AdminCaller.keyId(request));
    }

    /** The optional {@code {"reason": "…"}} body; no body at all means no reason. */
    private static Optional<String> reason(HttpRequest<?> request, InputStream body) {
        RequestFields fields = JsonRequest.optionalObject(request.getContentLength(), body);
        Optional<String> reason = fields.text("reason");
        fields.finish();
        return reason;
    }

    private static ApiProblem memberNotFound() {
        return ApiProblem.notFound("user_id", "member not found");
    }

    private static ApiProblem badgeNotFound() {
        return ApiProblem.notFound("badge", "badge not found");
    }
}
