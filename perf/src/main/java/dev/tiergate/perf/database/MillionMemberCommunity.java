package dev.tiergate.perf.database;

import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.in.score.IngestScoresUseCase;
import dev.tiergate.application.port.in.score.ScoreIngestion;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.TierLadder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One community of a million members in a database of its own, migrated by the service's Flyway
 * migrations and seeded set-based (one INSERT per table from generate_series), so the database goals
 * measure a community as large as a busy Discord server's in well under a minute.
 *
 * <p>Member {@code n} (1…members) has the user id {@link #userId(long)}: 10^17 plus a multiplicative
 * permutation of n, so a benchmark picks random members without reading them. Scores follow a steep curve
 * ({@code 2500 × u^8} for a uniform u: half below 10, one in eleven above 1,111, one in 25 zero), join dates
 * spread over two years, 2.5% have left and 5% opted out of the directory; each badge is held by one member in
 * {@code 10 + 8 × position} (one in 2,000 for achievements), so some badges are common and some rare. Score
 * tiers follow the default ladder; ranks are numbered in the rank order (score desc, joined-at, user id) as
 * they are seeded, then the service's own score ingestion (one real batch) re-ranks the community, assesses
 * the rank-based tiers and seats the Naib council, and the seeding checks that its ranks were left unchanged.
 */
final class MillionMemberCommunity implements AutoCloseable {

    static final Instant NOW = Instant.now();
    private static final long PERMUTATION = 48_271;
    private static final long MODULUS = 2_147_483_647;
    private static final long FIRST_SNOWFLAKE = 100_000_000_000_000_000L;

    private final String serverUrl;
    private final String database;
    private final String user;
    private final CommunityId community;
    private final int members;
    private final PostgresAdapters adapters;

    private MillionMemberCommunity(String serverUrl, String database, String user, CommunityId community,
            int members, PostgresAdapters adapters) {
        this.serverUrl = serverUrl;
        this.database = database;
        this.user = user;
        this.community = community;
        this.members = members;
        this.adapters = adapters;
    }

    /** Creates the database, migrates it, seeds {@code members} members; reports each step's time to {@code log}. */
    static MillionMemberCommunity seed(String serverUrl, int members, Consumer<String> log) throws SQLException {
        long started = System.nanoTime();
        String database = "tiergate_perf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(serverUrl); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        String user = queryParameter(serverUrl, "user").orElse("postgres");
        PostgresAdapters adapters = PostgresAdapters.start(withDatabase(serverUrl, database), user);
        CommunityId community = new CommunityId("1" + String.format(Locale.ROOT, "%017d", members));
        adapters.port(EnsureCommunityPort.class).ensureCommunity(community);
        MillionMemberCommunity seeded = new MillionMemberCommunity(serverUrl, database, user, community, members,
                adapters);
        log.accept(String.format(Locale.ROOT, "database %s migrated by Flyway in %.1f s", database, seconds(started)));
        seeded.insertMembers(log);
        seeded.settleThroughTheService(log);
        log.accept(String.format(Locale.ROOT, "seeded %,d members in %.1f s", members, seconds(started)));
        return seeded;
    }

    CommunityId community() {
        return community;
    }

    int members() {
        return members;
    }

    PostgresAdapters adapters() {
        return adapters;
    }

    /** Member {@code n}'s user id (1 ≤ n ≤ members), as the seeding numbered it. */
    static UserId userId(long n) {
        return new UserId(Long.toString(FIRST_SNOWFLAKE + n * PERMUTATION % MODULUS));
    }

    /** Member {@code n}'s score as seeded: the Java twin of the seeding's score expression. */
    static Score seededScore(long n) {
        if (n % 25 == 0) {
            return Score.ZERO;
        }
        double uniform = (n * 9973 % 1_000_003) / 1_000_003.0;
        return new Score(BigDecimal.valueOf(2500 * Math.pow(uniform, 8)).setScale(2, RoundingMode.HALF_UP));
    }

    /** The same id (as a number) of the member number {@code n}, an SQL or pgbench expression. */
    static String userIdExpression(String n) {
        return FIRST_SNOWFLAKE + " + (" + n + " * " + PERMUTATION + ") % " + MODULUS;
    }

    /** A connection of its own to the seeded database. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(withDatabase(serverUrl, database));
    }

    /** The connection options of psql and pgbench for the seeded database. */
    List<String> clientArguments() {
        URI uri = URI.create(serverUrl.substring("jdbc:".length()));
        return List.of("-h", uri.getHost(), "-p", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "-U", user, database);
    }

    long queryLong(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        adapters.close();
        try (Connection admin = DriverManager.getConnection(serverUrl); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private void insertMembers(Consumer<String> log) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            List<String> indexes = withoutSecondaryIndexes(connection);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO member_profiles (community_id, user_id, nym, nym_key, joined_at, score, tier, rank,
                                                 left_at, directory_opt_out, badge_count)
                    SELECT ?, m.user_number::text, m.nym, lower(m.nym), m.joined_at, m.score, %s,
                           CASE WHEN NOT m.gone AND m.score > 0
                                THEN row_number() OVER (PARTITION BY NOT m.gone AND m.score > 0
                                                        ORDER BY m.score DESC, m.joined_at, m.user_number) END,
                           CASE WHEN m.gone THEN m.joined_at + (CAST(? AS timestamptz) - m.joined_at) / 2 END,
                           m.g %% 20 = 1,
                           %s
                    FROM (SELECT g, g %% 40 = 0 AS gone,
                                 %s AS user_number,
                                 'Nym' || substr(md5(g::text), 1, 6) || '-' || g AS nym,
                                 CAST(? AS timestamptz) - interval '730 days' + ((g::bigint * 7919) %% 1051200) * interval '1 minute'
                                     AS joined_at,
                                 -- the twin of seededScore(n)
                                 CASE WHEN g %% 25 = 0 THEN 0
                                      ELSE round((2500 * power(((g::bigint * 9973) %% 1000003) / 1000003.0::float8, 8))::numeric, 2)
                                 END AS score
                          FROM generate_series(1, ?) g) m""".formatted(tierOf("m.score"), badgeCount(connection, "m.user_number"),
                    userIdExpression("g::bigint")))) {
                insert.setString(1, community.value());
                insert.setObject(2, at(NOW));
                insert.setObject(3, at(NOW));
                insert.setInt(4, members);
                insert.executeUpdate();
            }
            double membersIn = seconds(started);
            try (PreparedStatement awards = connection.prepareStatement("""
                    INSERT INTO badge_awards (community_id, user_id, badge_id, awarded_at, awarded_by, award_reason)
                    SELECT p.community_id, p.user_id, b.badge_id, p.joined_at + interval '1 day', 'rule:perf', 'seeded'
                    FROM member_profiles p JOIN community_badges b ON b.community_id = p.community_id
                    WHERE p.community_id = ? AND p.badge_count > 0 AND %s""".formatted(holds("p.user_number")))) {
                awards.setString(1, community.value());
                awards.executeUpdate();
            }
            double awardsIn = seconds(started) - membersIn;
            long rebuilding = System.nanoTime();
            try (Statement rebuild = connection.createStatement()) {
                for (String index : indexes) {
                    rebuild.execute(index);
                }
            }
            connection.commit();
            log.accept(String.format(Locale.ROOT, "inserted %,d members (%.1f s) and their badge awards (%.1f s)"
                    + " set-based, rebuilt %d secondary indexes (%.1f s)", members, membersIn, awardsIn,
                    indexes.size(), seconds(rebuilding)));
        }
    }

    /**
     * Drops the indexes of member_profiles and badge_awards that back no constraint, for the seeding to put
     * back (their definitions, as the migrations made them, are returned) once the rows are in: building an
     * index from a million rows at once is several times faster than growing it a row at a time.
     */
    private static List<String> withoutSecondaryIndexes(Connection connection) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL work_mem = '256MB'");
            statement.execute("SET LOCAL maintenance_work_mem = '512MB'");
            statement.execute("SET LOCAL synchronous_commit = off");
            statement.execute("SET LOCAL jit = off");
            // The rows reference the community and its badges by construction: skip the per-row foreign-key checks.
            statement.execute("SET LOCAL session_replication_role = replica");
            try (ResultSet rows = statement.executeQuery("""
                    SELECT indexname, indexdef FROM pg_indexes i
                    WHERE schemaname = current_schema() AND tablename IN ('member_profiles', 'badge_awards')
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                      WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)""")) {
                List<String> names = new ArrayList<>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                    definitions.add(rows.getString(2));
                }
                for (String name : names) {
                    statement.execute("DROP INDEX " + name);
                }
            }
        }
        return definitions;
    }

    /**
     * Runs one real score batch (a mid-table member's own score, newer as-of) through the service's
     * ingestion: its re-rank numbers the whole community, its reassessment gives the top ranks their
     * rank-based tiers and seats the Naib council. The seeded ranks must come out of it unchanged.
     */
    private void settleThroughTheService(Consumer<String> log) throws SQLException {
        long started = System.nanoTime();
        String ranksDigest = "SELECT md5(string_agg(user_id || ':' || rank, ',' ORDER BY rank)) FROM member_profiles"
                + " WHERE community_id = ? AND rank IS NOT NULL";
        String before = queryText(ranksDigest);
        UserId member = userId(members / 2 + 1);
        Score score = new Score(new BigDecimal(queryText(
                "SELECT score::text FROM member_profiles WHERE community_id = ? AND user_id = '" + member.value() + "'")));
        ScoreIngestion ingestion = adapters.ingestion().ingestScores(new IngestScoresCommand(community, Instant.now(),
                List.of(new ScoreEntry(Optional.of(member), Optional.empty(), score))));
        if (!before.equals(queryText(ranksDigest))) {
            throw new IllegalStateException("the seeded ranks differ from those the service's re-rank numbers");
        }
        try (Connection connection = connect(); Statement vacuum = connection.createStatement()) {
            vacuum.execute("VACUUM (ANALYZE) member_profiles, badge_awards, naib_seatings");
        }
        log.accept(String.format(Locale.ROOT, "the service's ingestion re-ranked (no rank moved), changed %d tiers and"
                + " %d seats; vacuumed; %.1f s", ingestion.tierChanges(), ingestion.seatChanges(), seconds(started)));
    }

    private String queryText(String sql) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, community.value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /**
     * How many badges of the community's catalog the member holds, as one expression per member (a sum of
     * {@link #holds} over the catalog's badges, written out), so no member reads the catalog again.
     */
    private String badgeCount(Connection connection, String userNumber) throws SQLException {
        List<String> terms = new ArrayList<>();
        try (PreparedStatement catalog = connection.prepareStatement(
                "SELECT position, category FROM community_badges WHERE community_id = ?")) {
            catalog.setString(1, community.value());
            try (ResultSet badges = catalog.executeQuery()) {
                while (badges.next()) {
                    terms.add("(" + holds(userNumber).replace("b.position", Integer.toString(badges.getInt(1)))
                            .replace("b.category", "'" + badges.getString(2) + "'") + ")::int");
                }
            }
        }
        return terms.isEmpty() ? "0" : String.join(" + ", terms);
    }

    /** Whether the member holds badge {@code b}: one in (10 + 8 × position), one in 2,000 for achievements. */
    private static String holds(String userNumber) {
        return "(%s + b.position) %% (CASE b.category WHEN 'ACHIEVEMENT' THEN 2000 ELSE 10 + 8 * b.position END) = 0"
                .formatted(userNumber);
    }

    /** The score tier of {@code score} by the default ladder, as SQL (the highest minimum reached, else NONE). */
    private static String tierOf(String score) {
        StringBuilder sql = new StringBuilder("CASE");
        TierLadder.DEFAULT.minimumScores().entrySet().stream()
                .sorted((a, b) -> b.getValue().compareTo(a.getValue()))
                .forEach(tier -> sql.append(" WHEN ").append(score).append(" >= ")
                        .append(tier.getValue().value().toPlainString()).append(" THEN '").append(tier.getKey().name())
                        .append('\''));
        return sql.append(" ELSE 'NONE' END").toString();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static double seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() / 1000.0;
    }

    private static String withDatabase(String serverUrl, String database) {
        URI uri = URI.create(serverUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/" + database + query;
    }

    private static Optional<String> queryParameter(String serverUrl, String name) {
        String query = URI.create(serverUrl.substring("jdbc:".length())).getQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return Optional.of(pair.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }
}
