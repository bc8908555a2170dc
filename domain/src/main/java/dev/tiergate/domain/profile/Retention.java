package dev.tiergate.domain.profile;

import java.time.Duration;
import java.time.Instant;

/** How long a community keeps the data of members who left before it is purged: 30 days. */
public final class Retention {

    public static final Duration LEFT_MEMBERS = Duration.ofDays(30);

    private Retention() {
    }

    /** Members who left strictly before this instant are due for purging at {@code now}. */
    public static Instant leftMembersPurgeableBefore(Instant now) {
        return now.minus(LEFT_MEMBERS);
    }
}
