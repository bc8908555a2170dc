package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.communitystats.CommunityStatsView;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.domain.tier.Tier;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CommunityStatsReplyTest {

    @Test
    void theLargestFiguresAndLongestNymsFitDiscordAndStayPrivate() {
        Map<Tier, Integer> tiers = Arrays.stream(Tier.values()).collect(Collectors.toMap(Function.identity(), t -> Integer.MAX_VALUE));
        Reply reply = CommunityStatsReply.of(new CommunityStatsView(Integer.MAX_VALUE, Integer.MAX_VALUE, tiers,
                Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
                Collections.nCopies(25, new CommunityStatsView.ActiveEntry(LeaderboardReplyTest.WORST_NYM, Long.MAX_VALUE))));

        DiscordReplyLimits.assertFits(reply);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.fields()).anySatisfy(f -> assertThat(f.value()).contains("Fedaykin: "));
    }
}
