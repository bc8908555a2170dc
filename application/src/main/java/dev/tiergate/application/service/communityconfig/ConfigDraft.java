package dev.tiergate.application.service.communityconfig;

import dev.tiergate.application.port.in.communityconfig.ConfigChange;
import dev.tiergate.domain.activity.ActivityRules;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.naib.NaibCouncil;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierLadder;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A community's rules while changes are applied one by one; only {@link #toConfig} validates, so
 * changes that are valid together (a lower cut-off with a smaller at-risk window) pass in any order.
 */
final class ConfigDraft {

    private final CommunityConfig current;
    private int naibSeats;
    private int fedaykinCutoff;
    private int atRiskWindow;
    private int waitlistSize;
    private Duration demotionGrace;
    private final Map<Tier, Score> minimumScores;
    private Optional<Instant> launchedAt;
    private Set<String> trackedChannelIds;
    private Map<Tier, String> tierRoleIds;
    private Set<String> adminRoleIds;

    ConfigDraft(CommunityConfig current) {
        this.current = current;
        naibSeats = current.naibCouncil().seats();
        fedaykinCutoff = current.rankBands().fedaykinCutoff();
        atRiskWindow = current.rankBands().atRiskWindow();
        waitlistSize = current.rankBands().waitlistSize();
        demotionGrace = current.demotionGrace();
        minimumScores = new EnumMap<>(Tier.class);
        minimumScores.putAll(current.tierLadder().minimumScores());
        launchedAt = current.launchedAt();
        trackedChannelIds = current.activityRules().trackedChannelIds();
        tierRoleIds = current.tierRoleIds();
        adminRoleIds = current.adminRoleIds();
    }

    ConfigDraft apply(List<ConfigChange> changes) {
        changes.forEach(this::apply);
        return this;
    }

    private void apply(ConfigChange change) {
        switch (change) {
            case ConfigChange.NaibSeats(int seats) -> naibSeats = seats;
            case ConfigChange.FedaykinCutoff(int rank) -> fedaykinCutoff = rank;
            case ConfigChange.AtRiskWindow(int ranks) -> atRiskWindow = ranks;
            case ConfigChange.WaitlistSize(int ranks) -> waitlistSize = ranks;
            case ConfigChange.DemotionGrace(Duration grace) -> demotionGrace = grace;
            case ConfigChange.TierMinimumScore(Tier tier, Score minimum) -> minimumScores.put(tier, minimum);
            case ConfigChange.LaunchDate(Optional<Instant> at) -> launchedAt = at;
            case ConfigChange.TrackedChannels(Set<String> channels) -> trackedChannelIds = channels;
            case ConfigChange.TierRoles(Map<Tier, String> roles) -> tierRoleIds = roles;
            case ConfigChange.AdminRoles(Set<String> roles) -> adminRoleIds = roles;
        }
    }

    /** The new rules; throws {@code InvalidFieldException} naming the first setting that is wrong. */
    CommunityConfig toConfig() {
        return new CommunityConfig(new TierLadder(minimumScores), new NaibCouncil(naibSeats),
                new RankBands(fedaykinCutoff, atRiskWindow, waitlistSize), demotionGrace, current.badgeCatalog(),
                tierRoleIds, adminRoleIds, launchedAt, new ActivityRules(trackedChannelIds));
    }
}
