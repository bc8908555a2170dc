package dev.tiergate.application.service.member;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.member.PurgeLeftMembersPort;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurgeLeftMembersServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-31T00:00:00Z");

    /** Members due for purging, and the calls made. */
    private static final class DueMembers implements PurgeLeftMembersPort {

        int due;
        final List<Instant> cutoffs = new ArrayList<>();

        @Override
        public int purgeLeftBefore(Instant cutoff, int limit) {
            cutoffs.add(cutoff);
            int deleted = Math.min(due, limit);
            due -= deleted;
            return deleted;
        }
    }

    private final DueMembers members = new DueMembers();
    private final PurgeLeftMembersService service = new PurgeLeftMembersService(members, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void purgesThoseWhoLeftMoreThanThirtyDaysAgoBatchByBatchUntilNoneIsDue() {
        members.due = PurgeLeftMembersService.BATCH * 2 + 7;

        assertThat(service.purgeLeftMembers()).isEqualTo(PurgeLeftMembersService.BATCH * 2 + 7);
        assertThat(members.cutoffs).hasSize(3).containsOnly(Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(service.purgeLeftMembers()).as("a second run finds nothing").isZero();
    }

    @Test
    void oneRunStopsAfterItsLastBatchAndTheNextContinues() {
        int max = PurgeLeftMembersService.BATCH * PurgeLeftMembersService.MAX_BATCHES;
        members.due = max + 1;

        assertThat(service.purgeLeftMembers()).isEqualTo(max);
        assertThat(members.cutoffs).hasSize(PurgeLeftMembersService.MAX_BATCHES);
        assertThat(service.purgeLeftMembers()).isEqualTo(1);
    }
}
