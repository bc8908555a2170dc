package dev.tiergate.domain.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RankOrderProperties {

    @Property
    void orderIsAntisymmetric(@ForAll("keys") RankKey a, @ForAll("keys") RankKey b) {
        assertThat(Integer.signum(RankKey.ORDER.compare(a, b))).isEqualTo(-Integer.signum(RankKey.ORDER.compare(b, a)));
    }

    @Property
    void orderIsTransitive(@ForAll("keys") RankKey a, @ForAll("keys") RankKey b, @ForAll("keys") RankKey c) {
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void onlyTheSameMemberComparesEqual(@ForAll("keys") RankKey a, @ForAll("keys") RankKey b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void higherScoreAlwaysRanksFirst(@ForAll("keys") RankKey a, @ForAll("keys") RankKey b) {
        if (a.score().compareTo(b.score()) > 0) {
            assertThat(a.compareTo(b)).isNegative();
        }
    }

    @Provide
    Arbitrary<RankKey> keys() {
        // Few distinct values, so ties on score and on joined-at are common.
        Arbitrary<Score> scores = Arbitraries.integers().between(0, 5).map(n -> new Score(BigDecimal.valueOf(n, 1)));
        Arbitrary<Instant> joined = Arbitraries.longs().between(0, 3).map(Instant::ofEpochSecond);
        Arbitrary<UserId> users = Arbitraries.longs().between(100_000_000_000_000_000L, 100_000_000_000_000_005L)
                .map(n -> new UserId(Long.toString(n)));
        return Combinators.combine(scores, joined, users).as(RankKey::new);
    }
}
