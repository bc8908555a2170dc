package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * C21: README.md and the documents under docs/ name only files, classes and metrics that exist, so the
 * runbook and threat model cannot send an operator to a path, a test or a graph that is not there.
 * SecurityDocumentTest additionally checks the test methods docs/security.md names.
 */
class DocumentReferencesTest {

    /** A backticked span on one line. */
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    /**
     * A repository path: no spaces or placeholders, a folder separator, and a file extension, a Dockerfile or
     * a trailing slash.
     */
    private static final Pattern PATH =
            Pattern.compile("[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*/(?:[A-Za-z0-9_.-]+\\.[a-z]{1,5}|Dockerfile)?");
    /** A class by Tiergate's naming conventions, with an optional #method. */
    private static final Pattern CLASS = Pattern.compile(
            "([A-Z][A-Za-z0-9]*(?:Test|IT|Properties|Service|UseCase|Port|Adapter|Controller|Listener|Factory|Settings"
                    + "|Filter|Verifier|Meters|Parser|Processor|Handler|Encoder|Mapper|Router|Catalog))(?:#(\\w+))?");
    /** A metric as Prometheus shows it. */
    private static final Pattern METRIC = Pattern.compile("\\btiergate_[a-z0-9_]*[a-z0-9]");
    /** Prometheus's suffixes for units and histogram series; Micrometer's names have none of them. */
    private static final Pattern METRIC_SUFFIX = Pattern.compile("(?:_seconds|_bytes)?(?:_total|_bucket|_count|_sum|_max)?$");
    /**
     * Named on purpose though not committed: the shared controls list the documents answer to (outside the
     * repository) and the OpenAPI document the build generates into the jar.
     */
    private static final Set<String> NOT_COMMITTED = Set.of(
            "shared/reference/security-controls.md", "META-INF/swagger/tiergate-admin-api.yml");
    /** Classes of libraries the documents name beside Tiergate's own. */
    private static final Set<String> LIBRARY_CLASSES = Set.of("JsonEncoder");

    @Test
    void everyFileAndFolderTheDocumentsNameExists() throws IOException {
        List<String> files = RepositoryTree.files();
        List<String> missing = new ArrayList<>();
        for (String document : documents()) {
            for (String path : spans(document, PATH)) {
                if (!NOT_COMMITTED.contains(path) && files.stream().noneMatch(file -> matches(file, path))) {
                    missing.add(document + ": " + path);
                }
            }
        }
        assertThat(missing).as("paths named in the documents that no file of the repository matches").isEmpty();
    }

    @Test
    void everyClassAndTestMethodTheDocumentsNameExists() throws IOException {
        Map<String, List<String>> sources = RepositoryTree.javaSources().stream()
                .collect(Collectors.groupingBy(RepositoryTree::simpleName, Collectors.mapping(file -> file, Collectors.toList())));
        List<String> missing = new ArrayList<>();
        for (String document : documents()) {
            Matcher code = CODE.matcher(RepositoryTree.read(document));
            while (code.find()) {
                Matcher named = CLASS.matcher(code.group(1));
                if (!named.matches() || LIBRARY_CLASSES.contains(named.group(1))) {
                    continue;
                }
                List<String> files = sources.getOrDefault(named.group(1), List.of());
                Pattern method = Pattern.compile("\\b" + named.group(2) + "\\s*\\(");
                if (files.isEmpty() || named.group(2) != null
                        && files.stream().noneMatch(file -> method.matcher(RepositoryTree.read(file)).find())) {
                    missing.add(document + ": " + named.group());
                }
            }
        }
        assertThat(missing).as("classes and methods named in the documents that do not exist").isEmpty();
    }

    @Test
    void everyTiergateMetricTheDocumentsNameIsRegisteredInTheCode() throws IOException {
        String code = RepositoryTree.javaSources().stream().filter(file -> file.contains("/src/main/java/"))
                .map(RepositoryTree::read).collect(Collectors.joining("\n"));
        List<String> missing = new ArrayList<>();
        for (String document : documents()) {
            Matcher metric = METRIC.matcher(RepositoryTree.read(document));
            while (metric.find()) {
                String micrometerName = METRIC_SUFFIX.matcher(metric.group()).replaceFirst("").replace('_', '.');
                if (!code.contains("\"" + micrometerName + "\"")) {
                    missing.add(document + ": " + metric.group() + " (Micrometer \"" + micrometerName + "\")");
                }
            }
        }
        assertThat(missing).as("tiergate_* metrics named in the documents that no code registers").isEmpty();
    }

    @Test
    void theChecksSeeTheOperatorDocuments() throws IOException {
        assertThat(documents()).contains("README.md", "docs/runbook.md", "docs/threat-model.md", "docs/security.md");
        assertThat(spans("docs/runbook.md", PATH)).contains("deploy/Dockerfile");
        assertThat(METRIC.matcher(RepositoryTree.read("docs/runbook.md")).find()).isTrue();
    }

    /** A file matches a path it is, ends with or lies under; "/.../" in a path stands for any folders. */
    private static boolean matches(String file, String path) {
        int elision = path.indexOf("/.../");
        if (elision >= 0) {
            return file.startsWith(path.substring(0, elision + 1)) && file.endsWith(path.substring(elision + 4));
        }
        return path.endsWith("/")
                ? file.startsWith(path) || file.contains("/" + path)
                : file.equals(path) || file.endsWith("/" + path);
    }

    private static List<String> documents() throws IOException {
        return RepositoryTree.files().stream()
                .filter(file -> file.equals("README.md") || file.startsWith("docs/") && file.endsWith(".md"))
                .sorted().toList();
    }

    /** The backticked spans of a document that are wholly one match of the pattern. */
    private static List<String> spans(String document, Pattern pattern) {
        List<String> spans = new ArrayList<>();
        Matcher code = CODE.matcher(RepositoryTree.read(document));
        while (code.find()) {
            if (pattern.matcher(code.group(1)).matches()) {
                spans.add(code.group(1));
            }
        }
        return spans;
    }
}
