package dev.tiergate.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What a rate limit looks like from the receiving end: the busiest second of a run of arrivals. */
public final class Arrivals {

    private Arrivals() {
    }

    /** The most arrivals within any closed one-second window; {@code arrivals} in time order. */
    public static int busiestSecond(List<Instant> arrivals) {
        int busiest = 0;
        int first = 0;
        for (int last = 0; last < arrivals.size(); last++) {
            while (Duration.between(arrivals.get(first), arrivals.get(last)).compareTo(Duration.ofSeconds(1)) > 0) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        return busiest;
    }
}
