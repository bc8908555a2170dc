package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.alert.AlertSettings;
import dev.tiergate.application.port.in.alert.AlertsQuery;
import dev.tiergate.application.port.in.alert.ManageAlertsUseCase;
import dev.tiergate.application.port.in.alert.SetAlertFrequencyCommand;
import dev.tiergate.application.port.in.alert.ToggleAlertCommand;
import dev.tiergate.application.port.in.badge.AwardBadgeUseCase;
import dev.tiergate.application.port.in.badge.RevokeBadgeUseCase;
import dev.tiergate.application.port.in.badge.ShowBadgesUseCase;
import dev.tiergate.application.port.in.communitystats.CommunityStatsView;
import dev.tiergate.application.port.in.directory.BrowseDirectoryUseCase;
import dev.tiergate.application.port.in.leaderboard.ShowLeaderboardUseCase;
import dev.tiergate.application.port.in.naib.ShowNaibCouncilUseCase;
import dev.tiergate.application.port.in.position.ShowPositionUseCase;
import dev.tiergate.application.port.in.profile.EditProfileUseCase;
import dev.tiergate.application.port.in.profile.SuggestNymsUseCase;
import dev.tiergate.application.port.in.profile.ProfileView;
import dev.tiergate.application.port.in.stats.ShowStatsUseCase;
import dev.tiergate.application.port.in.threshold.ShowThresholdUseCase;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.tier.Tier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Use cases for the answer-path tests: position and threshold as given; alerts answer the defaults
 * (a reply with controls); nym suggestions as given; badge suggestions come from the default
 * catalog; community stats are all zero, with no role refusals. Anything else fails the test if reached.
 */
final class FakeMemberUseCases {

    private static final Map<Tier, Integer> NO_TIERS = Arrays.stream(Tier.values())
            .collect(Collectors.toMap(tier -> tier, tier -> 0));

    private FakeMemberUseCases() {
    }

    static MemberUseCases with(ShowPositionUseCase position, ShowThresholdUseCase threshold,
            SuggestNymsUseCase suggestNyms) {
        return new MemberUseCases(position, threshold, q -> new ProfileView.NotFound(q.nym()),
                unused(EditProfileUseCase.class), unused(ShowBadgesUseCase.class), unused(ShowStatsUseCase.class),
                unused(ShowLeaderboardUseCase.class), unused(BrowseDirectoryUseCase.class), new DefaultAlerts(),
                unused(ShowNaibCouncilUseCase.class), q -> new CommunityStatsView(0, 0, NO_TIERS, 0, 0, 0, 0, List.of()),
                unused(AwardBadgeUseCase.class), unused(RevokeBadgeUseCase.class), suggestNyms,
                q -> BadgeCatalog.DEFAULT.badges().stream()
                        .filter(badge -> !q.contributionOnly() || badge.isAwardableByHand()).toList(),
                q -> List.of(), Optional.empty());
    }

    /** A use case that fails the test when called. */
    private static <T> T unused(Class<T> useCase) {
        return useCase.cast(Proxy.newProxyInstance(useCase.getClassLoader(), new Class<?>[] {useCase},
                (proxy, method, args) -> {
                    throw new AssertionError(useCase.getSimpleName() + " is not part of the test");
                }));
    }

    private static final class DefaultAlerts implements ManageAlertsUseCase {
        @Override
        public AlertSettings show(AlertsQuery query) {
            return new AlertSettings.Current(AlertPreferences.DEFAULTS, false);
        }

        @Override
        public AlertSettings toggle(ToggleAlertCommand command) {
            return new AlertSettings.Current(AlertPreferences.DEFAULTS.toggle(command.kind()), false);
        }

        @Override
        public AlertSettings setFrequency(SetAlertFrequencyCommand command) {
            return new AlertSettings.Invalid("frequency", "must be one of 1/week, 2/week, 3/week, daily");
        }
    }
}
