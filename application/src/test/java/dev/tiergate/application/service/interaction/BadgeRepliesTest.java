package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.badge.BadgeAwardResult;
import dev.tiergate.application.port.in.badge.BadgesView;
import dev.tiergate.application.port.in.stats.StatsView;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeCategory;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.badge.HeldBadge;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.tier.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** /badges, /admin-badge and /stats replies fit Discord's limits with worst-case data and never ping. */
class BadgeRepliesTest {

    private static final Instant AWARDED = Instant.parse("2026-04-01T00:00:00Z");
    private static final Nym LONGEST = new Nym("a_b_c_d_e_f_g_h_i_j_k_l_m_n_o_p_");

    @Test
    void twoHundredHeldBadgesWithLongNamesFitOneReplyAndCountTheRest() {
        List<HeldBadge> held = IntStream.range(0, 200).mapToObj(i -> new HeldBadge(new Badge(new BadgeId("b" + i),
                "@everyone " + "n".repeat(54), "🏺", BadgeCategory.CONTRIBUTION, "d".repeat(200)), AWARDED)).toList();

        Reply reply = BadgesReply.of(new BadgesView.Found(LONGEST, held, false));

        DiscordReplyLimits.assertFits(reply);
        assertThat(reply.ephemeral()).isFalse();
        assertThat(reply.description()).contains("more").doesNotContain("@everyone");
    }

    @Test
    void ownBadgesAreEphemeralAndAnEmptyListSaysSo() {
        Reply reply = BadgesReply.of(new BadgesView.Found(LONGEST, List.of(), true));

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.description()).isEqualTo("You hold no badges yet.");
    }

    @Test
    void awardRepliesNeverEchoWhatTheAdminTyped() {
        Reply unknown = BadgeAwardReply.of(new BadgeAwardResult.UnknownBadge("@everyone"));
        Reply missing = BadgeAwardReply.of(new BadgeAwardResult.MemberNotFound("@here"));

        assertThat(unknown.description()).doesNotContain("@everyone");
        assertThat(missing.description()).doesNotContain("@here");
        assertThat(unknown.ephemeral()).isTrue();
    }

    @Test
    void statsShowTheExactScoreAndNaibTimeToTheMemberOnly() {
        Reply reply = StatsReply.of(new StatsView.Found(LONGEST, OptionalInt.of(3), Tier.NAIB,
                Score.parse("1234.000000000000000001"), 4, 12.345, Tenure.VETERAN, AWARDED,
                Duration.ofDays(3).plusHours(4), 2));

        DiscordReplyLimits.assertFits(reply);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.fields()).extracting(f -> f.name() + "=" + f.value()).contains("Rank=#3",
                "Score=1,234.000000000000000001", "Activity=12.3", "Naib time=3 d 4 h", "Tier changes=2");
    }

    @Test
    void noStatsYetIsANotice() {
        assertThat(StatsReply.of(new StatsView.NotFound()).title()).isEqualTo("No stats yet");
        assertThat(Optional.of(StatsReply.duration(Duration.ofMinutes(5)))).contains("Under an hour");
    }
}
