package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.communitystats.CommunityStatsView;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.role.RoleSyncFailure;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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
                Collections.nCopies(25, new CommunityStatsView.ActiveEntry(LeaderboardReplyTest.WORST_NYM, Long.MAX_VALUE))),
                Collections.nCopies(CommunityStatsReply.REFUSALS_SHOWN, refusal(RoleSyncFailure.Reason.REJECTED,
                        "x".repeat(RoleSyncFailure.DETAIL_MAX))));

        DiscordReplyLimits.assertFits(reply);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.fields()).anySatisfy(f -> assertThat(f.value()).contains("Fedaykin: "));
    }

    @Test
    void refusedRoleChangesTellTheAdminWhatToFix() {
        Map<Tier, Integer> tiers = Arrays.stream(Tier.values()).collect(Collectors.toMap(Function.identity(), t -> 0));
        CommunityStatsView quiet = new CommunityStatsView(1, 1, tiers, 0, 0, 0, 0, List.of());

        Reply none = CommunityStatsReply.of(quiet, List.of());
        Reply refused = CommunityStatsReply.of(quiet, List.of(refusal(RoleSyncFailure.Reason.FORBIDDEN, "Missing Permissions")));

        assertThat(none.fields()).anySatisfy(f -> assertThat(f.value()).isEqualTo("None."));
        assertThat(refused.fields()).anySatisfy(f -> assertThat(f.value())
                .contains("<@&222222222222222222> for <@333333333333333333>")
                .contains("above Tiergate's role").contains("re-sync"));
    }

    private static RoleSyncFailure refusal(RoleSyncFailure.Reason reason, String detail) {
        return new RoleSyncFailure(new CommunityId("111111111111111111"), new UserId("333333333333333333"),
                "222222222222222222", reason, detail, Instant.parse("2026-11-22T12:00:00Z"));
    }
}
