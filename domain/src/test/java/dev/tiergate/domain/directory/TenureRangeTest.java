package dev.tiergate.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.profile.Tenure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TenureRangeTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void selectsExactlyTheMembersTenureOfPutsInEachCategory() {
        Random random = new Random(7);
        for (Optional<Instant> launch : List.of(Optional.<Instant>empty(), Optional.of(NOW.minus(Duration.ofDays(400))),
                Optional.of(NOW.minus(Duration.ofDays(100))), Optional.of(NOW.minus(Duration.ofDays(20))))) {
            for (Instant joinedAt : joinTimes(random, launch)) {
                Tenure actual = Tenure.of(joinedAt, launch, NOW);
                for (Tenure category : Tenure.values()) {
                    boolean selected = TenureRange.of(category, launch, NOW).map(r -> r.contains(joinedAt)).orElse(false);
                    assertThat(selected).as("%s joined %s, launch %s", category, joinedAt, launch)
                            .isEqualTo(category == actual);
                }
            }
        }
    }

    @Test
    void ogIsEmptyWithoutALaunchDate() {
        assertThat(TenureRange.of(Tenure.OG, Optional.empty(), NOW)).isEmpty();
    }

    /** Random join times plus every boundary and its neighbours. */
    private static List<Instant> joinTimes(Random random, Optional<Instant> launch) {
        List<Instant> boundaries = new ArrayList<>(List.of(NOW.minus(Duration.ofDays(180)), NOW.minus(Duration.ofDays(90))));
        launch.ifPresent(l -> boundaries.add(l.plus(Duration.ofDays(30))));
        List<Instant> times = new ArrayList<>();
        for (Instant boundary : boundaries) {
            times.add(boundary.minusNanos(1000));
            times.add(boundary);
            times.add(boundary.plusNanos(1000));
        }
        for (int i = 0; i < 500; i++) {
            times.add(NOW.minus(Duration.ofHours(random.nextInt(24 * 600))));
        }
        return times;
    }
}
