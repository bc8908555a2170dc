package dev.tiergate.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NymChangePolicyTest {

    private static final Instant CHANGED = Instant.parse("2026-03-01T10:00:00Z");
    private final NymChangePolicy policy = NymChangePolicy.DEFAULT;

    @Test
    void theFirstChangeIsAlwaysAllowed() {
        assertThat(policy.allowsChange(Optional.empty(), CHANGED)).isTrue();
        assertThat(policy.nextChangeAllowedAt(Optional.empty())).isEmpty();
    }

    @Test
    void aLaterChangeWaitsThirtyDaysFromThePreviousOne() {
        Optional<Instant> last = Optional.of(CHANGED);

        assertThat(policy.nextChangeAllowedAt(last)).contains(Instant.parse("2026-03-31T10:00:00Z"));
        assertThat(policy.allowsChange(last, CHANGED)).isFalse();
        assertThat(policy.allowsChange(last, CHANGED.plus(Duration.ofDays(30)).minusNanos(1))).isFalse();
        assertThat(policy.allowsChange(last, CHANGED.plus(Duration.ofDays(30)))).isTrue();
        assertThat(policy.allowsChange(last, CHANGED.plus(Duration.ofDays(400)))).isTrue();
    }

    @Test
    void aChangeStampedInTheFutureIsNotAllowedBeforeItsCooldownEnds() {
        assertThat(policy.allowsChange(Optional.of(CHANGED), CHANGED.minus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void theCooldownMustBePositive() {
        assertThatThrownBy(() -> new NymChangePolicy(Duration.ZERO)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new NymChangePolicy(Duration.ofDays(-1))).isInstanceOf(DomainException.class);
    }
}
