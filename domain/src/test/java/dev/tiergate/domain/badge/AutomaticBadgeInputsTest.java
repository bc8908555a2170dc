package dev.tiergate.domain.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutomaticBadgeInputsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant FIRST_SEATING = NOW.minus(Duration.ofDays(10));
    private static final UserId MEMBER = new UserId("123456789012345678");

    @Test
    void aNewcomerWithoutActivityTiersOrSeatsEarnsNothing() {
        AutomaticBadgeInputs newcomer = new AutomaticBadgeInputs(MEMBER, NOW.minus(Duration.ofDays(1)),
                ActivityBalance.none(NOW), Set.of(Tier.NONE), Optional.empty(), false);

        assertThat(newcomer.earned(Optional.empty(), Optional.of(FIRST_SEATING), NOW)).isEmpty();
    }

    @Test
    void aLongServingFormerFoundingNaibEarnsEveryAutomaticBadge() {
        Instant launch = NOW.minus(Duration.ofDays(400));
        AutomaticBadgeInputs elder = new AutomaticBadgeInputs(MEMBER, launch, new ActivityBalance(600, NOW),
                Set.of(Tier.SAYYADINA, Tier.NAIB),
                Optional.of(new Seating(MEMBER, FIRST_SEATING.plus(Duration.ofMinutes(30)),
                        Optional.of(NOW.minus(Duration.ofDays(1))))),
                true);

        assertThat(elder.earned(Optional.of(launch), Optional.of(FIRST_SEATING), NOW)).containsExactlyInAnyOrder(
                BadgeRules.OG, BadgeRules.VETERAN, BadgeRules.ELDER, BadgeRules.CONSISTENT, BadgeRules.DEDICATED,
                BadgeRules.DEVOTED, BadgeRules.USUL_ASCENDED, BadgeRules.NAIB_ASCENDED, BadgeRules.FOUNDING_NAIB,
                BadgeRules.FORMER_NAIB);
    }

    @Test
    void engagementFollowsTheBalanceDecayedToNow() {
        Instant sixHoursAgo = NOW.minus(Duration.ofHours(6));
        AutomaticBadgeInputs stillAbove = inputsWithActivity(new ActivityBalance(112, sixHoursAgo));
        AutomaticBadgeInputs decayedBelow = inputsWithActivity(new ActivityBalance(110, sixHoursAgo));

        assertThat(stillAbove.earned(Optional.empty(), Optional.empty(), NOW)).containsExactly(BadgeRules.CONSISTENT);
        assertThat(decayedBelow.earned(Optional.empty(), Optional.empty(), NOW)).isEmpty();
    }

    @Test
    void anyTierHeldAtUsulOrAboveEarnsUsulAscendedButLowerTiersDoNot() {
        assertThat(inputsWithTiers(Set.of(Tier.NONE, Tier.USUL, Tier.SAYYADINA))
                .earned(Optional.empty(), Optional.empty(), NOW)).containsExactly(BadgeRules.USUL_ASCENDED);
        assertThat(inputsWithTiers(Set.of(Tier.FEDAYKIN)).earned(Optional.empty(), Optional.empty(), NOW))
                .containsExactly(BadgeRules.USUL_ASCENDED);
        assertThat(inputsWithTiers(Set.of(Tier.NONE, Tier.HAJRA, Tier.SAYYADINA))
                .earned(Optional.empty(), Optional.empty(), NOW)).isEmpty();
    }

    @Test
    void aFirstSeatingAfterTheFoundingHourEarnsOnlyNaibAscended() {
        AutomaticBadgeInputs seated = new AutomaticBadgeInputs(MEMBER, NOW.minus(Duration.ofDays(1)),
                ActivityBalance.none(NOW), Set.of(Tier.NAIB),
                Optional.of(new Seating(MEMBER, FIRST_SEATING.plus(Duration.ofMinutes(61)), Optional.empty())),
                false);

        assertThat(seated.earned(Optional.empty(), Optional.of(FIRST_SEATING), NOW))
                .containsExactlyInAnyOrder(BadgeRules.USUL_ASCENDED, BadgeRules.NAIB_ASCENDED);
    }

    @Test
    void inputsMustDescribeOneMemberConsistently() {
        UserId other = new UserId("223456789012345678");
        Optional<Seating> othersSeating = Optional.of(new Seating(other, FIRST_SEATING, Optional.empty()));

        assertThatThrownBy(() -> new AutomaticBadgeInputs(MEMBER, NOW, ActivityBalance.none(NOW), Set.of(),
                othersSeating, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AutomaticBadgeInputs(MEMBER, NOW, ActivityBalance.none(NOW), Set.of(),
                Optional.empty(), true)).isInstanceOf(IllegalArgumentException.class);
    }

    private static AutomaticBadgeInputs inputsWithActivity(ActivityBalance balance) {
        return new AutomaticBadgeInputs(MEMBER, NOW.minus(Duration.ofDays(1)), balance, Set.of(Tier.NONE),
                Optional.empty(), false);
    }

    private static AutomaticBadgeInputs inputsWithTiers(Set<Tier> tiers) {
        return new AutomaticBadgeInputs(MEMBER, NOW.minus(Duration.ofDays(1)), ActivityBalance.none(NOW), tiers,
                Optional.empty(), false);
    }
}
