package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.tier.TierCandidate;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Standing;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierChange;
import dev.tiergate.domain.tier.TierState;
import java.util.Optional;
import java.util.OptionalInt;

/** Translates a member's tier state and standing from its profile row, and a tier change into history. */
final class TierMapper {

    private TierMapper() {
    }

    static TierCandidate toCandidate(ProfileRow row, boolean seated) {
        TierState state = new TierState(Tier.valueOf(row.tier()), Optional.ofNullable(row.tierBelowSince()));
        OptionalInt rank = row.rank() == null ? OptionalInt.empty() : OptionalInt.of(row.rank());
        return new TierCandidate(new UserId(row.key().userId()), state, new Standing(rank, new Score(row.score()), seated));
    }

    static TierChangeRow toHistoryRow(CommunityId communityId, UserId userId, TierChange change) {
        return new TierChangeRow(null, communityId.value(), userId.value(), change.from().name(), change.to().name(),
                Timestamps.stored(change.at()), change.cause().name());
    }
}
