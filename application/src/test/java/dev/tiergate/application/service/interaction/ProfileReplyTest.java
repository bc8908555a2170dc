package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.profile.ProfileView;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.badge.BadgeCategory;
import dev.tiergate.domain.badge.HeldBadge;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.tier.Tier;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProfileReplyTest {

    private static final Nym LONGEST = new Nym("_".repeat(31) + "a");
    private static final Bio HOSTILE = new Bio(("@everyone <@123456789012345678> @here ").repeat(5).substring(0, 160));
    private static final List<HeldBadge> RECENT = List.of(held("a"), held("b"), held("c"));
    private static final Optional<String> AVATAR = Optional.of("https://cdn.discordapp.com/avatars/1/a.png");

    private static HeldBadge held(String id) {
        return new HeldBadge(new Badge(new BadgeId(id), "@everyone " + "n".repeat(54), "🏅", BadgeCategory.CONTRIBUTION,
                "d".repeat(200)), Instant.parse("2026-11-22T00:00:00Z"));
    }

    @Test
    void theOwnViewAtWorstCaseSizesFitsDiscordAndPingsNobody() {
        Reply reply = ProfileReply.of(new ProfileView.Own(LONGEST, HOSTILE, AVATAR, Tier.NAIB, Tenure.OG,
                Instant.parse("2026-01-01T00:00:00Z"), Score.parse("123456789012345678901234567890.123456789012345678"),
                OptionalInt.of(1), true, false, 9999, RECENT));

        DiscordReplyLimits.assertFits(reply);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.description()).doesNotContain("@everyone", "@here", "<@1");
        assertThat(reply.fields()).noneSatisfy(field -> assertThat(field.value()).contains("@everyone"));
        assertThat(reply.thumbnailUrl()).isEqualTo(AVATAR);
    }

    @Test
    void thePublicViewRoundsTheScoreAndShowsTheAvatar() {
        Reply reply = ProfileReply.of(new ProfileView.Public(LONGEST, HOSTILE, AVATAR, Tier.USUL, Tenure.ELDER,
                new BigInteger("1235"), 3, RECENT));

        DiscordReplyLimits.assertFits(reply);
        assertThat(reply.ephemeral()).isFalse();
        assertThat(reply.fields()).anySatisfy(field -> assertThat(field.value()).isEqualTo("1,235"));
        assertThat(reply.thumbnailUrl()).isEqualTo(AVATAR);
    }
}
