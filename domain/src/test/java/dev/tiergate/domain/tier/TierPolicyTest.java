package dev.tiergate.domain.tier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.rank.RankBands;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TierPolicyTest {

    private static final TierPolicy POLICY = new TierPolicy(TierLadder.DEFAULT, RankBands.DEFAULT, Duration.ofHours(24));
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void rankBeatsScoreAndASeatBeatsRank() {
        assertThat(POLICY.earnedTier(Standing.ranked(69, Score.parse("7"), false))).isEqualTo(Tier.FEDAYKIN);
        assertThat(POLICY.earnedTier(Standing.ranked(70, Score.parse("2000"), false))).isEqualTo(Tier.USUL);
        assertThat(POLICY.earnedTier(Standing.ranked(40, Score.parse("7"), true))).isEqualTo(Tier.NAIB);
        assertThat(POLICY.earnedTier(Standing.unranked())).isEqualTo(Tier.NONE);
    }

    @Test
    void promotionAppliesAtOnceAndIsRecorded() {
        TierDecision d = POLICY.assess(TierState.of(Tier.HAJRA), Standing.ranked(500, Score.parse("300"), false), T0);
        assertThat(d.next()).isEqualTo(TierState.of(Tier.QANAT));
        assertThat(d.change()).hasValueSatisfying(c -> {
            assertThat(c.from()).isEqualTo(Tier.HAJRA);
            assertThat(c.to()).isEqualTo(Tier.QANAT);
            assertThat(c.cause()).isEqualTo(TierChange.Cause.PROMOTED);
        });
    }

    @Test
    void demotionWaitsOutTheGraceThenApplies() {
        Standing below = Standing.ranked(500, Score.parse("100"), false);
        TierDecision first = POLICY.assess(TierState.of(Tier.QANAT), below, T0);
        assertThat(first.next().tier()).isEqualTo(Tier.QANAT);
        assertThat(first.next().belowSince()).contains(T0);
        assertThat(first.change()).isEmpty();

        TierDecision stillInGrace = POLICY.assess(first.next(), below, T0.plus(Duration.ofHours(23)));
        assertThat(stillInGrace.next().tier()).isEqualTo(Tier.QANAT);
        assertThat(stillInGrace.changesState(first.next())).isFalse();

        TierDecision after = POLICY.assess(first.next(), below, T0.plus(Duration.ofHours(24)));
        assertThat(after.next()).isEqualTo(TierState.of(Tier.ICHWAN));
        assertThat(after.change()).map(TierChange::cause).contains(TierChange.Cause.DEMOTED_AFTER_GRACE);
    }

    @Test
    void recoveryInsideTheGraceCancelsTheDemotion() {
        TierState pending = new TierState(Tier.QANAT, java.util.Optional.of(T0));
        TierDecision recovered = POLICY.assess(pending, Standing.ranked(500, Score.parse("250"), false), T0.plusSeconds(60));
        assertThat(recovered.next()).isEqualTo(TierState.of(Tier.QANAT));
        assertThat(recovered.change()).isEmpty();
    }
}
