package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.annotation.Query;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reads that answer every request are index look-ups, never a scan of the community: each
 * statement is planned with sequential scans, bitmap scans and sorts disabled (so a tiny test table
 * cannot tempt the planner), and no plan may still need one of them, count or number rows.
 */
class RankingQueryPlanIT extends AdapterIntegrationTest {

    private static final List<String> FORBIDDEN = List.of("Seq Scan", "Bitmap", "Sort", "Aggregate", "WindowAgg");

    @ParameterizedTest
    @ValueSource(strings = {"findRanked", "findAtRank", "findNeighbourhood", "findFromRank", "findLastRank", "findPresent",
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
        // Disabled, not forbidden: the planner still picks them when nothing else can answer.
        return QueryPlans.explain(method.getAnnotation(Query.class).value(), "enable_seqscan = off",
                "enable_bitmapscan = off", "enable_sort = off");
    }
}
