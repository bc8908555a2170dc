package dev.tiergate.application.port.out.member;

import java.time.Instant;

/** Deletes members who left, with every row that belongs to them, oldest departure first and in bounded batches. */
public interface PurgeLeftMembersPort {

    /** Deletes at most {@code limit} members, of any community, who left before {@code cutoff}; returns how many. */
    int purgeLeftBefore(Instant cutoff, int limit);
}
