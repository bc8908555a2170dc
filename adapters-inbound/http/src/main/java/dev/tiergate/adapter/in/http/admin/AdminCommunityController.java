package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.application.port.in.communityconfig.CommunityConfigResult;
import dev.tiergate.application.port.in.communityconfig.CommunityQuery;
import dev.tiergate.application.port.in.communityconfig.ConfigChange;
import dev.tiergate.application.port.in.communityconfig.ConfigureCommunityCommand;
import dev.tiergate.application.port.in.communityconfig.ConfigureCommunityUseCase;
import dev.tiergate.application.port.in.communityconfig.ShowCommunityUseCase;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.tier.Tier;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A community's configuration: read it, change some of its rules, replace its tier → role mapping or
 * its admin roles. Every change is validated as a whole by the domain; a refusal names the field.
 */
@Controller("/api/v1/communities/{guildId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Communities")
class AdminCommunityController {

    /** Discord's limit of roles in one guild. */
    static final int MAX_ROLES = 250;

    private final ShowCommunityUseCase show;
    private final ConfigureCommunityUseCase configure;

    AdminCommunityController(ShowCommunityUseCase show, ConfigureCommunityUseCase configure) {
        this.show = show;
        this.configure = configure;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.READ)
    @Operation(summary = "A community's configuration (404 for a guild Tiergate never saw)")
    CommunityResponse showCommunity(@PathVariable String guildId) {
        CommunityId community = AdminPaths.community(guildId);
        return show.showCommunity(new CommunityQuery(community)).map(CommunityResponse::of)
                .orElseThrow(() -> ApiProblem.notFound("guild_id", "community not found"));
    }

    @Patch(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.WRITE)
    @Operation(summary = "Changes some rules; creates the community with default rules when its guild is new")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
            examples = @ExampleObject("""
            {"naib_seats": 5, "fedaykin_cutoff": 50, "at_risk_window": 5, "waitlist_size": 20,
             "demotion_grace": "PT12H", "tier_ladder": {"hajra": "10"}, "launched_at": "2026-01-01T00:00:00Z",
             "activity_rules": {"tracked_channels": ["223456789012345678"]}}""")))
    CommunityResponse configureCommunity(@PathVariable String guildId, HttpRequest<?> request,
            @Body InputStream body) {
        CommunityId community = AdminPaths.community(guildId);
        RequestFields fields = JsonRequest.object(request.getContentLength(), body, "");
        List<ConfigChange> changes = CommunityPatch.changes(fields);
        if (changes.isEmpty()) {
            throw ApiProblem.badRequest("body", "names no setting to change");
        }
        return CommunityResponse.of(configured(community, changes));
    }

    @Put(uri = "/tier-roles", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.WRITE)
    @Operation(summary = "Replaces the Discord role of each tier; a tier left out grants no role")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
            examples = @ExampleObject("""
            {"naib": "323456789012345678", "usul": "423456789012345678"}""")))
    Map<String, String> replaceTierRoles(@PathVariable String guildId, HttpRequest<?> request,
            @Body InputStream body) {
        CommunityId community = AdminPaths.community(guildId);
        RequestFields fields = JsonRequest.object(request.getContentLength(), body, CommunityPatch.TIER_ROLES);
        Map<Tier, String> roles = new EnumMap<>(Tier.class);
        fields.entries((name, node, path) -> roles.put(TierNames.parse(name, path),
                RequestFields.text(node, path)));
        Community configured = configured(community, List.of(new ConfigChange.TierRoles(roles)));
        return TierNames.byName(configured.config().tierRoleIds(), role -> role);
    }

    @Put(uri = "/admin-roles", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.WRITE)
    @Operation(summary = "Replaces the roles whose holders may use the admin commands")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(type = "string")),
            examples = @ExampleObject("""
            ["523456789012345678"]""")))
    List<String> replaceAdminRoles(@PathVariable String guildId, HttpRequest<?> request, @Body InputStream body) {
        CommunityId community = AdminPaths.community(guildId);
        JsonNode array = JsonRequest.read(request.getContentLength(), body)
                .orElseThrow(() -> ApiProblem.badRequest("body", "must be a JSON array"));
        List<String> roles = RequestFields.elements(array, CommunityPatch.ADMIN_ROLES, MAX_ROLES, RequestFields::text);
        Community configured = configured(community,
                List.of(new ConfigChange.AdminRoles(new HashSet<>(roles))));
        return configured.config().adminRoleIds().stream().sorted().toList();
    }

    private Community configured(CommunityId community, List<ConfigChange> changes) {
        return switch (configure.configureCommunity(new ConfigureCommunityCommand(community, changes))) {
            case CommunityConfigResult.Configured(Community configured) -> configured;
            case CommunityConfigResult.Invalid(String field, String problem) ->
                    throw ApiProblem.badRequest(field, problem);
        };
    }
}
