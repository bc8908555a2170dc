package dev.tiergate.domain.badge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BadgeRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final UserId MEMBER = new UserId("123456789012345678");

    @Test
    void tenureBadgesAccumulateWithTheDaysOfMembership() {
        assertThat(BadgeRules.tenure(NOW.minus(Duration.ofDays(89)), Optional.empty(), NOW)).isEmpty();
        assertThat(BadgeRules.tenure(NOW.minus(Duration.ofDays(90)), Optional.empty(), NOW))
                .containsExactly(BadgeRules.VETERAN);
        assertThat(BadgeRules.tenure(NOW.minus(Duration.ofDays(180)), Optional.empty(), NOW))
                .containsExactlyInAnyOrder(BadgeRules.VETERAN, BadgeRules.ELDER);
    }

    @Test
    void ogNeedsALaunchDateAndAJoinWithinThirtyDaysOfIt() {
        Instant launch = NOW.minus(Duration.ofDays(40));
        assertThat(BadgeRules.tenure(launch.plus(Duration.ofDays(30)), Optional.of(launch), NOW))
                .containsExactly(BadgeRules.OG);
        assertThat(BadgeRules.tenure(launch.plus(Duration.ofDays(31)), Optional.of(launch), NOW)).isEmpty();
        assertThat(BadgeRules.tenure(launch, Optional.empty(), NOW)).isEmpty();
    }

    @Test
    void anOgElderHoldsAllThreeTenureBadges() {
        Instant launch = NOW.minus(Duration.ofDays(400));
        assertThat(BadgeRules.tenure(launch, Optional.of(launch), NOW))
                .containsExactlyInAnyOrder(BadgeRules.OG, BadgeRules.VETERAN, BadgeRules.ELDER);
    }

    @Test
    void engagementBadgesStartAtTheirThresholds() {
        assertThat(BadgeRules.engagement(99.999)).isEmpty();
        assertThat(BadgeRules.engagement(100)).containsExactly(BadgeRules.CONSISTENT);
        assertThat(BadgeRules.engagement(250)).containsExactly(BadgeRules.CONSISTENT, BadgeRules.DEDICATED);
        assertThat(BadgeRules.engagement(500))
                .containsExactly(BadgeRules.CONSISTENT, BadgeRules.DEDICATED, BadgeRules.DEVOTED);
    }

    @Test
    void usulAscendedIsEarnedByUsulAndTheTiersAboveIt() {
        assertThat(BadgeRules.tierReached(Tier.USUL)).containsExactly(BadgeRules.USUL_ASCENDED);
        assertThat(BadgeRules.tierReached(Tier.FEDAYKIN)).containsExactly(BadgeRules.USUL_ASCENDED);
        assertThat(BadgeRules.tierReached(Tier.NAIB)).containsExactly(BadgeRules.USUL_ASCENDED);
        assertThat(BadgeRules.tierReached(Tier.SAYYADINA)).isEmpty();
        assertThat(BadgeRules.tierReached(Tier.NONE)).isEmpty();
    }

    @Test
    void aSeatingInTheFoundingHourAlsoEarnsFoundingNaib() {
        Instant first = NOW.minus(Duration.ofDays(3));
        Seating founding = new Seating(MEMBER, first.plus(Duration.ofMinutes(60)), Optional.empty());
        Seating later = new Seating(MEMBER, first.plus(Duration.ofMinutes(61)), Optional.empty());

        assertThat(BadgeRules.seated(founding, first))
                .containsExactlyInAnyOrder(BadgeRules.NAIB_ASCENDED, BadgeRules.FOUNDING_NAIB);
        assertThat(BadgeRules.seated(later, first)).containsExactly(BadgeRules.NAIB_ASCENDED);
        assertThat(BadgeRules.unseated()).containsExactly(BadgeRules.FORMER_NAIB);
    }

    @Test
    void grantsCoverOnlyBadgesTheCatalogListsAndNameTheirRule() {
        BadgeCatalog withoutVeteran = new BadgeCatalog(BadgeCatalog.DEFAULT.badges().stream()
                .filter(b -> !b.id().equals(BadgeRules.VETERAN)).toList());

        List<BadgeGrant> grants = BadgeRules.grants(MEMBER,
                Set.of(BadgeRules.VETERAN, BadgeRules.ELDER), withoutVeteran);

        assertThat(grants).singleElement().satisfies(grant -> {
            assertThat(grant.badge()).isEqualTo(BadgeRules.ELDER);
            assertThat(grant.source().recorded()).isEqualTo("rule:elder");
            assertThat(grant.reason()).isEqualTo("Member for 180 days");
        });
    }

    @Test
    void everyAutomaticBadgeIsInTheDefaultCatalogAndNotAwardableByHand() {
        for (BadgeId id : List.of(BadgeRules.OG, BadgeRules.VETERAN, BadgeRules.ELDER, BadgeRules.CONSISTENT,
                BadgeRules.DEDICATED, BadgeRules.DEVOTED, BadgeRules.USUL_ASCENDED, BadgeRules.NAIB_ASCENDED,
                BadgeRules.FORMER_NAIB, BadgeRules.FOUNDING_NAIB)) {
            assertThat(BadgeCatalog.DEFAULT.find(id)).get().extracting(Badge::isAwardableByHand).isEqualTo(false);
        }
    }
}
