package dev.tiergate.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * Every PromQL expression operators look at: the targets of each Grafana dashboard panel in
 * {@code deploy/grafana} and each alert rule in {@code deploy/prometheus}.
 */
final class OperatorQueries {

    /** One expression and where it is written, e.g. {@code service-overview.json: Answer rate}. */
    record Query(String where, String expression) {
    }

    static final Path DASHBOARDS = Path.of("..", "deploy", "grafana");
    static final Path ALERT_RULES = Path.of("..", "deploy", "prometheus");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OperatorQueries() {
    }

    static List<Query> dashboardPanels() throws IOException {
        List<Query> queries = new ArrayList<>();
        for (Path dashboard : files(DASHBOARDS, ".json")) {
            JsonNode panels = JSON.readTree(dashboard.toFile()).path("panels");
            for (JsonNode panel : panels) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new Query(dashboard.getFileName() + ": " + panel.path("title").asText(),
                            target.path("expr").asText()));
                }
            }
        }
        return queries;
    }

    @SuppressWarnings("unchecked")
    static List<Query> alertRules() throws IOException {
        List<Query> queries = new ArrayList<>();
        for (Path file : files(ALERT_RULES, ".yml")) {
            try (InputStream in = Files.newInputStream(file)) {
                Map<String, Object> document = new Yaml().load(in);
                for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
                    for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                        queries.add(new Query(file.getFileName() + ": " + rule.get("alert"), rule.get("expr").toString()));
                    }
                }
            }
        }
        return queries;
    }

    private static List<Path> files(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("No *" + suffix + " in " + directory.toAbsolutePath().normalize());
            }
            return found;
        }
    }
}
