package dev.tiergate.perf.database;

import dev.tiergate.application.port.in.position.ShowPositionQuery;
import dev.tiergate.application.port.in.position.ShowPositionUseCase;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.perf.Benchmark;
import dev.tiergate.perf.PerfContext;
import dev.tiergate.perf.report.Aba;
import dev.tiergate.perf.report.Check;
import dev.tiergate.perf.report.GoalResult;
import dev.tiergate.perf.report.PeerFigure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/**
 * P5: a member's rank at a million members, read as the service reads it (the ranking adapter's look-up
 * of the materialized rank) for random members, against pgbench reading random members by primary key.
 */
public final class RankLookupBenchmark implements Benchmark {

    @Override
    public String id() {
        return "P5";
    }

    @Override
    public boolean inSmokeRun() {
        return true;
    }

    @Override
    public GoalResult run(PerfContext context) throws Exception {
        MillionMemberCommunity community = SharedCommunity.of(context);
        Duration measured = Duration.ofSeconds(context.smoke() ? 3 : 8);
        Duration warmUp = Duration.ofSeconds(context.smoke() ? 1 : 3);
        Path directory = context.workDirectory().resolve("p5");
        LoadRankingPort ranking = community.adapters().port(LoadRankingPort.class);
        ShowPositionUseCase position = community.adapters().position();
        SplittableRandom random = new SplittableRandom(5);
        int members = community.members();

        Aba<Pgbench, Histogram> aba = Aba.around(
                () -> Pgbench.primaryKeyLookup(community, directory, "pk", measured),
                () -> TimedCalls.run(warmUp, measured, () -> ranking.findRanked(community.community(),
                        MillionMemberCommunity.userId(random.nextInt(1, members + 1)))));
        Histogram wholePosition = TimedCalls.run(warmUp, measured, () -> position.showPosition(new ShowPositionQuery(
                community.community(), MillionMemberCommunity.userId(random.nextInt(1, members + 1)))));

        double pkBefore = TimedCalls.p99Millis(aba.before().latencies());
        double pkAfter = TimedCalls.p99Millis(aba.after().latencies());
        PeerFigure pk = new PeerFigure("pgbench primary-key lookup p99", pkBefore, pkAfter, "ms",
                aba.before().commandLine() + "  # script: " + directory.resolve("pk.pgbench"));
        double rank = TimedCalls.p99Millis(aba.subject());
        context.say(id(), String.format(Locale.ROOT, "rank p99 %.3f ms over %,d look-ups; pgbench PK p99 %.3f / %.3f ms;"
                + " /position p99 %.3f ms", rank, aba.subject().getTotalCount(), pkBefore, pkAfter,
                TimedCalls.p99Millis(wholePosition)));
        return new GoalResult(id(), "rank of one member at " + String.format(Locale.ROOT, "%,d", members)
                + " members, p99, vs pgbench primary-key lookup p99",
                List.of(Check.atMost("rank look-up p99 / PK p99", rank / pk.value(), 10, "×")),
                List.of(pk),
                List.of(String.format(Locale.ROOT, "rank look-up (LoadRankingPort.findRanked, JdbcRankingAdapter through"
                                + " Micronaut Data, Hikari, one thread) p99 %.3f ms, median %.3f ms, %,d random members"
                                + " in %d s after %d s warm-up", rank, aba.subject().getValueAtPercentile(50) / 1000.0,
                                aba.subject().getTotalCount(), measured.toSeconds(), warmUp.toSeconds()),
                        String.format(Locale.ROOT, "whole /position use case (ShowPositionService: the member with its"
                                + " neighbours and the cut-off, the seat: 2 statements, and the community's rank bands"
                                + " once a second) p99 %.3f ms"
                                + " = %.1f × PK p99",
                                TimedCalls.p99Millis(wholePosition), TimedCalls.p99Millis(wholePosition) / pk.value()),
                        "the rank look-up and /position's statements are index look-ups, no scan, count or window:"
                                + " RankingQueryPlanIT and RequestPathQueryPlanIT (adapters-outbound/postgres, mvn verify)"));
    }
}
