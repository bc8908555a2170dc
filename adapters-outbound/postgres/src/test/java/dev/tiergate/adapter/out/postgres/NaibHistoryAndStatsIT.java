package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.communitystats.ActiveMember;
import dev.tiergate.application.port.out.communitystats.CommunityCounts;
import dev.tiergate.application.port.out.communitystats.LoadCommunityStatsPort;
import dev.tiergate.application.port.out.naib.LoadNaibHistoryPort;
import dev.tiergate.application.port.out.naib.SeatedMember;
import dev.tiergate.application.port.out.naib.ServiceRecord;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The Naib history with nyms, the honour roll's order and sums, and the admin counts, on real tables. */
class NaibHistoryAndStatsIT extends AdapterIntegrationTest {

    private static final Instant T0 = Instant.parse("2025-05-01T00:00:00Z");

    @Test
    void theHonourRollHoldsPresentMembersWithClosedTermsOnlyLongestServiceFirst() {
        CommunityId community = newCommunity();
        String seated = member(community, "seated", T0, false);
        String twoTerms = member(community, "two-terms", T0, false);
        String oneLongTerm = member(community, "long-term", T0, false);
        String back = member(community, "back-again", T0, false);
        String left = member(community, "left", T0, true);
        term(community, seated, T0.plus(Duration.ofHours(2)), null);
        term(community, twoTerms, T0, T0.plus(Duration.ofDays(3)));
        term(community, twoTerms, T0.plus(Duration.ofDays(5)), T0.plus(Duration.ofDays(6)).plusSeconds(1));
        term(community, oneLongTerm, T0, T0.plus(Duration.ofDays(4)));
        term(community, back, T0, T0.plus(Duration.ofDays(30)));
        term(community, back, T0.plus(Duration.ofDays(31)), null);
        term(community, left, T0, T0.plus(Duration.ofDays(50)));

        LoadNaibHistoryPort history = bean(LoadNaibHistoryPort.class);

        assertThat(history.currentTerms(community)).extracting(SeatedMember::nym)
                .containsExactly(new Nym("seated"), new Nym("back-again"));
        assertThat(history.formerNaib(community, new PageLimit(25))).containsExactly(
                new ServiceRecord(new Nym("two-terms"), Duration.ofDays(4).plusSeconds(1), 2,
                        T0.plus(Duration.ofDays(6)).plusSeconds(1)),
                new ServiceRecord(new Nym("long-term"), Duration.ofDays(4), 1, T0.plus(Duration.ofDays(4))));
        assertThat(history.formerNaib(community, new PageLimit(1))).hasSize(1);
    }

    @Test
    void countsLeaveOutMembersWhoLeftAndOnlyCountTheWeek() {
        CommunityId community = newCommunity();
        Instant now = T0.plus(Duration.ofDays(60));
        Instant weekAgo = now.minus(Duration.ofDays(7));
        String old = member(community, "old-timer", T0, false);
        String fresh = member(community, "newcomer", now.minus(Duration.ofDays(2)), false);
        member(community, "gone", now.minus(Duration.ofDays(1)), true);
        execute("UPDATE member_profiles SET tier = 'QANAT', score = 300, last_active_at = ?, activity_points = 50,"
                + " activity_updated_at = ?, activity_order = 10 WHERE community_id = ? AND user_id = ?",
                at(now.minus(Duration.ofDays(1))), at(now.minus(Duration.ofDays(1))), community.value(), old);
        execute("UPDATE member_profiles SET last_active_at = ?, activity_points = 5, activity_updated_at = ?,"
                + " activity_order = 2 WHERE community_id = ? AND user_id = ?",
                at(now.minus(Duration.ofDays(8))), at(now.minus(Duration.ofDays(8))), community.value(), fresh);
        execute("INSERT INTO tier_changes (community_id, user_id, from_tier, to_tier, changed_at, cause) VALUES"
                + " (?, ?, 'ICHWAN', 'QANAT', ?, 'PROMOTED'), (?, ?, 'SIHAYA', 'QANAT', ?, 'DEMOTED_AFTER_GRACE'),"
                + " (?, ?, 'HAJRA', 'ICHWAN', ?, 'PROMOTED')",
                community.value(), old, at(now.minus(Duration.ofDays(1))), community.value(), old,
                at(now.minus(Duration.ofDays(2))), community.value(), old, at(now.minus(Duration.ofDays(9))));

        LoadCommunityStatsPort stats = bean(LoadCommunityStatsPort.class);
        CommunityCounts counts = stats.countSince(community, weekAgo);

        assertThat(counts.members()).isEqualTo(2);
        assertThat(counts.tiers()).containsEntry(Tier.QANAT, 1).containsEntry(Tier.NONE, 1).hasSize(2);
        assertThat(counts.activeSince()).isEqualTo(1);
        assertThat(counts.joinedSince()).isEqualTo(1);
        assertThat(counts.promotionsSince()).isEqualTo(1);
        assertThat(stats.mostActive(community, new PageLimit(5))).extracting(ActiveMember::nym)
                .containsExactly(new Nym("old-timer"), new Nym("newcomer"));
    }

    private static String member(CommunityId community, String nym, Instant joinedAt, boolean left) {
        String user = snowflake();
        execute("INSERT INTO member_profiles (community_id, user_id, nym, nym_key, joined_at, left_at) VALUES (?, ?, ?, ?, ?, ?)",
                community.value(), user, nym, nym, at(joinedAt), left ? at(joinedAt) : null);
        return user;
    }

    private static void term(CommunityId community, String user, Instant seatedAt, Instant unseatedAt) {
        execute("INSERT INTO naib_seatings (community_id, user_id, seated_at, unseated_at) VALUES (?, ?, ?, ?)",
                community.value(), user, at(seatedAt), unseatedAt == null ? null : at(unseatedAt));
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
