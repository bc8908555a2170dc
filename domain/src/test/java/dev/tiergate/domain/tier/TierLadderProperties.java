package dev.tiergate.domain.tier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.profile.Score;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class TierLadderProperties {

    @Property
    void tierIsMonotoneInScore(@ForAll @BigRange(min = "0", max = "5000") @Scale(4) BigDecimal a,
            @ForAll @BigRange(min = "0", max = "5000") @Scale(4) BigDecimal b) {
        Score low = new Score(a.min(b));
        Score high = new Score(a.max(b));
        Tier lowTier = TierLadder.DEFAULT.scoreTier(low);
        Tier highTier = TierLadder.DEFAULT.scoreTier(high);
        assertThat(lowTier.isAbove(highTier)).isFalse();
    }

    @Property
    void scoreTiersAreNeverRankBased(@ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal score) {
        assertThat(TierLadder.DEFAULT.scoreTier(new Score(score)).isRankBased()).isFalse();
    }
}
