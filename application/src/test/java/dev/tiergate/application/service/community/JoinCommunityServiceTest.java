package dev.tiergate.application.service.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.in.community.CommunityJoinResult;
import dev.tiergate.application.port.in.community.JoinCommunityCommand;
import dev.tiergate.application.port.in.community.LeaveCommunityCommand;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JoinCommunityServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final Instant T1 = Instant.parse("2026-05-01T12:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private static final Instant T3 = T2.plusSeconds(60);

    private final InMemoryCommunities communities = new InMemoryCommunities();
    private final JoinCommunityService join = new JoinCommunityService(communities, communities, communities,
            communities);
    private final LeaveCommunityService leave = new LeaveCommunityService(communities, communities, communities,
            communities);

    @Test
    void aNewGuildGetsAnActiveCommunityWithDefaultRulesAndItsName() {
        assertThat(join.joinCommunity(command(Optional.of("  Sietch Tabr "), T1)))
                .isEqualTo(new CommunityJoinResult.Created());

        assertThat(communities.communities.get(GUILD)).satisfies(community -> {
            assertThat(community.name()).isEqualTo("Sietch Tabr");
            assertThat(community.active()).isTrue();
            assertThat(community.config()).isEqualTo(CommunityConfig.DEFAULTS);
        });
    }

    @Test
    void aJoinAfterALeaveReactivatesAndAReplayChangesNothing() {
        join.joinCommunity(command(Optional.of("Sietch Tabr"), T1));
        leave.leaveCommunity(new LeaveCommunityCommand(GUILD, false, T2));

        assertThat(join.joinCommunity(command(Optional.empty(), T3))).isEqualTo(new CommunityJoinResult.Reactivated());
        assertThat(communities.communities.get(GUILD).name()).as("a join without a name keeps it")
                .isEqualTo("Sietch Tabr");
        assertThat(join.joinCommunity(command(Optional.of("Other"), T3))).isEqualTo(new CommunityJoinResult.Outdated());
        assertThat(communities.communities.get(GUILD).name()).isEqualTo("Sietch Tabr");
    }

    @Test
    void aJoinOlderThanTheLeaveAppliedKeepsTheCommunityInactive() {
        leave.leaveCommunity(new LeaveCommunityCommand(GUILD, false, T2));

        assertThat(join.joinCommunity(command(Optional.empty(), T1))).isEqualTo(new CommunityJoinResult.Outdated());
        assertThat(communities.communities.get(GUILD).active()).isFalse();
    }

    @Test
    void aGuildNameLongerThanDiscordAllowsIsRejected() {
        assertThatThrownBy(() -> command(Optional.of("x".repeat(101)), T1)).isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("name");
    }

    private static JoinCommunityCommand command(Optional<String> name, Instant at) {
        return new JoinCommunityCommand(GUILD, name, at);
    }
}
