package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.leaderboard.LeaderboardEntry;
import dev.tiergate.application.port.in.leaderboard.LeaderboardView;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.domain.leaderboard.LeaderboardKind;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.tier.Tier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LeaderboardReplyTest {

    /** 32 characters, every one an underscore: the longest nym, doubled by escaping. */
    static final Nym WORST_NYM = new Nym("_".repeat(32));

    @ParameterizedTest
    @EnumSource(LeaderboardKind.class)
    void twentyFiveLongestEntriesAndAnOwnEntryFitDiscord(LeaderboardKind kind) {
        List<LeaderboardEntry> top = new ArrayList<>();
        for (int place = 1; place <= 25; place++) {
            top.add(entry(place, false));
        }
        Reply reply = LeaderboardReply.of(new LeaderboardView(kind, top, Optional.of(entry(123_456, true)), 999_999));

        DiscordReplyLimits.assertFits(reply);
        assertThat(reply.ephemeral()).isFalse();
        assertThat(reply.description()).contains("`#25`").contains("\\_");
        assertThat(reply.fields().getFirst().value()).contains("#123456").contains("← you");
    }

    @ParameterizedTest
    @EnumSource(LeaderboardKind.class)
    void anEmptyBoardSaysSo(LeaderboardKind kind) {
        Reply reply = LeaderboardReply.of(new LeaderboardView(kind, List.of(), Optional.empty(), 0));

        DiscordReplyLimits.assertFits(reply);
        assertThat(reply.description()).startsWith("Nobody");
    }

    private static LeaderboardEntry entry(int place, boolean viewer) {
        return new LeaderboardEntry(place, WORST_NYM, Tier.SAYYADINA, new BigInteger("999999999999999999999999999999"), 14,
                Optional.of(new LeaderboardEntry.NextTier(Tier.USUL, BigInteger.valueOf(1111))), viewer);
    }
}
