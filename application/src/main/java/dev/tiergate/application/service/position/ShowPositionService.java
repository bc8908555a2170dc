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
import java.util.Optional;

/** Reads a member's position from the ranking: a handful of indexed look-ups, never a scan. */
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
        Score entry = ranking.findAtRank(community, bands.fedaykinCutoff()).map(RankedMember::score).orElse(Score.ZERO);
        Optional<RankedMember> member = ranking.findRanked(community, query.userId());
        if (member.isEmpty()) {
            return new PositionView.Unranked(entry);
        }
        int rank = member.get().rank();
        Optional<RankedMember> above = rank > 1 ? ranking.findAtRank(community, rank - 1) : Optional.empty();
        Optional<RankedMember> below = ranking.findAtRank(community, rank + 1);
        boolean seated = seats.currentSeatings(community).stream().anyMatch(s -> s.userId().equals(query.userId()));
        return new PositionView.Ranked(member.get().nym(), Position.of(member.get(), above, below, entry, bands, seated));
    }
}
