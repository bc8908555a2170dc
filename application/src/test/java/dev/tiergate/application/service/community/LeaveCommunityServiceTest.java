package dev.tiergate.application.service.community;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.community.CommunityLeaveResult;
import dev.tiergate.application.port.in.community.JoinCommunityCommand;
import dev.tiergate.application.port.in.community.LeaveCommunityCommand;
import dev.tiergate.domain.community.CommunityId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaveCommunityServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final Instant T1 = Instant.parse("2026-05-01T12:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);

    private final InMemoryCommunities communities = new InMemoryCommunities();
    private final LeaveCommunityService leave = new LeaveCommunityService(communities, communities, communities,
            communities);

    @Test
    void aRemovalMarksTheCommunityInactiveOnceAndNeverDeletesIt() {
        new JoinCommunityService(communities, communities, communities, communities)
                .joinCommunity(new JoinCommunityCommand(GUILD, Optional.of("Sietch"), T1));

        assertThat(leave.leaveCommunity(new LeaveCommunityCommand(GUILD, false, T2)))
                .isEqualTo(new CommunityLeaveResult.Deactivated());
        assertThat(leave.leaveCommunity(new LeaveCommunityCommand(GUILD, false, T2)))
                .isEqualTo(new CommunityLeaveResult.Outdated());
        assertThat(leave.leaveCommunity(new LeaveCommunityCommand(GUILD, false, T2.plusSeconds(1))))
                .isEqualTo(new CommunityLeaveResult.AlreadyInactive());
        assertThat(communities.communities.get(GUILD).active()).isFalse();
        assertThat(communities.communities.get(GUILD).name()).isEqualTo("Sietch");
    }

    @Test
    void anOutageChangesNothingNotEvenForAGuildNeverSeen() {
        assertThat(leave.leaveCommunity(new LeaveCommunityCommand(GUILD, true, T1)))
                .isEqualTo(new CommunityLeaveResult.Outage());

        assertThat(communities.communities).isEmpty();
        assertThat(communities.stamps).isEmpty();
    }

    @Test
    void aRemovalFromAGuildNeverSeenLeavesAnInactiveCommunity() {
        assertThat(leave.leaveCommunity(new LeaveCommunityCommand(GUILD, false, T1)))
                .isEqualTo(new CommunityLeaveResult.Deactivated());
        assertThat(communities.communities.get(GUILD).active()).isFalse();
    }
}
