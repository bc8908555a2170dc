package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.annotation.Query;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reads that answer every request are index look-ups, never a scan of the community: each
 * statement is planned with sequential scans, bitmap scans and sorts disabled (so a tiny test table
 * cannot tempt the planner), and no plan may still need one of them, count or number rows.
 */
class RankingQueryPlanIT extends AdapterIntegrationTest {

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z]+)");
    private static final List<String> FORBIDDEN = List.of("Seq Scan", "Bitmap", "Sort", "Aggregate", "WindowAgg");

    @ParameterizedTest
    @ValueSource(strings = {"findRanked", "findAtRank", "findFromRank", "findLastRank", "findPresent",
            "findPresentByNymKey"})
    void isAnsweredFromAnIndexWithoutScanningTheCommunity(String repositoryMethod) throws SQLException {
        List<String> plan = plan(repositoryMethod);

        assertThat(plan).as(String.join("\n", plan)).anySatisfy(line -> assertThat(line).contains("Index"));
        for (String forbidden : FORBIDDEN) {
            assertThat(plan).as(String.join("\n", plan)).noneSatisfy(line -> assertThat(line).contains(forbidden));
        }
    }

    private static List<String> plan(String repositoryMethod) throws SQLException {
        Method method = Arrays.stream(ProfileRowRepository.class.getDeclaredMethods())
                .filter(candidate -> candidate.getName().equals(repositoryMethod))
                .findFirst()
                .orElseThrow();
        String sql = method.getAnnotation(Query.class).value();
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(sql);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        try (Connection connection = separateConnection()) {
            try (Statement settings = connection.createStatement()) {
                // Disabled, not forbidden: the planner still picks them when nothing else can answer.
                settings.execute("SET enable_seqscan = off");
                settings.execute("SET enable_bitmapscan = off");
                settings.execute("SET enable_sort = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + matcher.replaceAll("?"))) {
                for (int i = 0; i < names.size(); i++) {
                    switch (names.get(i)) {
                        case "communityId", "userId" -> explain.setString(i + 1, snowflake());
                        case "nymKey" -> explain.setString(i + 1, "stilgar");
                        default -> explain.setInt(i + 1, 5);
                    }
                }
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
                return lines;
            }
        }
    }
}
