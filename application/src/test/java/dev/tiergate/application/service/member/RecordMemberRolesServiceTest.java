package dev.tiergate.application.service.member;

import static dev.tiergate.application.service.member.LifecycleFixtures.GUILD;
import static dev.tiergate.application.service.member.LifecycleFixtures.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.in.member.MemberRolesResult;
import dev.tiergate.application.port.in.member.RecordMemberRolesCommand;
import dev.tiergate.application.port.out.member.RecordMemberRolesPort;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecordMemberRolesServiceTest {

    private static final Instant T1 = Instant.parse("2026-05-01T12:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private static final String ROLE_A = "111111111111111111";
    private static final String ROLE_B = "222222222222222222";

    /** Roles as of a time, newest wins, as the port promises. */
    private record Dated(Set<String> roles, Instant at) {
    }

    private final Map<UserId, Dated> stored = new HashMap<>();
    private final Set<CommunityId> ensured = new HashSet<>();
    private final RecordMemberRolesPort roles = (community, user, roleIds, at) -> {
        Dated before = stored.get(user);
        if (before != null && !before.at().isBefore(at)) {
            return false;
        }
        stored.put(user, new Dated(roleIds, at));
        return true;
    };
    private final RecordMemberRolesService service = new RecordMemberRolesService(new LifecycleFixtures.RunNow(),
            id -> {
                ensured.add(id);
                return Community.withDefaults(id);
            }, roles);

    @Test
    void theNewestUpdateWinsWhateverTheOrderOfArrival() {
        assertThat(service.recordMemberRoles(update(Set.of(ROLE_A, ROLE_B), T2)))
                .isEqualTo(new MemberRolesResult.Recorded());
        assertThat(service.recordMemberRoles(update(Set.of(ROLE_A), T1))).isEqualTo(new MemberRolesResult.Outdated());
        assertThat(service.recordMemberRoles(update(Set.of(ROLE_A, ROLE_B), T2)))
                .as("a replay").isEqualTo(new MemberRolesResult.Outdated());

        assertThat(stored.get(MEMBER)).isEqualTo(new Dated(Set.of(ROLE_A, ROLE_B), T2));
        assertThat(ensured).containsExactly(GUILD);
    }

    @Test
    void rolesMustBeSnowflakesAndAtMostAGuildsWorth() {
        assertThatThrownBy(() -> update(Set.of("@everyone"), T1)).isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("roles");
        Set<String> tooMany = IntStream.range(0, RecordMemberRolesCommand.MAX_ROLES + 1)
                .mapToObj(n -> Long.toString(300_000_000_000_000_000L + n)).collect(Collectors.toSet());
        assertThatThrownBy(() -> update(tooMany, T1)).isInstanceOf(InvalidFieldException.class);
        assertThat(update(Set.of(), T1).roleIds()).as("a member may hold no role").isEmpty();
    }

    private static RecordMemberRolesCommand update(Set<String> roleIds, Instant at) {
        return new RecordMemberRolesCommand(GUILD, MEMBER, roleIds, at);
    }
}
