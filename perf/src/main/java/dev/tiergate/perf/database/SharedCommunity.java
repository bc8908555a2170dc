package dev.tiergate.perf.database;

import dev.tiergate.perf.PerfContext;
import java.sql.SQLException;

/**
 * The one seeded community of a run: seeded by the first database goal that asks, read by the others,
 * dropped with its database when the run ends.
 */
final class SharedCommunity {

    static final int MEMBERS = 1_000_000;
    static final int SMOKE_MEMBERS = 200_000;

    private static MillionMemberCommunity seeded;

    private SharedCommunity() {
    }

    static synchronized MillionMemberCommunity of(PerfContext context) throws SQLException {
        if (seeded == null) {
            MillionMemberCommunity community = MillionMemberCommunity.seed(context.databaseUrl(),
                    context.smoke() ? SMOKE_MEMBERS : MEMBERS, line -> context.say("data", line));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    community.close();
                } catch (SQLException e) {
                    context.say("data", "could not drop the seeded database: " + e.getMessage());
                }
            }, "drop-seeded-community"));
            seeded = community;
        }
        return seeded;
    }
}
