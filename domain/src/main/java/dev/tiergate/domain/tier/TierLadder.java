package dev.tiergate.domain.tier;

import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The minimum score of each score-based tier. A higher tier always needs a strictly higher
 * score, so the tier for a score is monotone in the score.
 */
public record TierLadder(Map<Tier, Score> minimumScores) {

    public static final TierLadder DEFAULT = new TierLadder(Map.of(
            Tier.USUL, Score.parse("1111"),
            Tier.SAYYADINA, Score.parse("888"),
            Tier.MUSHTAMAL, Score.parse("690"),
            Tier.SIHAYA, Score.parse("420"),
            Tier.QANAT, Score.parse("222"),
            Tier.ICHWAN, Score.parse("69"),
            Tier.HAJRA, Score.parse("6.9")));

    public TierLadder {
        EnumMap<Tier, Score> copy = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            if (tier.isRankBased() || tier == Tier.NONE) {
                if (minimumScores.containsKey(tier)) {
                    throw new InvalidFieldException("tier_ladder." + tier.name().toLowerCase(java.util.Locale.ROOT),
                            "is rank-based and takes no score");
                }
                continue;
            }
            Score minimum = minimumScores.get(tier);
            if (minimum == null || !minimum.isPositive()) {
                throw new InvalidFieldException("tier_ladder." + tier.name().toLowerCase(java.util.Locale.ROOT),
                        "needs a positive minimum score");
            }
            copy.put(tier, minimum);
        }
        Score previous = null;
        for (Map.Entry<Tier, Score> entry : copy.entrySet()) {
            if (previous != null && entry.getValue().compareTo(previous) >= 0) {
                throw new InvalidFieldException("tier_ladder." + entry.getKey().name().toLowerCase(java.util.Locale.ROOT),
                        "must need less score than the tier above it");
            }
            previous = entry.getValue();
        }
        minimumScores = Collections.unmodifiableMap(copy);
    }

    /** The highest score-based tier this score reaches, or NONE. */
    public Tier scoreTier(Score score) {
        for (Map.Entry<Tier, Score> entry : minimumScores.entrySet()) {
            if (score.isAtLeast(entry.getValue())) {
                return entry.getKey();
            }
        }
        return Tier.NONE;
    }
}
