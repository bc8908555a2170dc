package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.application.port.in.communityconfig.CommunityQuery;
import dev.tiergate.application.port.in.communityconfig.ShowCommunityUseCase;
import dev.tiergate.application.port.in.communitystats.CommunityStatsQuery;
import dev.tiergate.application.port.in.communitystats.ShowCommunityStatsUseCase;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.community.CommunityId;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A community's figures, the same as /admin-stats in Discord; 404 for a guild Tiergate never saw. */
@Controller("/api/v1/communities/{guildId}/stats")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Communities")
class AdminStatsController {

    private final ShowCommunityUseCase communities;
    private final ShowCommunityStatsUseCase stats;

    AdminStatsController(ShowCommunityUseCase communities, ShowCommunityStatsUseCase stats) {
        this.communities = communities;
        this.stats = stats;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.READ)
    @Operation(summary = "Members, ranking, tier spread, this week's movement and the most active members")
    CommunityStatsResponse showStats(@PathVariable String guildId) {
        CommunityId community = AdminPaths.community(guildId);
        if (communities.showCommunity(new CommunityQuery(community)).isEmpty()) {
            throw ApiProblem.notFound("guild_id", "community not found");
        }
        return CommunityStatsResponse.of(stats.showCommunityStats(new CommunityStatsQuery(community)));
    }
}
