package dev.tiergate.domain.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BadgeAwardRecordTest {

    private static final Instant AWARDED = Instant.parse("2026-01-01T00:00:00Z");
    private static final BadgeId HELPER = new BadgeId("helper");

    @Test
    void anErasedActorIsRecordedAndReadBackAsErased() {
        AwardSource erased = new AwardSource.Erased();

        assertThat(erased.recorded()).isEqualTo("erased");
        assertThat(AwardSource.parse(erased.recorded())).isEqualTo(erased);
    }

    @Test
    void aRevocationMayFollowItsAwardAtOnce() {
        BadgeAwardRecord revoked = new BadgeAwardRecord(HELPER, AWARDED, AwardSource.parse("223456789012345678"),
                "helps", Optional.of(new BadgeAwardRecord.Revocation(AWARDED, new AwardSource.Erased(), "")));

        assertThat(revoked.revocation()).map(BadgeAwardRecord.Revocation::by).contains(new AwardSource.Erased());
    }

    @Test
    void aRevocationNeverPrecedesItsAward() {
        assertThatThrownBy(() -> new BadgeAwardRecord(HELPER, AWARDED, new AwardSource.Rule("helper"), "", Optional.of(
                new BadgeAwardRecord.Revocation(AWARDED.minusSeconds(1), new AwardSource.Rule("helper"), ""))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
