package dev.tiergate.application.service.member;

import dev.tiergate.application.port.in.member.PurgeLeftMembersUseCase;
import dev.tiergate.application.port.out.member.PurgeLeftMembersPort;
import dev.tiergate.domain.profile.Retention;
import java.time.Clock;
import java.time.Instant;

/**
 * Purges members who left before the retention cut-off, {@link #BATCH} per transaction and at most
 * {@link #MAX_BATCHES} batches per run, so one run never holds the table for long; the next run
 * continues where this one stopped.
 */
public final class PurgeLeftMembersService implements PurgeLeftMembersUseCase {

    static final int BATCH = 500;
    static final int MAX_BATCHES = 20;

    private final PurgeLeftMembersPort members;
    private final Clock clock;

    public PurgeLeftMembersService(PurgeLeftMembersPort members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    public int purgeLeftMembers() {
        Instant cutoff = Retention.leftMembersPurgeableBefore(clock.instant());
        int purged = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int deleted = members.purgeLeftBefore(cutoff, BATCH);
            purged += deleted;
            if (deleted < BATCH) {
                break;
            }
        }
        return purged;
    }
}
