package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.application.port.in.badgecatalog.CatalogBadgesQuery;
import dev.tiergate.application.port.in.badgecatalog.CatalogChange;
import dev.tiergate.application.port.in.badgecatalog.CatalogEditResult;
import dev.tiergate.application.port.in.badgecatalog.CatalogPage;
import dev.tiergate.application.port.in.badgecatalog.EditBadgeCatalogCommand;
import dev.tiergate.application.port.in.badgecatalog.EditBadgeCatalogUseCase;
import dev.tiergate.application.port.in.badgecatalog.ListCatalogBadgesUseCase;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeCategory;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
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
import java.util.Locale;

/**
 * A community's badge catalog: list it (keyset pages by badge id), add a contribution badge, change or
 * remove one. Automatic badges are listed but never edited by hand (409); neither is a badge ever
 * awarded removed (409), since its award history would go with it.
 */
@Controller("/api/v1/communities/{guildId}/badges")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Badges")
class AdminBadgeCatalogController {

    /** The domain names a badge's fields {@code badge.name}; the request names them {@code name}. */
    private static final String BADGE_FIELDS = "badge.";

    private final ListCatalogBadgesUseCase list;
    private final EditBadgeCatalogUseCase edit;

    AdminBadgeCatalogController(ListCatalogBadgesUseCase list, EditBadgeCatalogUseCase edit) {
        this.list = list;
        this.edit = edit;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.READ)
    @Operation(summary = "One page of the catalog in badge-id order (limit 1-1000, default 10)")
    BadgePageResponse listBadges(@PathVariable String guildId, @Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor) {
        CatalogBadgesQuery query = new CatalogBadgesQuery(AdminPaths.community(guildId), Cursors.badge(cursor),
                ListLimit.parse(limit));
        CatalogPage page = list.listCatalogBadges(query)
                .orElseThrow(() -> ApiProblem.notFound("guild_id", "community not found"));
        return new BadgePageResponse(page.badges().stream().map(BadgeResponse::of).toList(),
                page.next().map(Cursors::ofBadge).orElse(null));
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.WRITE)
    @Operation(summary = "Adds a contribution badge (the only kind added by hand)")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BadgeResponse.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
            examples = @ExampleObject("""
            {"id": "mentor", "name": "Mentor", "emoji": "🧭", "description": "Guides newcomers"}""")))
    HttpResponse<BadgeResponse> addBadge(@PathVariable String guildId, HttpRequest<?> request,
            @Body InputStream body) {
        CommunityId community = AdminPaths.community(guildId);
        RequestFields fields = JsonRequest.object(request.getContentLength(), body, "");
        BadgeId id = RequestFields.domain("id", fields.requiredText("id"), BadgeId::new);
        String name = fields.requiredText("name");
        String emoji = fields.requiredText("emoji");
        String description = fields.text("description").orElse("");
        fields.text("category").filter(category -> !category.equals(contribution()))
                .ifPresent(category -> {
                    throw ApiProblem.badRequest("category", "only contribution badges are added by hand");
                });
        fields.finish();
        Badge added = switch (edit(community, new CatalogChange.Add(id, name, emoji, description))) {
            case CatalogEditResult.Added(Badge badge) -> badge;
            case CatalogEditResult other -> throw refusal(other);
        };
        return HttpResponse.created(BadgeResponse.of(added));
    }

    @Patch(uri = "/{badge}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.WRITE)
    @Operation(summary = "Changes a contribution badge's name, emoji or description")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
            examples = @ExampleObject("""
            {"name": "Guide", "description": "Shows newcomers around"}""")))
    BadgeResponse changeBadge(@PathVariable String guildId, @PathVariable String badge, HttpRequest<?> request,
            @Body InputStream body) {
        CommunityId community = AdminPaths.community(guildId);
        BadgeId id = AdminPaths.badge(badge);
        RequestFields fields = JsonRequest.object(request.getContentLength(), body, "");
        fields.refuse("id", "is read-only");
        fields.refuse("category", "is read-only");
        CatalogChange.Change change = new CatalogChange.Change(id, fields.text("name"), fields.text("emoji"),
                fields.text("description"));
        fields.finish();
        if (fields.isEmpty()) {
            throw ApiProblem.badRequest("body", "names nothing to change");
        }
        return switch (edit(community, change)) {
            case CatalogEditResult.Changed(Badge changed) -> BadgeResponse.of(changed);
            case CatalogEditResult other -> throw refusal(other);
        };
    }

    @Delete(uri = "/{badge}")
    @RequiresScope(ApiScope.WRITE)
    @Operation(summary = "Removes a contribution badge that was never awarded")
    @ApiResponse(responseCode = "204", description = "Removed")
    HttpResponse<Void> removeBadge(@PathVariable String guildId, @PathVariable String badge) {
        CommunityId community = AdminPaths.community(guildId);
        return switch (edit(community, new CatalogChange.Remove(AdminPaths.badge(badge)))) {
            case CatalogEditResult.Removed removed -> HttpResponse.noContent();
            case CatalogEditResult other -> throw refusal(other);
        };
    }

    private CatalogEditResult edit(CommunityId community, CatalogChange change) {
        return edit.editBadgeCatalog(new EditBadgeCatalogCommand(community, change));
    }

    /** Why an edit changed nothing, as the client sees it. */
    private static ApiProblem refusal(CatalogEditResult result) {
        return switch (result) {
            case CatalogEditResult.UnknownBadge unknown -> ApiProblem.notFound("badge", "badge not found");
            case CatalogEditResult.Automatic automatic ->
                    ApiProblem.conflict("badge", "automatic badges follow their rules and are not edited by hand");
            case CatalogEditResult.EverAwarded awarded ->
                    ApiProblem.conflict("badge", "the badge was awarded; removing it would erase its history");
            case CatalogEditResult.AlreadyListed listed -> ApiProblem.conflict("id", "badge already listed");
            case CatalogEditResult.Invalid(String field, String problem) ->
                    ApiProblem.badRequest(requestField(field), problem);
            case CatalogEditResult.Added added -> throw new IllegalStateException("an addition is no refusal");
            case CatalogEditResult.Changed changed -> throw new IllegalStateException("a change is no refusal");
            case CatalogEditResult.Removed removed -> throw new IllegalStateException("a removal is no refusal");
        };
    }

    private static String requestField(String domainField) {
        return domainField.startsWith(BADGE_FIELDS) ? domainField.substring(BADGE_FIELDS.length()) : domainField;
    }

    private static String contribution() {
        return BadgeCategory.CONTRIBUTION.name().toLowerCase(Locale.ROOT);
    }
}
