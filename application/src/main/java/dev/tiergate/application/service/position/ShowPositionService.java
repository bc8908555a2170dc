package dev.tiergate.application.service.position;

import dev.tiergate.application.port.in.position.PositionView;
import dev.tiergate.application.port.in.position.ShowPositionQuery;
import dev.tiergate.application.port.in.position.ShowPositionUseCase;
import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.ranking.Neighbourhood;
import dev.tiergate.application.service.RecentRankBands;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.rank.Position;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.rank.RankedMember;
import java.util.Optional;

/**
 * Reads a member's position from the ranking: the member with its neighbours and the member at the
 * cut-off in one look-up, then its seat — indexed look-ups, never a scan.
 */
public final class ShowPositionService implements ShowPositionUseCase {

    private final RecentRankBands rankBands;
    private final LoadRankingPort ranking;
    private final LoadNaibSeatsPort seats;

    public ShowPositionService(RecentRankBands rankBands, LoadRankingPort ranking, LoadNaibSeatsPort seats) {
        this.rankBands = rankBands;
        this.ranking = ranking;
        this.seats = seats;
    }

    @Override
    public PositionView showPosition(ShowPositionQuery query) {
        CommunityId community = query.communityId();
        RankBands bands = rankBands.of(community);
        int cutoff = bands.fedaykinCutoff();
        Neighbourhood around = ranking.findNeighbourhood(community, query.userId(), cutoff);
        Score entry = scoreOf(around.at(cutoff));
        if (around.member().isEmpty()) {
            return new PositionView.Unranked(entry);
        }
        RankedMember member = around.member().get();
        boolean seated = seats.isSeated(community, query.userId());
        return new PositionView.Ranked(member.nym(),
                Position.of(member, around.above(), around.below(), entry, bands, seated));
    }

    private static Score scoreOf(Optional<RankedMember> member) {
        return member.map(RankedMember::score).orElse(Score.ZERO);
    }
}
