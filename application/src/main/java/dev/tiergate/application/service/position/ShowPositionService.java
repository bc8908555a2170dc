package dev.tiergate.application.service.position;

import dev.tiergate.application.port.in.position.PositionView;
import dev.tiergate.application.port.in.position.ShowPositionQuery;
import dev.tiergate.application.port.in.position.ShowPositionUseCase;
import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.rank.Position;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.rank.RankedMember;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a member's position from the ranking: the member, then its neighbours and the member at the
 * cut-off in one look-up, and its seat — indexed look-ups, never a scan.
 */
public final class ShowPositionService implements ShowPositionUseCase {

    private final CommunityRules rules;
    private final LoadRankingPort ranking;
    private final LoadNaibSeatsPort seats;

    public ShowPositionService(CommunityRules rules, LoadRankingPort ranking, LoadNaibSeatsPort seats) {
        this.rules = rules;
        this.ranking = ranking;
        this.seats = seats;
    }

    @Override
    public PositionView showPosition(ShowPositionQuery query) {
        CommunityId community = query.communityId();
        RankBands bands = rules.of(community).config().rankBands();
        int cutoff = bands.fedaykinCutoff();
        Optional<RankedMember> member = ranking.findRanked(community, query.userId());
        if (member.isEmpty()) {
            return new PositionView.Unranked(scoreOf(ranking.findAtRank(community, cutoff)));
        }
        int rank = member.get().rank();
        Set<Integer> wanted = new HashSet<>(List.of(cutoff, rank + 1));
        if (rank > 1) {
            wanted.add(rank - 1);
        }
        Map<Integer, RankedMember> around = ranking.findAtRanks(community, wanted).stream()
                .collect(Collectors.toMap(RankedMember::rank, Function.identity()));
        Optional<RankedMember> above = rank > 1 ? Optional.ofNullable(around.get(rank - 1)) : Optional.empty();
        Optional<RankedMember> below = Optional.ofNullable(around.get(rank + 1));
        Score entry = scoreOf(Optional.ofNullable(around.get(cutoff)));
        boolean seated = seats.isSeated(community, query.userId());
        return new PositionView.Ranked(member.get().nym(), Position.of(member.get(), above, below, entry, bands, seated));
    }

    private static Score scoreOf(Optional<RankedMember> member) {
        return member.map(RankedMember::score).orElse(Score.ZERO);
    }
}
