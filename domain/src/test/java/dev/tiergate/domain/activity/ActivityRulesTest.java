package dev.tiergate.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityRulesTest {

    private static final String TRACKED = "123456789012345678";
    private static final String OTHER = "223456789012345678";

    @Test
    void noTrackedChannelMeansEveryChannelCounts() {
        assertThat(ActivityRules.ALL_CHANNELS.tracks(Optional.of(OTHER))).isTrue();
        assertThat(ActivityRules.ALL_CHANNELS.tracks(Optional.empty())).isTrue();
    }

    @Test
    void trackedChannelsCountAndOthersDoNot() {
        ActivityRules rules = new ActivityRules(Set.of(TRACKED));

        assertThat(rules.tracks(Optional.of(TRACKED))).isTrue();
        assertThat(rules.tracks(Optional.of(OTHER))).isFalse();
        assertThat(rules.tracks(Optional.empty())).isFalse();
    }

    @Test
    void aTrackedChannelMustBeASnowflake() {
        assertThatThrownBy(() -> new ActivityRules(Set.of("general")))
                .hasMessageStartingWith("activity_rules.tracked_channels:");
    }

    @Test
    void eachKindEarnsItsPointsWithItsCooldown() {
        assertThat(ActivityKind.MESSAGE.points()).isEqualTo(1);
        assertThat(ActivityKind.MESSAGE.cooldown()).isEqualTo(Duration.ofSeconds(60));
        assertThat(ActivityKind.REACTION_GIVEN.points()).isEqualTo(1);
        assertThat(ActivityKind.REACTION_GIVEN.cooldown()).isEqualTo(Duration.ofSeconds(5));
        assertThat(ActivityKind.REACTION_RECEIVED.points()).isEqualTo(2);
        assertThat(ActivityKind.REACTION_RECEIVED.hasCooldown()).isFalse();
        assertThat(ActivityKind.MESSAGE.hasCooldown()).isTrue();
    }
}
