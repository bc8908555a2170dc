package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * C21: README.md, CONTRIBUTING.md and the documents under docs/ name only files, classes, jar sub-commands,
 * environment variables and metrics that exist, so no document sends a reader to a path, a class, a command,
 * a setting or a graph that is not there. SecurityDocumentTest additionally checks the test methods
 * docs/security.md names; ConfigurationReferenceTest checks the README's configuration table row by row.
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
    /**
     * A class: a CamelCase name of at least two words, with an optional {@code #method} or {@code .member}
     * (a constant, a nested type); a one-word class only with a member ({@code Refusal.EXPIRED}).
     */
    private static final Pattern CLASS =
            Pattern.compile("([A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|[A-Z][a-z0-9]+(?=[#.]\\w))(?:([#.])(\\w+))?");
    /** A jar sub-command as the documents run it: {@code java -jar …/tiergate.jar <sub-command>}. */
    private static final Pattern SUB_COMMAND = Pattern.compile("-jar \\S*tiergate\\.jar ([a-z][a-z-]*)");
    /** An environment variable: upper-case words joined by underscores, alone or assigned ({@code NAME=…}). */
    private static final Pattern VARIABLE = Pattern.compile("([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?:=.*)?");
    /**
     * A name a Java source spells as a string or declares as an enum constant, or a shell script or manifest
     * reads or sets.
     */
    private static final Pattern SPELLED = Pattern.compile("(?m)\"(NAME)\"|\\$\\{?(NAME)|\\b(NAME)=|^\\s+(NAME)\\s*(?:[,;(]|$)"
            .replace("NAME", "[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"));
    /** The target of a Markdown link that stays in the repository (no scheme), without its #anchor. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([A-Za-z0-9_./-]+)(?:#[^)]*)?\\)");
    /** A script the documents run, in a code block or in backticks. */
    private static final Pattern SCRIPT_RUN = Pattern.compile("\\bbash ([A-Za-z0-9_./-]+\\.sh)\\b");
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
    /** Classes of the JDK and of libraries the documents name beside Tiergate's own. */
    private static final Set<String> EXTERNAL_NAMES = Set.of("DecimalFormat", "HttpServer", "JsonEncoder", "PrintStream", "System");

    @Test
    void everyFileAndFolderTheDocumentsNameExists() throws IOException {
        List<String> files = RepositoryTree.files();
        List<String> missing = new ArrayList<>();
        for (String document : documents()) {
            List<String> named = new ArrayList<>(spans(document, PATH));
            Matcher script = SCRIPT_RUN.matcher(RepositoryTree.read(document));
            while (script.find()) {
                named.add(script.group(1));
            }
            Matcher link = LINK.matcher(RepositoryTree.read(document));
            while (link.find()) {
                named.add(Path.of(document).resolveSibling(link.group(1)).normalize().toString().replace('\\', '/')
                        + (link.group(1).endsWith("/") ? "/" : ""));
            }
            for (String path : named) {
                if (!NOT_COMMITTED.contains(path)
                        && files.stream().noneMatch(file -> matches(file, path))) {
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
                if (!named.matches() || EXTERNAL_NAMES.contains(named.group(1))) {
                    continue;
                }
                List<String> files = sources.getOrDefault(named.group(1), List.of());
                Pattern member = Pattern.compile("\\b" + named.group(3) + (named.group(2) == null || named.group(2).equals(".")
                        ? "\\b" : "\\s*\\("));
                if (files.isEmpty() || named.group(3) != null
                        && files.stream().noneMatch(file -> member.matcher(RepositoryTree.read(file)).find())) {
                    missing.add(document + ": " + named.group());
                }
            }
        }
        assertThat(missing).as("classes, methods and members named in the documents that do not exist").isEmpty();
    }

    @Test
    void everyJarSubCommandTheDocumentsRunExists() throws IOException {
        String application = RepositoryTree.read("bootstrap/src/main/java/dev/tiergate/bootstrap/TiergateApplication.java");
        Set<String> subCommands = new TreeSet<>();
        Matcher literal = Pattern.compile("\"([a-z][a-z-]*)\"").matcher(application);
        while (literal.find()) {
            subCommands.add(literal.group(1));
        }
        Matcher constant = Pattern.compile("\\b([A-Z]\\w*)\\.COMMAND\\b").matcher(application);
        while (constant.find()) {
            for (String file : RepositoryTree.javaSources()) {
                if (RepositoryTree.simpleName(file).equals(constant.group(1))) {
                    Matcher value = Pattern.compile("COMMAND = \"([a-z-]+)\"").matcher(RepositoryTree.read(file));
                    while (value.find()) {
                        subCommands.add(value.group(1));
                    }
                }
            }
        }
        assertThat(subCommands).as("the sub-commands TiergateApplication dispatches")
                .contains("register-commands", "api-keys", "dead-letters");
        List<String> missing = new ArrayList<>();
        for (String document : documents()) {
            Matcher run = SUB_COMMAND.matcher(RepositoryTree.read(document));
            while (run.find()) {
                if (!subCommands.contains(run.group(1))) {
                    missing.add(document + ": " + run.group(1));
                }
            }
        }
        assertThat(missing).as("jar sub-commands the documents run that TiergateApplication does not know").isEmpty();
    }

    @Test
    void everyEnvironmentVariableTheDocumentsNameIsReadOrSet() throws IOException {
        Set<String> spelled = new TreeSet<>();
        for (String file : RepositoryTree.files()) {
            boolean script = file.endsWith(".sh") || file.equals(".ci/run") || file.endsWith("Dockerfile")
                    || file.startsWith("deploy/k8s/");
            if (script || file.endsWith(".java") && file.contains("/src/")) {
                Matcher name = SPELLED.matcher(RepositoryTree.read(file));
                while (name.find()) {
                    for (int group = 1; group <= name.groupCount(); group++) {
                        if (name.group(group) != null) {
                            spelled.add(name.group(group));
                        }
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String document : documents()) {
            Matcher code = CODE.matcher(RepositoryTree.read(document));
            while (code.find()) {
                Matcher variable = VARIABLE.matcher(code.group(1));
                if (variable.matches() && !spelled.contains(variable.group(1))) {
                    missing.add(document + ": " + variable.group(1));
                }
            }
        }
        assertThat(missing).as("upper-case names in the documents that no code, script or manifest spells").isEmpty();
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
        assertThat(documents()).contains("README.md", "CONTRIBUTING.md", "docs/runbook.md", "docs/threat-model.md",
                "docs/security.md", "docs/architecture.md", "docs/extending.md");
        assertThat(spans("docs/runbook.md", PATH)).contains("deploy/Dockerfile");
        assertThat(METRIC.matcher(RepositoryTree.read("docs/runbook.md")).find()).isTrue();
        assertThat(SUB_COMMAND.matcher(RepositoryTree.read("README.md")).find()).isTrue();
        assertThat(LINK.matcher(RepositoryTree.read("docs/extending.md")).find()).isTrue();
        assertThat(spans("README.md", VARIABLE)).contains("DISCORD_PUBLIC_KEY");
        assertThat(spans("docs/architecture.md", CLASS)).contains("TierPolicy", "InteractionOutcome.RetryLater");
    }

    /**
     * A file matches a path it is, ends with or lies under; "/.../" in a path stands for any folders; a folder
     * without its trailing slash (a link to it) matches the files under it.
     */
    private static boolean matches(String file, String path) {
        int elision = path.indexOf("/.../");
        if (elision >= 0) {
            return file.startsWith(path.substring(0, elision + 1)) && file.endsWith(path.substring(elision + 4));
        }
        return path.endsWith("/")
                ? file.startsWith(path) || file.contains("/" + path)
                : file.equals(path) || file.endsWith("/" + path) || file.startsWith(path + "/");
    }

    private static List<String> documents() throws IOException {
        return RepositoryTree.files().stream()
                .filter(file -> file.equals("README.md") || file.equals("CONTRIBUTING.md")
                        || file.startsWith("docs/") && file.endsWith(".md"))
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
