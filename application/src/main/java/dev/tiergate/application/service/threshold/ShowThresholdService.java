package dev.tiergate.application.service.threshold;

import dev.tiergate.application.port.in.threshold.ShowThresholdQuery;
import dev.tiergate.application.port.in.threshold.ShowThresholdUseCase;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.service.RecentRankBands;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.rank.Threshold;
import dev.tiergate.domain.shared.PageLimit;

/** Reads the entry threshold: the member at the cut-off, the count ranked and the first few waiting. */
public final class ShowThresholdService implements ShowThresholdUseCase {

    private final RecentRankBands rankBands;
    private final LoadRankingPort ranking;

    public ShowThresholdService(RecentRankBands rankBands, LoadRankingPort ranking) {
        this.rankBands = rankBands;
        this.ranking = ranking;
    }

    @Override
    public Threshold showThreshold(ShowThresholdQuery query) {
        CommunityId community = query.communityId();
        RankBands bands = rankBands.of(community);
        return Threshold.of(
                ranking.countRanked(community),
                ranking.findAtRank(community, bands.fedaykinCutoff()),
                ranking.findFromRank(community, bands.fedaykinCutoff() + 1, new PageLimit(Threshold.WAITLIST_TOP)),
                bands);
    }
}
