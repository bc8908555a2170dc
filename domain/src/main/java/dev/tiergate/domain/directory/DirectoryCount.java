package dev.tiergate.domain.directory;

import java.util.Locale;

/**
 * How many members a directory listing says it holds: exact up to {@link #CAP}, past it only "more than",
 * so counting never reads a large community row by row (at a million members an exact count is a scan).
 */
public final class DirectoryCount {

    /** Counted exactly up to here. */
    public static final int CAP = 10_000;

    private DirectoryCount() {
    }

    /** How many matching members to count at most: one past the cap tells "more than the cap". */
    public static int countUpTo() {
        return CAP + 1;
    }

    /** "1 member", "2,345 members", or "10,000+ members" for a count past the cap. */
    public static String text(int counted) {
        if (counted > CAP) {
            return String.format(Locale.ROOT, "%,d+ members", CAP);
        }
        return String.format(Locale.ROOT, "%,d %s", counted, counted == 1 ? "member" : "members");
    }
}
