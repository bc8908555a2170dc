package dev.tiergate.domain.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierLadder;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class TierTargetTest {

    @Test
    void everyScoreTierButTheHighestLeadsToTheTierAboveIt() {
        assertThat(TierTarget.of(TierLadder.DEFAULT)).containsExactly(
                new TierTarget(Tier.SAYYADINA, Tier.USUL, Score.parse("1111")),
                new TierTarget(Tier.MUSHTAMAL, Tier.SAYYADINA, Score.parse("888")),
                new TierTarget(Tier.SIHAYA, Tier.MUSHTAMAL, Score.parse("690")),
                new TierTarget(Tier.QANAT, Tier.SIHAYA, Score.parse("420")),
                new TierTarget(Tier.ICHWAN, Tier.QANAT, Score.parse("222")),
                new TierTarget(Tier.HAJRA, Tier.ICHWAN, Score.parse("69")));
    }

    @Test
    void pointsNeededAreRoundedUpSoAlmostThereIsNeverZero() {
        TierTarget hajra = new TierTarget(Tier.HAJRA, Tier.ICHWAN, Score.parse("69"));

        assertThat(hajra.pointsNeeded(Score.parse("68.9"))).isEqualTo(BigInteger.ONE);
        assertThat(hajra.pointsNeeded(Score.parse("10"))).isEqualTo(BigInteger.valueOf(59));
        assertThat(hajra.pointsNeeded(Score.parse("70"))).isEqualTo(BigInteger.ZERO);
        assertThat(hajra.distance(Score.parse("70")).signum()).isNegative();
    }

    @Test
    void rankBasedTiersAndNoTierHaveNoTarget() {
        assertThatThrownBy(() -> new TierTarget(Tier.USUL, Tier.FEDAYKIN, Score.parse("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TierTarget(Tier.NONE, Tier.HAJRA, Score.parse("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
