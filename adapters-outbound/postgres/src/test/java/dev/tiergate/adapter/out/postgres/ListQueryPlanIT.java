package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.directory.BrowseDirectoryCommand;
import dev.tiergate.application.port.in.directory.DirectoryPage;
import dev.tiergate.application.port.in.directory.PageDirectoryCommand;
import dev.tiergate.application.port.in.leaderboard.LeaderboardQuery;
import dev.tiergate.application.port.in.leaderboard.LeaderboardView;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.application.service.directory.BrowseDirectoryService;
import dev.tiergate.application.service.leaderboard.ShowLeaderboardService;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.directory.DirectoryCount;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.leaderboard.LeaderboardKind;
import dev.tiergate.domain.leaderboard.TierTarget;
import dev.tiergate.domain.naib.NaibCouncil;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierLadder;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Every statement the list adapters run for a leaderboard, the directory or the community stats stays
 * bounded in a community of {@value #MEMBERS} members. The community shares the table with
 * {@value #NEIGHBOURS} others that hold twice as many rows, as a production table holds many
 * communities, so the planner weighs one community's range against a larger table. The statements
 * are captured as the services issue them (the adapters' own SQL and parameters, through a recording
 * {@link ReadStatements}), then run again, bound the same way, under {@code EXPLAIN (ANALYZE)} after
 * {@code VACUUM ANALYZE} (what autovacuum keeps a live table at: statistics, and a visibility map that
 * lets counts read indexes only). Bounded means, precisely:
 * <ul>
 * <li>no statement reads member_profiles or badge_awards by a Seq Scan;</li>
 * <li>a read of rows (a page, a top, one member, a maximum) touches at most {@link #READ_BUDGET} rows over
 *     all its scans (rows returned plus rows a filter or recheck dropped, times loops): one LIMITed index
 *     range, or the few members of a rare tier or badge, never the community;</li>
 * <li>a Sort in such a read orders only rows those scans returned, so at most the same budget: the tier
 *     board merging its per-tier tops (6 × 10 rows), or the holders of a rare tier or badge. Sorting the
 *     community, or a common filter's share of it, cannot stay within the budget;</li>
 * <li>a count (the Aggregate at the root of a plan, or one of the Aggregates a root Result shows) reads
 *     through an index and never sorts: an exact count reads at least what it counts, so its work is the
 *     community's matching range, never a scan of the table or an ordering.</li>
 * </ul>
 */
class ListQueryPlanIT extends AdapterIntegrationTest {

    private static final int MEMBERS = 20_000;
    private static final int NEIGHBOURS = 20;
    private static final int NEIGHBOUR_MEMBERS = 2 * MEMBERS;
    /** 1% of the community. */
    private static final int READ_BUDGET = MEMBERS / 100;
    private static final Instant NOW = Instant.parse("2025-09-01T12:00:00Z");
    private static final Instant LAUNCHED = NOW.minus(Duration.ofDays(400));
    /**
     * Which badges a member holds, from its user number: about one member in (position + 4) holds each
     * badge, and one in 400 each achievement, so some badges are common and some rare.
     */
    private static final String HOLDS = "(%s + b.position) %% (CASE b.category WHEN 'ACHIEVEMENT' THEN 400"
            + " ELSE b.position + 4 END) = 0";
    private static final List<String> FORBIDDEN_SEQUENTIAL = List.of("member_profiles", "badge_awards");

    private static CommunityId community;
    private static UserId viewer;

    @BeforeAll
    static void seedOneLargeCommunityAmongOthers() throws SQLException {
        community = newCommunity();
        List<String> neighbours = IntStream.range(0, NEIGHBOURS).mapToObj(i -> newCommunity().value()).toList();
        execute("UPDATE communities SET launched_at = ? WHERE id = ?", at(LAUNCHED), community.value());
        // One statement for every member of every community: ids spread by a multiplicative permutation
        // (distinct below 2^31 - 1), nyms in md5 order, join times with ties over 430 days, scores from a
        // steep curve (many low, few high; about 4% zero), 2% left, 5% opted out of the directory, activity for a
        // third. Badges and activity only in the large community.
        execute("""
                INSERT INTO member_profiles (community_id, user_id, nym, nym_key, joined_at, score, tier, left_at,
                                             directory_opt_out, badge_count, activity_points, activity_updated_at,
                                             activity_order, last_active_at)
                SELECT m.community_id, m.user_number::text, m.nym, lower(m.nym), m.joined_at, m.score, %s,
                       CASE WHEN m.g %% 50 = 0 THEN m.now END, m.g %% 20 = 0,
                       (SELECT count(*) FROM community_badges b WHERE m.large AND b.community_id = m.community_id AND %s),
                       coalesce(m.points, 0), m.active_at, ln(m.points) + extract(epoch FROM m.active_at) / 21600 * ln(1 / 0.9),
                       m.active_at
                FROM (SELECT g, g <= ? AS large, CAST(? AS timestamptz) AS now,
                             CASE WHEN g <= ? THEN ? ELSE (CAST(? AS text[]))[1 + g %% ?] END AS community_id,
                             100000000000000000 + (g::bigint * 48271) %% 2147483647 AS user_number,
                             'Nym' || substr(md5(g::text), 1, 6) || '-' || g AS nym,
                             CAST(? AS timestamptz) - interval '30 days' + ((g * 7919) %% 30960) * interval '20 minutes'
                                 AS joined_at,
                             round(3000 * power(((g::bigint * 9973) %% 10007) / 10007.0, 4), 2) AS score,
                             CASE WHEN g <= ? AND g %% 3 = 0 THEN 1 + g %% 700 END AS points,
                             CASE WHEN g <= ? AND g %% 3 = 0 THEN CAST(? AS timestamptz) - (g %% 72) * interval '1 hour' END
                                 AS active_at
                      FROM generate_series(1, ?) g) m""".formatted(tierOf("m.score"), HOLDS.formatted("m.user_number")),
                MEMBERS, at(NOW), MEMBERS, community.value(), neighbours.toArray(String[]::new), NEIGHBOURS,
                at(LAUNCHED), MEMBERS, MEMBERS, at(NOW), MEMBERS + NEIGHBOUR_MEMBERS);
        execute("""
                INSERT INTO badge_awards (community_id, user_id, badge_id, awarded_at, awarded_by, award_reason)
                SELECT p.community_id, p.user_id, b.badge_id, ?, 'rule:test', 'seeded'
                FROM member_profiles p JOIN community_badges b ON b.community_id = p.community_id
                WHERE p.community_id = ? AND %s""".formatted(HOLDS.formatted("p.user_number")),
                at(NOW.minus(Duration.ofDays(10))), community.value());
        bean(CommunityWriteLockPort.class).inCommunityTransaction(community,
                () -> bean(RankMaterializer.class).rerank(community));
        // The best ranks hold the rank-based tiers, as the tier policy would give them.
        execute("UPDATE member_profiles SET tier = CASE WHEN rank <= ? THEN 'NAIB' ELSE 'FEDAYKIN' END"
                + " WHERE community_id = ? AND rank <= ?", NaibCouncil.DEFAULT_SEATS, community.value(),
                RankBands.DEFAULT.fedaykinCutoff());
        try (Connection connection = separateConnection(); Statement vacuum = connection.createStatement()) {
            vacuum.execute("VACUUM (ANALYZE) member_profiles, badge_awards");
        }
        long ranked = queryLong("SELECT max(rank) FROM member_profiles WHERE community_id = ?", community.value());
        viewer = new UserId(Long.toString(queryLong("""
                SELECT user_number FROM member_profiles
                WHERE community_id = ? AND rank >= ? AND badge_count > 0 AND tier = ANY(?)
                ORDER BY rank LIMIT 1""", community.value(), ranked / 2,
                TierTarget.of(TierLadder.DEFAULT).stream().map(t -> t.tier().name()).toArray(String[]::new))));
    }

    @Test
    void everyLeaderboardWithTheViewersOwnPlaceReadsBoundedIndexRanges() {
        RecordingStatements statements = new RecordingStatements();
        ShowLeaderboardService service = new ShowLeaderboardService(new CommunityRules(bean(LoadCommunityPort.class)),
                new JdbcLeaderboardAdapter(statements));
        for (LeaderboardKind kind : LeaderboardKind.values()) {
            statements.scenario = "leaderboard " + kind;
            LeaderboardView view = service.showLeaderboard(new LeaderboardQuery(community, viewer, kind));
            assertThat(view.own()).as("the viewer is listed below the top of " + kind).isPresent();
        }

        assertBounded(statements);
    }

    @Test
    void everyDirectoryPageForwardAndBackReadsBoundedIndexRangesForEverySortAndFilter() {
        RecordingStatements statements = new RecordingStatements();
        BrowseDirectoryService service = new BrowseDirectoryService(new CommunityRules(bean(LoadCommunityPort.class)),
                new JdbcDirectoryAdapter(statements), new MemorySessions(),
                (policy, key) -> new RateLimitDecision.Allowed(NOW, 1), RateLimitPolicies.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC));
        List<Integer> counts = new ArrayList<>();
        for (DirectorySort sort : DirectorySort.values()) {
            for (Map.Entry<String, DirectoryFilter> filter : filters().entrySet()) {
                String scenario = "directory by " + sort + ", " + filter.getKey();
                statements.scenario = scenario + ", first page";
                DirectoryPage.Page first = (DirectoryPage.Page) service.start(
                        new BrowseDirectoryCommand(community, viewer, filter.getValue(), sort));
                statements.scenario = scenario + ", Next";
                service.page(new PageDirectoryCommand(community, viewer, true));
                service.page(new PageDirectoryCommand(community, viewer, true));
                statements.scenario = scenario + ", Prev";
                DirectoryPage.Page back = (DirectoryPage.Page) service.page(
                        new PageDirectoryCommand(community, viewer, false));
                counts.add(first.totalMatching());
                if (first.totalMatching() > 3 * DirectoryPage.SIZE) {
                    assertThat(back.number()).as(scenario + ": Prev from page 3 reads backwards to page 2").isEqualTo(2);
                }
            }
        }

        // The unfiltered directory lists more members than the cap: its count stops one past it.
        assertThat(counts).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(DirectoryCount.countUpTo()))
                .contains(DirectoryCount.countUpTo());
        assertBounded(statements);
    }

    @Test
    void theCommunityStatsCountFromIndexesAndListTheMostActiveFromTheirIndex() {
        RecordingStatements statements = new RecordingStatements();
        JdbcCommunityStatsAdapter stats = new JdbcCommunityStatsAdapter(statements);
        statements.scenario = "community stats";
        stats.countSince(community, NOW.minus(Duration.ofDays(7)));
        assertThat(stats.mostActive(community, new PageLimit(10))).hasSize(10);

        assertBounded(statements);
    }

    /** Common and rare tiers, badges and tenures. */
    private static Map<String, DirectoryFilter> filters() {
        Map<String, DirectoryFilter> filters = new LinkedHashMap<>();
        filters.put("everyone", DirectoryFilter.EVERYONE);
        filters.put("common tiers", new DirectoryFilter(Set.of(Tier.QANAT, Tier.HAJRA, Tier.NONE), Optional.empty(),
                Optional.empty()));
        filters.put("rare tier", new DirectoryFilter(Set.of(Tier.NAIB), Optional.empty(), Optional.empty()));
        filters.put("common badge", new DirectoryFilter(Set.of(), Optional.of(new BadgeId("og")), Optional.empty()));
        filters.put("rare badge", new DirectoryFilter(Set.of(), Optional.of(new BadgeId("founding-naib")),
                Optional.empty()));
        filters.put("OG tenure", new DirectoryFilter(Set.of(), Optional.empty(), Optional.of(Tenure.OG)));
        filters.put("member tenure", new DirectoryFilter(Set.of(), Optional.empty(), Optional.of(Tenure.MEMBER)));
        return filters;
    }

    private static void assertBounded(RecordingStatements statements) {
        assertThat(statements.runs).isNotEmpty();
        List<String> violations = new ArrayList<>();
        for (Run run : statements.runs) {
            PlanNode plan = statements.explain(run);
            List<String> found = new ArrayList<>();
            plan.nodes()
                    .filter(node -> node.type().equals("Seq Scan") && FORBIDDEN_SEQUENTIAL.contains(node.relation()))
                    .forEach(node -> found.add("Seq Scan on " + node.relation()));
            for (PlanNode count : plan.counts()) {
                count.nodes().filter(PlanNode::sorts).forEach(node -> found.add("a count sorts"));
                if (count.nodes().noneMatch(node -> node.index() != null)) {
                    found.add("a count reads no index");
                }
            }
            long read = plan.uncounted().mapToLong(PlanNode::rowsRead).sum();
            if (read > READ_BUDGET) {
                found.add("reads " + read + " rows");
            }
            plan.uncounted().filter(node -> node.sorts() && node.input() > READ_BUDGET)
                    .forEach(node -> found.add("sorts " + node.input() + " rows"));
            if (!found.isEmpty()) {
                violations.add(run.scenario() + ": " + found + "\n" + run.sql() + "\n" + plan.describe(""));
            }
        }
        assertThat(violations).as(String.join("\n\n", violations)).isEmpty();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The score tier of {@code score} by the default ladder, as SQL (the highest minimum reached, else NONE). */
    private static String tierOf(String score) {
        StringBuilder sql = new StringBuilder("CASE");
        TierLadder.DEFAULT.minimumScores().forEach((tier, minimum) -> sql.append(" WHEN ").append(score).append(" >= ")
                .append(minimum.value().toPlainString()).append(" THEN '").append(tier.name()).append('\''));
        return sql.append(" ELSE 'NONE' END").toString();
    }

    /** A statement as an adapter ran it, and the request that ran it. */
    private record Run(String scenario, String sql, List<Object> parameters) {
    }

    /** The adapters' statements runner, recording every statement it runs and explaining it on demand. */
    private static final class RecordingStatements extends ReadStatements {

        private final List<Run> runs = new ArrayList<>();
        private String scenario = "";

        @SuppressWarnings("unchecked")
        RecordingStatements() {
            super(bean(JdbcOperations.class),
                    (TransactionOperations<Connection>) context.getBean(Argument.of(TransactionOperations.class,
                            Connection.class)));
        }

        @Override
        <T> List<T> list(String sql, List<?> parameters, RowReader<T> reader) {
            runs.add(new Run(scenario, sql, List.copyOf(parameters)));
            return super.list(sql, parameters, reader);
        }

        /** Runs the statement again, with the same parameters bound the same way, under EXPLAIN ANALYZE. */
        PlanNode explain(Run run) {
            String xml = super.list("EXPLAIN (ANALYZE, FORMAT XML) " + run.sql(), run.parameters(), row -> row.getString(1))
                    .getFirst();
            try {
                Element query = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader(xml))).getDocumentElement()
                        .getElementsByTagName("Query").item(0);
                return PlanNode.of(PlanNode.children(query, "Plan").getFirst());
            } catch (Exception e) {
                throw new IllegalStateException("unreadable plan: " + xml, e);
            }
        }
    }

    /**
     * One node of an executed plan: its type, the relation it scans and the index it uses (if any), how
     * many rows it returned and, for a scan, how many it read (returned plus dropped by a filter or a
     * recheck), all over every loop. EXPLAIN shows the rows of one loop, rounded.
     */
    private record PlanNode(String type, String relation, String index, long rows, long rowsRead, List<PlanNode> inputs) {

        static PlanNode of(Element plan) {
            long loops = number(plan, "Actual-Loops");
            String relation = text(plan, "Relation-Name");
            // Per loop, rounded: an index probe that finds nothing still counts as one row read.
            long read = relation == null ? 0 : loops * Math.max(1, number(plan, "Actual-Rows")
                    + number(plan, "Rows-Removed-by-Filter") + number(plan, "Rows-Removed-by-Index-Recheck"));
            List<PlanNode> inputs = children(plan, "Plans").stream()
                    .flatMap(plans -> children(plans, "Plan").stream())
                    .map(PlanNode::of)
                    .toList();
            return new PlanNode(text(plan, "Node-Type"), relation, text(plan, "Index-Name"),
                    loops * number(plan, "Actual-Rows"), read, inputs);
        }

        Stream<PlanNode> nodes() {
            return Stream.concat(Stream.of(this), inputs.stream().flatMap(PlanNode::nodes));
        }

        /** The counts this statement computes: the Aggregate at its root, or each one a root Result shows. */
        List<PlanNode> counts() {
            if (type.equals("Aggregate")) {
                return List.of(this);
            }
            return type.equals("Result") ? inputs.stream().filter(input -> input.type().equals("Aggregate")).toList()
                    : List.of();
        }

        /** The nodes outside {@link #counts()}: those that read rows the statement returns. */
        Stream<PlanNode> uncounted() {
            List<PlanNode> counts = counts();
            return counts.contains(this) ? Stream.empty()
                    : Stream.concat(Stream.of(this), inputs.stream()
                            .filter(input -> !counts.contains(input))
                            .flatMap(PlanNode::nodes));
        }

        boolean sorts() {
            return type.endsWith("Sort");
        }

        long input() {
            return inputs.stream().mapToLong(PlanNode::rows).sum();
        }

        String describe(String indent) {
            StringBuilder text = new StringBuilder(indent).append(type);
            Optional.ofNullable(relation).ifPresent(r -> text.append(" on ").append(r));
            Optional.ofNullable(index).ifPresent(i -> text.append(" using ").append(i));
            text.append(" (rows ").append(rows).append(rowsRead > 0 ? ", read " + rowsRead : "").append(")\n");
            inputs.forEach(input -> text.append(input.describe(indent + "  ")));
            return text.toString();
        }

        static List<Element> children(Element parent, String tag) {
            List<Element> found = new ArrayList<>();
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && element.getTagName().equals(tag)) {
                    found.add(element);
                }
            }
            return found;
        }

        private static String text(Element plan, String tag) {
            return children(plan, tag).stream().findFirst().map(Element::getTextContent).orElse(null);
        }

        private static long number(Element plan, String tag) {
            return Optional.ofNullable(text(plan, tag)).map(value -> Math.round(Double.parseDouble(value))).orElse(0L);
        }
    }
}
