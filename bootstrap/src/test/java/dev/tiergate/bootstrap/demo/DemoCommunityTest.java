package dev.tiergate.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.bootstrap.demo.DemoCommunity.DemoMember;
import dev.tiergate.domain.tier.Tier;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCommunityTest {

    private final List<DemoMember> roster = DemoCommunity.roster();

    @Test
    void holdsAFewHundredMembersInEveryTier() {
        assertThat(roster).hasSize(DemoCommunity.MEMBERS).hasSizeGreaterThanOrEqualTo(200);
        assertThat(roster.stream().map(DemoMember::seededTier).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Tier.values());
    }

    @Test
    void scoresFallStrictlyWithTheMemberNumberSoTheNumberIsTheRank() {
        List<BigDecimal> ranked = roster.stream().map(DemoMember::score).filter(s -> s.signum() > 0).toList();
        assertThat(ranked).isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
        assertThat(roster.subList(0, ranked.size())).extracting(DemoMember::score).isEqualTo(ranked);
    }

    @Test
    void fillsTheNaibCouncilAndTheWaitlist() {
        assertThat(roster.stream().filter(m -> m.seededTier() == Tier.NAIB)).hasSize(7);
        // Ranks 70-100 are the waitlist; they hold score-based tiers of 888 and more.
        assertThat(roster.subList(69, 100)).allSatisfy(member ->
                assertThat(member.score()).isGreaterThanOrEqualTo(new BigDecimal("888")));
        assertThat(roster.get(68).score()).isGreaterThan(roster.get(69).score());
    }

    @Test
    void scoresMatchTheTierEachMemberIsSeededIn() {
        assertThat(roster.stream().filter(m -> m.seededTier() == Tier.USUL))
                .allSatisfy(m -> assertThat(m.score()).isGreaterThanOrEqualTo(new BigDecimal("1111")));
        assertThat(roster.stream().filter(m -> m.seededTier() == Tier.HAJRA))
                .allSatisfy(m -> assertThat(m.score()).isBetween(new BigDecimal("6.9"), new BigDecimal("69")));
        assertThat(roster.stream().filter(m -> m.seededTier() == Tier.NONE))
                .allSatisfy(m -> assertThat(m.score()).isLessThan(new BigDecimal("6.9")));
    }

    @Test
    void spreadsJoinDatesAndGivesSomeMembersContributionBadges() {
        assertThat(roster).anySatisfy(m -> assertThat(m.daysSinceJoining()).isLessThan(90))
                .anySatisfy(m -> assertThat(m.daysSinceJoining()).isBetween(90, 179))
                .anySatisfy(m -> assertThat(m.daysSinceJoining()).isGreaterThanOrEqualTo(180));
        Set<String> given = roster.stream().flatMap(m -> m.contributionBadges().stream()).collect(Collectors.toSet());
        assertThat(given).containsExactlyInAnyOrder("helper", "builder", "teacher", "water-sharer");
    }

    @Test
    void isTheSameOnEveryCallAndKeepsTheAdminNearTheCutOff() {
        assertThat(DemoCommunity.roster()).isEqualTo(roster);
        DemoMember admin = DemoCommunity.find("500000000000000066").orElseThrow();
        assertThat(admin.username()).isEqualTo("jamis_66");
        assertThat(admin.seededTier()).isEqualTo(Tier.FEDAYKIN);
        assertThat(admin.permissions()).isEqualTo(DemoCommunity.ADMIN_PERMISSIONS);
        assertThat(DemoCommunity.find("JAMIS_66")).contains(admin);
        assertThat(DemoCommunity.find("chani").orElseThrow().permissions()).isEqualTo(DemoCommunity.MEMBER_PERMISSIONS);
    }
}
