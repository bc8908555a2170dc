package dev.tiergate.application.service.leaderboard;

import dev.tiergate.application.port.in.leaderboard.LeaderboardEntry;
import dev.tiergate.application.port.in.leaderboard.LeaderboardQuery;
import dev.tiergate.application.port.in.leaderboard.LeaderboardView;
import dev.tiergate.application.port.in.leaderboard.ShowLeaderboardUseCase;
import dev.tiergate.application.port.out.leaderboard.LeaderboardMember;
import dev.tiergate.application.port.out.leaderboard.LoadLeaderboardPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.leaderboard.TierTarget;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Shows a leaderboard: the top by one exact order, and the viewer's place in that same order when it
 * is listed below the top. Scores are public here, so they are only ever shown rounded.
 */
public final class ShowLeaderboardService implements ShowLeaderboardUseCase {

    private static final PageLimit TOP = new PageLimit(LeaderboardView.TOP_SIZE);

    private final CommunityRules rules;
    private final LoadLeaderboardPort board;

    public ShowLeaderboardService(CommunityRules rules, LoadLeaderboardPort board) {
        this.rules = rules;
        this.board = board;
    }

    @Override
    public LeaderboardView showLeaderboard(LeaderboardQuery query) {
        CommunityId community = query.communityId();
        Optional<LeaderboardMember> viewer = board.findPresent(community, query.viewer());
        return switch (query.kind()) {
            case SCORE -> view(query, board.topByRank(community, TOP), board.countRanked(community),
                    viewer.filter(v -> v.rank().isPresent()), v -> v.rank().getAsInt(), v -> Optional.empty());
            case BADGES -> view(query, board.topByBadges(community, TOP), board.countWithBadges(community),
                    viewer.filter(v -> v.badgeCount() > 0), v -> board.countAheadByBadges(community, v) + 1,
                    v -> Optional.empty());
            case TIERS -> tiers(query, viewer);
        };
    }

    private LeaderboardView tiers(LeaderboardQuery query, Optional<LeaderboardMember> viewer) {
        CommunityId community = query.communityId();
        List<TierTarget> targets = TierTarget.of(rules.of(community).config().tierLadder());
        Function<LeaderboardMember, Optional<TierTarget>> targetOf = m -> targets.stream()
                .filter(t -> t.tier() == m.tier())
                .findFirst();
        return view(query, board.topByTierProgress(community, targets, TOP), board.countInTiers(community, targets),
                viewer.filter(v -> targetOf.apply(v).isPresent()),
                v -> board.countAheadByTierProgress(community, targets, targetOf.apply(v).orElseThrow(), v) + 1,
                m -> targetOf.apply(m).map(t -> new LeaderboardEntry.NextTier(t.nextTier(), t.pointsNeeded(m.score()))));
    }

    /**
     * @param listedViewer the viewer when this leaderboard lists it
     * @param placeOf the viewer's place, asked only when it is listed but not in the top
     */
    private static LeaderboardView view(LeaderboardQuery query, List<LeaderboardMember> top, int total,
            Optional<LeaderboardMember> listedViewer, Function<LeaderboardMember, Integer> placeOf,
            Function<LeaderboardMember, Optional<LeaderboardEntry.NextTier>> nextTierOf) {
        UserId viewer = query.viewer();
        List<LeaderboardEntry> entries = new ArrayList<>();
        for (LeaderboardMember member : top) {
            entries.add(entry(entries.size() + 1, member, nextTierOf, member.userId().equals(viewer)));
        }
        boolean viewerInTop = top.stream().anyMatch(m -> m.userId().equals(viewer));
        Optional<LeaderboardEntry> own = listedViewer.filter(v -> !viewerInTop)
                .map(v -> entry(placeOf.apply(v), v, nextTierOf, true));
        return new LeaderboardView(query.kind(), entries, own, total);
    }

    private static LeaderboardEntry entry(int place, LeaderboardMember member,
            Function<LeaderboardMember, Optional<LeaderboardEntry.NextTier>> nextTierOf, boolean viewer) {
        return new LeaderboardEntry(place, member.nym(), member.tier(), member.score().rounded(), member.badgeCount(),
                nextTierOf.apply(member), viewer);
    }
}
