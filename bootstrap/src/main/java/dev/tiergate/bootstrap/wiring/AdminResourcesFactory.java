package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.badge.ListMemberBadgesUseCase;
import dev.tiergate.application.port.in.badgecatalog.EditBadgeCatalogUseCase;
import dev.tiergate.application.port.in.badgecatalog.ListCatalogBadgesUseCase;
import dev.tiergate.application.port.in.communityconfig.ConfigureCommunityUseCase;
import dev.tiergate.application.port.in.communityconfig.ShowCommunityUseCase;
import dev.tiergate.application.port.out.badge.LoadBadgesPort;
import dev.tiergate.application.port.out.badgecatalog.EditBadgeCatalogPort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.communityconfig.SaveCommunityConfigPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.application.service.RecentRankBands;
import dev.tiergate.application.service.badge.ListMemberBadgesService;
import dev.tiergate.application.service.badgecatalog.EditBadgeCatalogService;
import dev.tiergate.application.service.badgecatalog.ListCatalogBadgesService;
import dev.tiergate.application.service.communityconfig.ConfigureCommunityService;
import dev.tiergate.application.service.communityconfig.ShowCommunityService;
import dev.tiergate.application.service.tier.TierReassessment;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Creates the use cases only the admin API's community resources drive: a community's configuration,
 * its badge catalog and a member's badges. Awards, revocations, score ingestion and stats reuse the use
 * cases the Discord and NATS paths already have.
 */
@Factory
class AdminResourcesFactory {

    @Singleton
    ShowCommunityUseCase showCommunity(LoadCommunityPort communities) {
        return new ShowCommunityService(communities);
    }

    @Singleton
    ConfigureCommunityUseCase configureCommunity(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            SaveCommunityConfigPort configs, TierReassessment tiers, RecentRankBands rankBands, Clock clock) {
        return new ConfigureCommunityService(lock, communities, configs, tiers, rankBands, clock);
    }

    @Singleton
    ListCatalogBadgesUseCase listCatalogBadges(LoadCommunityPort communities) {
        return new ListCatalogBadgesService(communities);
    }

    @Singleton
    EditBadgeCatalogUseCase editBadgeCatalog(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            EditBadgeCatalogPort catalogs) {
        return new EditBadgeCatalogService(lock, communities, catalogs);
    }

    @Singleton
    ListMemberBadgesUseCase listMemberBadges(CommunityRules rules, LoadProfilesPort profiles, LoadBadgesPort badges) {
        return new ListMemberBadgesService(rules, profiles, badges);
    }
}
