package dev.tiergate.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenureTest {

    private static final Instant LAUNCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void ogOutranksElderAndVeteranByMembershipLength() {
        assertThat(Tenure.of(LAUNCH.plus(Duration.ofDays(30)), Optional.of(LAUNCH), NOW)).isEqualTo(Tenure.OG);
        assertThat(Tenure.of(LAUNCH.plus(Duration.ofDays(31)), Optional.of(LAUNCH), NOW)).isEqualTo(Tenure.ELDER);
        assertThat(Tenure.of(NOW.minus(Duration.ofDays(90)), Optional.empty(), NOW)).isEqualTo(Tenure.VETERAN);
        assertThat(Tenure.of(NOW.minus(Duration.ofDays(89)), Optional.empty(), NOW)).isEqualTo(Tenure.MEMBER);
    }
}
