package dev.tiergate.application.service.score;

import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.in.score.IngestScoresUseCase;
import dev.tiergate.application.port.in.score.ScoreIngestion;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.score.SaveScoresPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.tier.TierReassessment;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.profile.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Applies a score batch in one community transaction: scores first (newer as-of only), then
 * seats and tiers. A replayed or older batch applies no score and so moves nothing.
 */
public final class IngestScoresService implements IngestScoresUseCase {

    private final CommunityWriteLockPort lock;
    private final EnsureCommunityPort communities;
    private final SaveScoresPort scores;
    private final TierReassessment tiers;
    private final Clock clock;

    public IngestScoresService(CommunityWriteLockPort lock, EnsureCommunityPort communities, SaveScoresPort scores,
            TierReassessment tiers, Clock clock) {
        this.lock = lock;
        this.communities = communities;
        this.scores = scores;
        this.tiers = tiers;
        this.clock = clock;
    }

    @Override
    public ScoreIngestion ingestScores(IngestScoresCommand command) {
        return lock.inCommunityTransaction(command.communityId(), () -> {
            Instant now = clock.instant();
            Community community = communities.ensureCommunity(command.communityId());
            List<UserId> applied = scores.saveScores(community.id(), command.asOf(), command.entries(), now);
            if (applied.isEmpty()) {
                return new ScoreIngestion(0, 0, 0);
            }
            TierReassessment.Result moved = tiers.reassess(community, applied, now);
            return new ScoreIngestion(applied.size(), moved.tierChanges(), moved.seatChanges());
        });
    }
}
