package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md lists C1–C21 once each, in order, with a status; and every test class and method
 * it names (outside rows still in progress) exists in the repository's test sources, so the document
 * cannot claim a proof that is not there.
 */
class SecurityDocumentTest {

    private static final Pattern ROW = Pattern.compile("\\| (C\\d+) \\|([^|]*)\\|([^|]*)\\|(.*)\\|");
    private static final Pattern TEST = Pattern.compile("`([A-Z][A-Za-z0-9]*(?:Test|IT|Properties))(?:#(\\w+))?`");
    private static final List<String> STATUSES = List.of("proven", "partly", "in progress", "not yet");

    private record Row(String control, String status, String proof) {
    }

    @Test
    void listsEveryControlOnceInOrderWithAKnownStatus() throws IOException {
        List<Row> rows = rows();

        assertThat(rows).extracting(Row::control)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 21).mapToObj(n -> "C" + n).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row.status()).as(row.control()).isIn(STATUSES));
        assertThat(rows).filteredOn(row -> !row.status().equals("not yet"))
                .allSatisfy(row -> assertThat(TEST.matcher(row.proof()).find()).as(row.control() + " names a test").isTrue());
    }

    @Test
    void everyTestItNamesExistsInTheTestSources() throws IOException {
        Map<String, List<String>> sources = testSources();
        List<String> missing = new ArrayList<>();
        for (Row row : rows()) {
            if (row.status().equals("in progress")) {
                continue;
            }
            Matcher test = TEST.matcher(row.proof());
            while (test.find()) {
                List<String> classes = sources.getOrDefault(test.group(1), List.of());
                Pattern method = Pattern.compile("\\bvoid\\s+" + test.group(2) + "\\s*\\(");
                if (classes.isEmpty() || test.group(2) != null && classes.stream().noneMatch(c -> method.matcher(c).find())) {
                    missing.add(row.control() + ": " + test.group());
                }
            }
        }

        assertThat(missing).as("tests named in docs/security.md that do not exist").isEmpty();
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(RepositoryTree.ROOT.resolve("docs/security.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.add(new Row(row.group(1), row.group(3).strip(), row.group(4)));
            }
        }
        return rows;
    }

    /** Every Java file under a src/test/java of the repository, by simple class name. */
    private static Map<String, List<String>> testSources() throws IOException {
        return RepositoryTree.javaSources().stream()
                .filter(file -> file.contains("/src/test/java/"))
                .collect(Collectors.groupingBy(RepositoryTree::simpleName,
                        Collectors.mapping(RepositoryTree::read, Collectors.toList())));
    }
}
