package dev.tiergate.perf.database;

import dev.tiergate.application.port.in.directory.DirectoryPage;
import dev.tiergate.application.port.out.directory.DirectorySelection;
import dev.tiergate.application.port.out.directory.LoadDirectoryPort;
import dev.tiergate.application.port.out.leaderboard.LoadLeaderboardPort;
import dev.tiergate.domain.directory.DirectoryCursor;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.perf.Benchmark;
import dev.tiergate.perf.PerfContext;
import dev.tiergate.perf.report.Aba;
import dev.tiergate.perf.report.Check;
import dev.tiergate.perf.report.GoalResult;
import dev.tiergate.perf.report.PeerFigure;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * P6: the leaderboard's top 100 and a directory page deep in a million members, read by the service's list
 * adapters (keyset cursor, as the directory pages), against the directory's first page and pgbench's
 * primary-key look-up: a keyset page costs the same at any depth, where OFFSET would read every row before it.
 */
public final class DeepPageBenchmark implements Benchmark {

    private static final DirectorySelection EVERYONE = new DirectorySelection(Set.of(), Optional.empty(),
            Optional.empty());
    private static final PageLimit DIRECTORY_PAGE = new PageLimit(DirectoryPage.SIZE);
    private static final PageLimit LEADERBOARD_TOP = new PageLimit(100);

    @Override
    public String id() {
        return "P6";
    }

    @Override
    public GoalResult run(PerfContext context) throws Exception {
        MillionMemberCommunity community = SharedCommunity.of(context);
        Duration measured = Duration.ofSeconds(context.smoke() ? 3 : 5);
        Duration warmUp = Duration.ofSeconds(context.smoke() ? 1 : 2);
        Path directory = context.workDirectory().resolve("p6");
        LoadDirectoryPort pages = community.adapters().port(LoadDirectoryPort.class);
        LoadLeaderboardPort leaderboard = community.adapters().port(LoadLeaderboardPort.class);
        long listed = community.queryLong("SELECT count(*) FROM member_profiles WHERE community_id = ?"
                + " AND left_at IS NULL AND NOT directory_opt_out", community.community().value());
        long depth = listed * 99 / 100;
        DirectoryCursor deep = cursorAt(community, depth);

        Aba<Pgbench, Histogram[]> aba = Aba.around(
                () -> Pgbench.primaryKeyLookup(community, directory, "pk", measured),
                () -> new Histogram[] {
                    TimedCalls.run(warmUp, measured, () -> pages.findPage(community.community(), EVERYONE,
                            DirectorySort.NYM, Optional.empty(), true, DIRECTORY_PAGE)),
                    TimedCalls.run(warmUp, measured, () -> pages.findPage(community.community(), EVERYONE,
                            DirectorySort.NYM, Optional.of(deep), true, DIRECTORY_PAGE)),
                    TimedCalls.run(warmUp, measured, () -> leaderboard.topByRank(community.community(),
                            LEADERBOARD_TOP))});
        Histogram count = TimedCalls.run(Duration.ofSeconds(1), measured, () -> pages.countSelected(
                community.community(), EVERYONE));
        PeerFigure pk = new PeerFigure("pgbench primary-key lookup p99",
                TimedCalls.p99Millis(aba.before().latencies()), TimedCalls.p99Millis(aba.after().latencies()), "ms",
                aba.before().commandLine());
        double first = TimedCalls.p99Millis(aba.subject()[0]);
        double deepPage = TimedCalls.p99Millis(aba.subject()[1]);
        double top = TimedCalls.p99Millis(aba.subject()[2]);
        context.say(id(), String.format(Locale.ROOT, "directory page 1 p99 %.3f ms, page at depth %,d p99 %.3f ms,"
                + " leaderboard top 100 p99 %.3f ms, PK p99 %.3f ms", first, depth, deepPage, top, pk.value()));
        return new GoalResult(id(), "leaderboard top 100 and a directory page at depth " + String.format(Locale.ROOT,
                "%,d", depth) + ", p99, vs page 1 and vs PK p99",
                List.of(Check.atMost("deep page p99 / page 1 p99", deepPage / first, 1.5, "×"),
                        Check.atMost("deep page p99 / PK p99", deepPage / pk.value(), 2, "×")),
                List.of(pk),
                List.of(String.format(Locale.ROOT, "directory by nym (LoadDirectoryPort.findPage, JdbcDirectoryAdapter,"
                                + " keyset cursor, %d rows): page 1 p99 %.3f ms (median %.3f); page after the %,dth of"
                                + " %,d listed members p99 %.3f ms (median %.3f); pgbench PK median %.3f ms",
                                DirectoryPage.SIZE, first, median(aba.subject()[0]), depth, listed, deepPage,
                                median(aba.subject()[1]), (median(aba.before().latencies())
                                        + median(aba.after().latencies())) / 2),
                        String.format(Locale.ROOT, "leaderboard top 100 (LoadLeaderboardPort.topByRank) p99 %.3f ms"
                                + " = %.1f × PK p99 (100 rows against 1)", top, top / pk.value()),
                        String.format(Locale.ROOT, "the count a directory browse starts with (LoadDirectoryPort"
                                + ".countSelected, everyone): p99 %.3f ms, median %.3f ms: it counts up to DirectoryCount.CAP"
                                + " + 1 members and then says \"10,000+\", once per browse, not per page",
                                TimedCalls.p99Millis(count), count.getValueAtPercentile(50) / 1000.0),
                        String.format(Locale.ROOT, "each %d s after %d s warm-up, one thread; depth is 99%% of the"
                                + " listed members (left and opted-out members are not listed)", measured.toSeconds(),
                                warmUp.toSeconds())));
    }

    private static double median(Histogram microseconds) {
        return microseconds.getValueAtPercentile(50) / 1000.0;
    }

    /** The cursor of the listed member at {@code depth} in nym order (found once, by OFFSET, outside the timing). */
    private static DirectoryCursor cursorAt(MillionMemberCommunity community, long depth) throws Exception {
        try (Connection connection = community.connect(); PreparedStatement statement = connection.prepareStatement("""
                SELECT nym_key, joined_at, badge_count, score, user_id FROM member_profiles
                WHERE community_id = ? AND left_at IS NULL AND NOT directory_opt_out
                ORDER BY nym_key COLLATE "C", user_number OFFSET ? LIMIT 1""")) {
            statement.setString(1, community.community().value());
            statement.setLong(2, depth - 1);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new DirectoryCursor(row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getInt(3), new Score(row.getBigDecimal(4)), new UserId(row.getString(5)));
            }
        }
    }
}
