package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub workflows under .github/workflows cannot run here, so this reads them (C20): each is valid
 * YAML with jobs that have a runner and steps, runs on pushes, pull requests and a weekly schedule, and
 * together they build and test through the same entry point as .ci/run, analyse the Java code with
 * CodeQL, lint deploy/Dockerfile, scan the image with Trivy failing on CRITICAL and HIGH, and scan for
 * secrets with gitleaks.
 */
class CiWorkflowsTest {

    private static final Path ROOT = Path.of("..");
    private static final Path WORKFLOWS = ROOT.resolve(".github/workflows");
    /** Minute, hour, any day of the month, any month, one day of the week. */
    private static final Pattern WEEKLY = Pattern.compile("\\d{1,2} \\d{1,2} \\* \\* [0-6]");

    private record Workflow(String file, Map<String, Object> root) {

        /** YAML 1.1 reads a bare {@code on} key as the boolean true, and SnakeYAML follows it. */
        Map<String, Object> triggers() {
            return map(Objects.requireNonNullElse(root.get("on"), root.get(Boolean.TRUE)));
        }

        Map<String, Object> jobs() {
            return map(root.get("jobs"));
        }

        Stream<Map<String, Object>> steps() {
            return jobs().values().stream().flatMap(job -> list(map(job).get("steps")).stream()).map(CiWorkflowsTest::map);
        }
    }

    @Test
    void everyWorkflowIsValidYamlWhoseJobsHaveARunnerAndSteps() throws IOException {
        List<Workflow> workflows = workflows();

        assertThat(workflows).extracting(Workflow::file).contains("ci.yml", "codeql.yml", "container.yml", "secrets.yml");
        assertThat(workflows).allSatisfy(workflow -> {
            assertThat(workflow.root()).as(workflow.file()).containsKeys("name", "jobs");
            assertThat(workflow.jobs()).as(workflow.file()).isNotEmpty().allSatisfy((name, job) -> {
                assertThat(map(job)).as(workflow.file() + " job " + name).containsKeys("runs-on", "steps");
                assertThat(list(map(job).get("steps"))).as(workflow.file() + " job " + name).isNotEmpty()
                        .allSatisfy(step -> assertThat(map(step).keySet()).as(workflow.file() + " job " + name)
                                .containsAnyOf("uses", "run"));
            });
        });
    }

    @Test
    void everyWorkflowRunsOnPushesPullRequestsAndWeekly() throws IOException {
        assertThat(workflows()).allSatisfy(workflow -> {
            Map<String, Object> on = workflow.triggers();
            assertThat(on).as(workflow.file()).containsKeys("push", "pull_request", "schedule");
            assertThat(list(on.get("schedule"))).as(workflow.file() + " schedule")
                    .anySatisfy(entry -> assertThat(String.valueOf(map(entry).get("cron"))).matches(WEEKLY));
        });
    }

    @Test
    void theBuildRunsTheSameEntryPointAsLocalCiWithPostgresRedisAndNatsJetStream() throws IOException {
        Workflow ci = workflow("ci.yml");
        Map<String, Object> verify = map(ci.jobs().get("verify"));

        // .ci/run is the README's test command plus a wall clock; running it keeps CI and local CI one thing.
        assertThat(Files.readString(ROOT.resolve(".ci/run"))).containsPattern("(?m)^bash deploy/local/test\\.sh");
        assertThat(runs(ci)).anyMatch(run -> run.matches("(?s).*\\bbash \\.ci/run\\b.*"));
        assertThat(map(verify.get("services"))).containsKeys("postgres", "redis");
        assertThat(map(map(map(verify.get("services")).get("postgres")).get("env")))
                .containsEntry("POSTGRES_HOST_AUTH_METHOD", "trust");
        // A service container takes no command arguments, so NATS is started by a step, with JetStream.
        assertThat(runs(ci)).anyMatch(run -> run.matches("(?s).*docker run [^\\n]*nats:[^\\n]* -js\\b.*"));
    }

    @Test
    void codeqlAnalysesTheJavaSources() throws IOException {
        Workflow codeql = workflow("codeql.yml");

        assertThat(codeql.steps()).anySatisfy(step -> {
            assertThat(String.valueOf(step.get("uses"))).startsWith("github/codeql-action/init@");
            assertThat(String.valueOf(map(step.get("with")).get("languages"))).contains("java");
        });
        assertThat(codeql.steps()).anySatisfy(step ->
                assertThat(String.valueOf(step.get("uses"))).startsWith("github/codeql-action/analyze@"));
        assertThat(map(map(codeql.jobs().get("analyze")).get("permissions"))).containsEntry("security-events", "write");
    }

    @Test
    void theImageIsLintedBuiltAndScannedFailingOnCriticalAndHigh() throws IOException {
        Workflow container = workflow("container.yml");

        assertThat(ROOT.resolve("deploy/Dockerfile")).isRegularFile();
        assertThat(container.steps()).anySatisfy(step -> {
            assertThat(String.valueOf(step.get("uses"))).startsWith("hadolint/hadolint-action@");
            assertThat(map(step.get("with"))).containsEntry("dockerfile", "deploy/Dockerfile");
        });
        assertThat(runs(container)).anyMatch(run -> run.contains("docker build -f deploy/Dockerfile"));
        assertThat(container.steps().filter(step -> String.valueOf(step.get("uses")).startsWith("aquasecurity/trivy-action@")))
                .anySatisfy(step -> assertThat(map(step.get("with"))).containsEntry("scan-type", "image"))
                .allSatisfy(step -> assertThat(map(step.get("with")))
                        .containsEntry("severity", "CRITICAL,HIGH")
                        .containsEntry("exit-code", "1"));
    }

    @Test
    void gitleaksScansTheWholeHistoryAndFailsOnAFinding() throws IOException {
        Workflow secrets = workflow("secrets.yml");

        assertThat(secrets.steps()).anySatisfy(step -> assertThat(map(step.get("with"))).containsEntry("fetch-depth", 0));
        assertThat(runs(secrets)).anyMatch(run -> run.contains("gitleaks") && run.contains("--exit-code 1") && run.contains("--redact"));
    }

    private static List<Workflow> workflows() throws IOException {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            List<Path> yaml = files.filter(file -> file.toString().endsWith(".yml") || file.toString().endsWith(".yaml"))
                    .sorted().toList();
            List<Workflow> workflows = new ArrayList<>();
            for (Path file : yaml) {
                workflows.add(new Workflow(file.getFileName().toString(), map(parser().load(Files.readString(file)))));
            }
            return workflows;
        }
    }

    private static Workflow workflow(String file) throws IOException {
        return workflows().stream().filter(workflow -> workflow.file().equals(file)).findFirst().orElseThrow();
    }

    private static List<String> runs(Workflow workflow) {
        return workflow.steps().map(step -> step.get("run")).filter(Objects::nonNull).map(String::valueOf).toList();
    }

    /** Safe loading only: a workflow is data, never a recipe for Java objects. */
    private static Yaml parser() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    private static List<?> list(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<?>) node;
    }
}
