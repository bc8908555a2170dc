package dev.tiergate.application.port.out.activity;

import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores activity: which activities were recorded (so a redelivered one counts once) and each
 * member's balance, decayed lazily and kept with its order key; meant to run inside one community
 * transaction with the engagement awards it leads to.
 */
public interface ActivityPort {

    /** Remembers the activity; false when it was recorded before. */
    boolean markRecorded(CommunityId communityId, UUID activityId, Instant at);

    /**
     * Adds points to the member's balance decayed to {@code at} and marks the member active; an
     * unknown member gets a profile first (placeholder nym, joined at {@code at}). Empty when the member left.
     */
    Optional<ActivityBalance> addPoints(CommunityId communityId, UserId member, double points, Instant at);

    /** Forgets at most {@code limit} recorded activities from before {@code cutoff}; returns how many it forgot. */
    int forgetRecordedBefore(Instant cutoff, int limit);
}
