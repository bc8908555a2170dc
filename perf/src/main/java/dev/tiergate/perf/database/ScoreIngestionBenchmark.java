package dev.tiergate.perf.database;

import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.in.score.IngestScoresUseCase;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.perf.Benchmark;
import dev.tiergate.perf.PerfContext;
import dev.tiergate.perf.report.Aba;
import dev.tiergate.perf.report.Check;
import dev.tiergate.perf.report.GoalResult;
import dev.tiergate.perf.report.PeerFigure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * P7: score rows ingested per second through the service's ingestion (batched upsert, re-rank, tier and
 * seat upkeep, in one community transaction) at a million members, against pgbench upserting batches of
 * the same size with the same statement into a table like member_profiles, without any rank upkeep.
 */
public final class ScoreIngestionBenchmark implements Benchmark {

    static final int BATCH = 100;
    /** A member's score grows by up to 2% per batch (at least 0.01): members move a few places, as a score feed moves them. */
    private static final double GROWTH = 0.02;
    private static final String PEER_TABLE = "score_upsert_peer";

    @Override
    public String id() {
        return "P7";
    }

    @Override
    public GoalResult run(PerfContext context) throws Exception {
        MillionMemberCommunity community = SharedCommunity.of(context);
        Duration measured = Duration.ofSeconds(context.smoke() ? 4 : 10);
        Path directory = context.workDirectory().resolve("p7");
        try (Connection connection = community.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + PEER_TABLE + " (LIKE member_profiles INCLUDING ALL)");
        }
        String script = upsertScript(community);
        IngestScoresUseCase ingestion = community.adapters().ingestion();
        SplittableRandom random = new SplittableRandom(7);

        Aba<Pgbench, double[]> aba = Aba.around(
                () -> Pgbench.run(community, directory, "upsert", script, measured, false),
                () -> ingest(ingestion, community, random, measured));
        PeerFigure peer = new PeerFigure("pgbench 100-row upsert", aba.before().transactionsPerSecond() * BATCH,
                aba.after().transactionsPerSecond() * BATCH, "rows/s",
                aba.before().commandLine() + "  # script: " + script.replace('\n', ' '));
        double rowsPerSecond = aba.subject()[0];
        context.say(id(), String.format(Locale.ROOT, "ingestion %.0f rows/s (%.0f batches, %.1f ms each);"
                + " pgbench upsert %.0f rows/s", rowsPerSecond, aba.subject()[1],
                aba.subject()[2] * 1000 / aba.subject()[1], peer.value()));
        return new GoalResult(id(), "score ingestion rows/s (batched upserts incl. rank/tier upkeep) vs pgbench 100-row"
                + " upsert rows/s, at " + String.format(Locale.ROOT, "%,d", community.members()) + " members",
                List.of(Check.atLeast("ingestion rows/s / pgbench upsert rows/s", rowsPerSecond / peer.value(), 0.5,
                        "×")),
                List.of(peer),
                List.of(String.format(Locale.ROOT, "IngestScoresUseCase (IngestScoresService, JdbcScoreAdapter upsert +"
                                + " RankMaterializer re-rank + TierReassessment) on one thread, batches of %d random"
                                + " members whose scores grow by up to 2%%, %.0f batches in %.1f s: %.1f rows/s, %.0f ms per batch",
                                BATCH, aba.subject()[1], aba.subject()[2], rowsPerSecond,
                                aba.subject()[2] * 1000 / aba.subject()[1]),
                        "peer table: CREATE TABLE " + PEER_TABLE + " (LIKE member_profiles INCLUDING ALL), same"
                                + " columns, checks and indexes, starting empty (its batches insert, then update)"));
    }

    /** Batches of random members' grown scores, each as of now; returns rows per second, batches and seconds taken. */
    private static double[] ingest(IngestScoresUseCase ingestion, MillionMemberCommunity community,
            SplittableRandom random, Duration measured) {
        long started = System.nanoTime();
        long end = started + measured.toNanos();
        long rows = 0;
        int batches = 0;
        while (System.nanoTime() < end) {
            List<ScoreEntry> entries = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                int member = random.nextInt(1, community.members() + 1);
                BigDecimal seeded = MillionMemberCommunity.seededScore(member).value();
                BigDecimal growth = seeded.multiply(BigDecimal.valueOf(random.nextDouble(0, GROWTH)))
                        .max(new BigDecimal("0.01")).setScale(2, RoundingMode.HALF_UP);
                entries.add(new ScoreEntry(Optional.of(MillionMemberCommunity.userId(member)), Optional.empty(),
                        new Score(seeded.add(growth))));
            }
            rows += ingestion.ingestScores(new IngestScoresCommand(community.community(), Instant.now(), entries))
                    .scoresApplied();
            batches++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new double[] {rows / seconds, batches, seconds};
    }

    /** One transaction: the service's upsert statement on {@value #BATCH} random seeded members, minus the rank. */
    private static String upsertScript(MillionMemberCommunity community) {
        return """
                INSERT INTO %s AS p (community_id, user_id, nym, nym_key, nym_placeholder, joined_at, score, score_as_of) \
                SELECT '%s', e.u::text, 'member-' || e.u, 'member-' || e.u, true, now(), \
                round(2500 * power(random(), 8)::numeric, 2), clock_timestamp() \
                FROM (SELECT DISTINCT %s AS u \
                FROM generate_series(1, %d)) e \
                ON CONFLICT (community_id, user_id) DO UPDATE SET score = EXCLUDED.score, score_as_of = EXCLUDED.score_as_of \
                WHERE p.score_as_of IS NULL OR p.score_as_of < EXCLUDED.score_as_of;
                """.formatted(PEER_TABLE, community.community().value(),
                MillionMemberCommunity.userIdExpression("floor(random() * " + community.members() + " + 1)::bigint"), BATCH);
    }
}
