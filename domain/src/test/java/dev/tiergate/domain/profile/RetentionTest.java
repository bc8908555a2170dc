package dev.tiergate.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionTest {

    @Test
    void membersWhoLeftMoreThanThirtyDaysAgoArePurgeable() {
        Instant now = Instant.parse("2026-05-31T00:00:00Z");

        assertThat(Retention.LEFT_MEMBERS).isEqualTo(Duration.ofDays(30));
        assertThat(Retention.leftMembersPurgeableBefore(now)).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
    }
}
