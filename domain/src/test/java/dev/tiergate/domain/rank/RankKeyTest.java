package dev.tiergate.domain.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankKeyTest {

    private static final Instant EARLY = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATE = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void ranksByScoreThenEarlierJoinThenSmallerUserIdNumerically() {
        RankKey top = new RankKey(Score.parse("10"), LATE, new UserId("99999999999999999"));
        RankKey earlyTie = new RankKey(Score.parse("5"), EARLY, new UserId("200000000000000000"));
        RankKey lateTieSmallId = new RankKey(Score.parse("5"), LATE, new UserId("99999999999999999"));
        RankKey lateTieLargeId = new RankKey(Score.parse("5"), LATE, new UserId("100000000000000000"));
        List<RankKey> keys = new ArrayList<>(List.of(lateTieLargeId, earlyTie, top, lateTieSmallId));
        keys.sort(RankKey.ORDER);
        assertThat(keys).containsExactly(top, earlyTie, lateTieSmallId, lateTieLargeId);
    }
}
