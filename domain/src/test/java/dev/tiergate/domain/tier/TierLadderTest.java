package dev.tiergate.domain.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TierLadderTest {

    @Test
    void thresholdsAreInclusiveAndExact() {
        assertThat(TierLadder.DEFAULT.scoreTier(Score.parse("6.899999999999999999"))).isEqualTo(Tier.NONE);
        assertThat(TierLadder.DEFAULT.scoreTier(Score.parse("6.9"))).isEqualTo(Tier.HAJRA);
        assertThat(TierLadder.DEFAULT.scoreTier(Score.parse("69"))).isEqualTo(Tier.ICHWAN);
        assertThat(TierLadder.DEFAULT.scoreTier(Score.parse("1110.99"))).isEqualTo(Tier.SAYYADINA);
        assertThat(TierLadder.DEFAULT.scoreTier(Score.parse("1111"))).isEqualTo(Tier.USUL);
    }

    @Test
    void aLadderThatIsNotStrictlyIncreasingIsRejectedNamingTheTier() {
        Map<Tier, Score> minimums = new HashMap<>(TierLadder.DEFAULT.minimumScores());
        minimums.put(Tier.QANAT, Score.parse("500"));
        assertThatThrownBy(() -> new TierLadder(minimums))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("tier_ladder.");
    }

    @Test
    void rankBasedTiersTakeNoScore() {
        Map<Tier, Score> minimums = new HashMap<>(TierLadder.DEFAULT.minimumScores());
        minimums.put(Tier.FEDAYKIN, Score.parse("5000"));
        assertThatThrownBy(() -> new TierLadder(minimums)).hasMessageContaining("tier_ladder.fedaykin");
    }
}
