package dev.tiergate.application.service.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.activity.ActivityPort;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PruneRecordedActivitiesServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    /** Holds {@code stored} old records and forgets them batch by batch, remembering each call's cutoff. */
    private static final class OldRecords implements ActivityPort {
        int stored;
        final List<Instant> cutoffs = new ArrayList<>();

        OldRecords(int stored) {
            this.stored = stored;
        }

        @Override
        public boolean markRecorded(CommunityId communityId, UUID activityId, Instant at) {
            throw new AssertionError("not part of pruning");
        }

        @Override
        public Optional<ActivityBalance> addPoints(CommunityId communityId, UserId member, double points, Instant at) {
            throw new AssertionError("not part of pruning");
        }

        @Override
        public int forgetRecordedBefore(Instant cutoff, int limit) {
            cutoffs.add(cutoff);
            int forgotten = Math.min(stored, limit);
            stored -= forgotten;
            return forgotten;
        }
    }

    @Test
    void forgetsEverythingOlderThanTwentyFiveHoursInBatchesUntilABatchComesBackShort() {
        OldRecords records = new OldRecords(12_345);

        int forgotten = new PruneRecordedActivitiesService(records, Clock.fixed(NOW, ZoneOffset.UTC))
                .pruneRecordedActivities();

        assertThat(forgotten).isEqualTo(12_345);
        assertThat(records.cutoffs).hasSize(3).containsOnly(NOW.minusSeconds(25 * 3600));
    }

    @Test
    void oneRunStopsAfterItsLastBatchAndLeavesTheRestForTheNext() {
        OldRecords records = new OldRecords(PruneRecordedActivitiesService.BATCH * (PruneRecordedActivitiesService.MAX_BATCHES + 2));

        int forgotten = new PruneRecordedActivitiesService(records, Clock.fixed(NOW, ZoneOffset.UTC))
                .pruneRecordedActivities();

        assertThat(forgotten).isEqualTo(PruneRecordedActivitiesService.BATCH * PruneRecordedActivitiesService.MAX_BATCHES);
        assertThat(records.stored).isEqualTo(2 * PruneRecordedActivitiesService.BATCH);
    }
}
