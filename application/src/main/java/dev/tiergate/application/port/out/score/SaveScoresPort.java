package dev.tiergate.application.port.out.score;

import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Stores a batch of scores: an entry applies only when its as-of time is newer than the stored
 * one, an unknown user gets a profile, and ranks are kept exact. Returns the members whose score
 * was applied.
 */
public interface SaveScoresPort {

    List<UserId> saveScores(CommunityId communityId, Instant asOf, List<ScoreEntry> entries, Instant now);
}
