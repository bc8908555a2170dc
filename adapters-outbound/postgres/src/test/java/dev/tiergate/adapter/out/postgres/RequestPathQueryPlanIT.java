package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No request pages by OFFSET, numbers rows or counts a table: the guard over every statement of this
 * adapter module, so a new statement cannot slip past the plan tests by being new.
 * <ul>
 * <li>The SQL text of every class here (each {@code @Query}, each SQL constant of a hand-written adapter)
 *     holds no OFFSET, and no window function ({@code OVER (}) outside {@link #WINDOWED_WRITES}.</li>
 * <li>Every {@code @Query} of every repository is classified: a request-path read checked by
 *     {@link RankingQueryPlanIT} (index only: no scan, sort, count or window at all, by that test's own list), another request-path
 *     statement ({@link #REQUEST_PATH}), planned here, or a write or background statement
 *     ({@link #WRITES_AND_BACKGROUND}), each with the reason it is not on a request's path.</li>
 * <li>Each of {@link #REQUEST_PATH} is planned with sequential scans disabled (a tiny test table cannot tempt
 *     the planner), and its plan may hold no Seq Scan, no WindowAgg and no Aggregate.</li>
 * </ul>
 * The hand-written list statements (leaderboards, the directory, /admin-stats) are planned on 20,000 members by
 * {@link ListQueryPlanIT}, which also bounds the rows they read.
 */
class RequestPathQueryPlanIT extends AdapterIntegrationTest {

    private static final Pattern OFFSET = Pattern.compile("(?i)\\bOFFSET\\b");
    private static final Pattern WINDOW = Pattern.compile("(?i)\\bOVER\\s*\\(");
    private static final List<String> FORBIDDEN_NODES = List.of("Seq Scan", "WindowAgg", "Aggregate");

    /** The one statement allowed to number rows: the re-rank, run by writers under the community's lock. */
    private static final Set<Class<?>> WINDOWED_WRITES = Set.of(RankMaterializer.class);

    /** The other statements a slash command, a button or an admin API request runs. */
    private static final Set<String> REQUEST_PATH = Set.of(
            "ProfileRowRepository.findMember",
            "CommunityRowRepository.findWithRules",
            "EditableProfileRowRepository.findPresent",
            "EditableProfileRowRepository.updateBio",
            "EditableProfileRowRepository.changeNym",
            "AlertPreferencesRowRepository.findMember",
            "AlertPreferencesRowRepository.lockMember",
            "AlertPreferencesRowRepository.insertIfMissing",
            "AlertPreferencesRowRepository.update",
            "NaibSeatingRowRepository.findOpen",
            "NaibSeatingRowRepository.hasOpenTerm",
            "NymSuggestionRepository.findNymsStartingWith");

    /** Request-path statements that aggregate, and why what they aggregate stays small: never the members. */
    private static final Map<String, String> SMALL_AGGREGATES = Map.of(
            "CommunityRowRepository.findWithRules", "folds one community's tiers and badge catalog (at most 200) into arrays");

    /** Statements no request waits for, and why. */
    private static final Map<String, String> WRITES_AND_BACKGROUND = Map.of(
            "ProfileRowRepository.findByNymKeys", "score ingestion: placeholder nyms of a batch's members",
            "ProfileRowRepository.findByWallets", "score ingestion: the members of a batch's wallets",
            "ProfileRowRepository.findTierCandidates", "tier reassessment after ingestion or a demotion sweep",
            "ProfileRowRepository.insertMember", "member registration (gateway member.join)",
            "ProfileRowRepository.replacePlaceholder", "member registration (gateway member.join)",
            "ProfileRowRepository.restore", "member registration of a returning member (gateway)",
            "CommunityRowRepository.insertIfAbsent", "a community's first event (gateway guild.join)",
            "NaibSeatingRowRepository.openTerms", "re-seating after ingestion",
            "NaibSeatingRowRepository.closeTerms", "re-seating after ingestion");

    @Test
    void noStatementPagesByOffsetAndOnlyTheReRankNumbersRows() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Class<?> type : moduleClasses()) {
            for (Map.Entry<String, String> sql : statements(type).entrySet()) {
                if (OFFSET.matcher(sql.getValue()).find()) {
                    violations.add(sql.getKey() + " pages by OFFSET");
                }
                if (WINDOW.matcher(sql.getValue()).find() && !WINDOWED_WRITES.contains(type)) {
                    violations.add(sql.getKey() + " numbers rows with a window function");
                }
            }
        }

        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    @Test
    void everyRepositoryStatementIsClassifiedAsRequestPathOrNot() throws Exception {
        Set<String> queries = new TreeSet<>(repositoryQueries().keySet());
        List<String> classified = new ArrayList<>(rankingReads());
        classified.addAll(REQUEST_PATH);
        classified.addAll(WRITES_AND_BACKGROUND.keySet());

        assertThat(classified).as("no statement is classified twice").doesNotHaveDuplicates();
        assertThat(queries).as("every @Query is classified, and every classified name is a @Query")
                .isEqualTo(new TreeSet<>(classified));
    }

    @Test
    void everyOtherRequestPathStatementIsPlannedWithoutAScanACountOrAWindow() throws Exception {
        Map<String, String> queries = repositoryQueries();
        List<String> violations = new ArrayList<>();
        for (String name : new TreeSet<>(REQUEST_PATH)) {
            List<String> plan = QueryPlans.explain(queries.get(name), "enable_seqscan = off");
            for (String forbidden : FORBIDDEN_NODES) {
                if (forbidden.equals("Aggregate") && SMALL_AGGREGATES.containsKey(name)) {
                    continue;
                }
                if (plan.stream().anyMatch(line -> line.contains(forbidden))) {
                    violations.add(name + ": " + forbidden + "\n" + String.join("\n", plan));
                }
            }
        }

        assertThat(violations).as(String.join("\n\n", violations)).isEmpty();
    }

    /** The request-path reads of the ranking that {@link RankingQueryPlanIT} plans, by its own list. */
    private static List<String> rankingReads() throws NoSuchMethodException {
        return Arrays.stream(RankingQueryPlanIT.class
                        .getDeclaredMethod("isAnsweredFromAnIndexWithoutScanningTheCommunity", String.class)
                        .getAnnotation(ValueSource.class).strings())
                .map(method -> ProfileRowRepository.class.getSimpleName() + "." + method)
                .toList();
    }

    /** "Repository.method" → SQL of every {@code @Query} of every repository of this module. */
    private static Map<String, String> repositoryQueries() throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Class<?> type : moduleClasses()) {
            if (type.isAnnotationPresent(JdbcRepository.class)) {
                for (Method method : type.getDeclaredMethods()) {
                    Query query = method.getAnnotation(Query.class);
                    if (query != null) {
                        queries.put(type.getSimpleName() + "." + method.getName(), query.value());
                    }
                }
            }
        }
        assertThat(queries).as("the repositories' statements are found").containsKey("ProfileRowRepository.findRanked");
        return queries;
    }

    /** Every @Query and every String constant of a class, by "Class.member". */
    private static Map<String, String> statements(Class<?> type) throws IllegalAccessException {
        Map<String, String> sql = new LinkedHashMap<>();
        for (Method method : type.getDeclaredMethods()) {
            Query query = method.getAnnotation(Query.class);
            if (query != null) {
                sql.put(type.getSimpleName() + "." + method.getName(), query.value());
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
                    && field.getType() == String.class) {
                field.setAccessible(true);
                sql.put(type.getSimpleName() + "." + field.getName(), (String) field.get(null));
            }
        }
        return sql;
    }

    /** The top-level classes of this module's main code (the package of the adapters), loaded. */
    private static List<Class<?>> moduleClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        String packagePath = RankMaterializer.class.getPackageName().replace('.', '/');
        URI location = RankMaterializer.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(Path.of(location))) {
            names.addAll(classNames(Path.of(location).resolve(packagePath)));
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(Path.of(location))) {
                names.addAll(classNames(jar.getPath(packagePath)));
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            classes.add(Class.forName(RankMaterializer.class.getPackageName() + "." + name));
        }
        assertThat(classes).as("the module's classes are found").contains(RankMaterializer.class, JdbcScoreAdapter.class);
        return classes;
    }

    private static List<String> classNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".class") && !file.contains("$") && !file.equals("package-info.class"))
                    .map(file -> file.substring(0, file.length() - ".class".length()))
                    .sorted()
                    .toList();
        }
    }
}
