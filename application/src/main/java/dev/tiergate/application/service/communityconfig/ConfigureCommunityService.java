package dev.tiergate.application.service.communityconfig;

import dev.tiergate.application.port.in.communityconfig.CommunityConfigResult;
import dev.tiergate.application.port.in.communityconfig.ConfigureCommunityCommand;
import dev.tiergate.application.port.in.communityconfig.ConfigureCommunityUseCase;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.communityconfig.SaveCommunityConfigPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.RecentRankBands;
import dev.tiergate.application.service.tier.TierReassessment;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Clock;
import java.util.List;

/**
 * Applies rule changes in one community transaction on the stored rules (so two admins' changes to
 * different settings both survive), then lets seats and rank-based tiers follow the new rules. Once
 * committed, the views on this replica forget the rank bands they read before.
 */
public final class ConfigureCommunityService implements ConfigureCommunityUseCase {

    private final CommunityWriteLockPort lock;
    private final EnsureCommunityPort communities;
    private final SaveCommunityConfigPort configs;
    private final TierReassessment tiers;
    private final RecentRankBands rankBands;
    private final Clock clock;

    public ConfigureCommunityService(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            SaveCommunityConfigPort configs, TierReassessment tiers, RecentRankBands rankBands, Clock clock) {
        this.lock = lock;
        this.communities = communities;
        this.configs = configs;
        this.tiers = tiers;
        this.rankBands = rankBands;
        this.clock = clock;
    }

    @Override
    public CommunityConfigResult configureCommunity(ConfigureCommunityCommand command) {
        CommunityConfigResult result = configureInTransaction(command);
        rankBands.forget(command.communityId());
        return result;
    }

    private CommunityConfigResult configureInTransaction(ConfigureCommunityCommand command) {
        return lock.inCommunityTransaction(command.communityId(), () -> {
            Community stored = communities.ensureCommunity(command.communityId());
            CommunityConfig config;
            try {
                config = new ConfigDraft(stored.config()).apply(command.changes()).toConfig();
            } catch (InvalidFieldException invalid) {
                return new CommunityConfigResult.Invalid(invalid.field(), invalid.problem());
            }
            Community configured = new Community(stored.id(), stored.name(), stored.active(), config);
            if (!config.equals(stored.config())) {
                configs.saveCommunityConfig(configured);
                tiers.reassess(configured, List.of(), clock.instant());
            }
            return new CommunityConfigResult.Configured(configured);
        });
    }
}
