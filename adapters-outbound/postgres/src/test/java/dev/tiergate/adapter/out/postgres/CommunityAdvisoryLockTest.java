package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.community.CommunityId;
import org.junit.jupiter.api.Test;

/** Each community has a lock key of its own. */
class CommunityAdvisoryLockTest {

    @Test
    void theLockKeyIsTheSnowflakeAsAnUnsigned64BitNumberSoCommunitiesNeverShareOne() {
        assertThat(CommunityAdvisoryLock.key(new CommunityId("100000000000000001"))).isEqualTo(100_000_000_000_000_001L);
        assertThat(CommunityAdvisoryLock.key(new CommunityId("18446744073709551615"))).isEqualTo(-1L);
        assertThat(CommunityAdvisoryLock.key(new CommunityId("9223372036854775808"))).isEqualTo(Long.MIN_VALUE);
    }
}
