package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * C20: the package phase writes a CycloneDX SBOM of tiergate.jar (cyclonedx-maven-plugin in
 * bootstrap/pom.xml), and it lists the runtime dependencies with the versions this build resolved and
 * their package URLs, but nothing that only the tests use. Failsafe runs this after package.
 */
class SoftwareBillOfMaterialsIT {

    private static final Path SBOM = Path.of("target/tiergate.cdx.json");
    /** group:artifact of dependencies the service cannot run without, one per technology. */
    private static final List<String> RUNTIME = List.of(
            "io.nats:jnats",
            "io.lettuce:lettuce-core",
            "org.postgresql:postgresql",
            "io.micronaut:micronaut-http-server-netty",
            "io.github.resilience4j:resilience4j-circuitbreaker",
            "io.micrometer:micrometer-registry-prometheus",
            "ch.qos.logback:logback-classic");
    private static final List<String> TEST_ONLY = List.of(
            "org.junit.jupiter:junit-jupiter", "org.assertj:assertj-core", "org.yaml:snakeyaml");

    private record Component(String coordinates, String version, String purl) {
    }

    @Test
    void listsEveryRuntimeDependencyWithTheResolvedVersionAndItsPackageUrl() throws IOException {
        JsonNode sbom = read();
        Map<String, Component> components = components(sbom);

        assertThat(sbom.path("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(sbom.path("metadata").path("component").path("name").asText()).isEqualTo("tiergate-bootstrap");
        assertThat(RUNTIME).allSatisfy(coordinates -> {
            assertThat(components).as("SBOM components").containsKey(coordinates);
            Component component = components.get(coordinates);
            String[] groupAndName = coordinates.split(":");
            assertThat(component.version()).as(coordinates).isEqualTo(versionOnTheClassPath(groupAndName[1]));
            assertThat(component.purl()).as(coordinates)
                    .startsWith("pkg:maven/" + groupAndName[0] + "/" + groupAndName[1] + "@" + component.version());
        });
    }

    @Test
    void listsNothingOnlyTheTestsUse() throws IOException {
        assertThat(components(read())).doesNotContainKeys(TEST_ONLY.toArray(String[]::new));
        assertThat(components(read()).keySet()).noneMatch(coordinates -> coordinates.startsWith("org.testcontainers:"));
    }

    private static JsonNode read() throws IOException {
        assertThat(SBOM).as("""
                the SBOM the package phase writes; cyclonedx-maven-plugin skips itself when Maven runs offline \
                (-o, CycloneDX/cyclonedx-maven-plugin#439), so build without -o, as deploy/local/test.sh does""")
                .isRegularFile();
        return new ObjectMapper().readTree(SBOM.toFile());
    }

    private static Map<String, Component> components(JsonNode sbom) {
        return StreamSupport.stream(sbom.path("components").spliterator(), false)
                .map(node -> new Component(node.path("group").asText() + ":" + node.path("name").asText(),
                        node.path("version").asText(), node.path("purl").asText()))
                .collect(Collectors.toMap(Component::coordinates, Function.identity(), (first, same) -> first));
    }

    /** The version in the file name of the artifact's jar on this test's class path (Maven's own resolution). */
    private static String versionOnTheClassPath(String artifact) {
        String prefix = artifact + "-";
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
                .map(entry -> Path.of(entry).getFileName().toString())
                .filter(jar -> jar.startsWith(prefix) && jar.endsWith(".jar") && Character.isDigit(jar.charAt(prefix.length())))
                .map(jar -> jar.substring(prefix.length(), jar.length() - ".jar".length()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(artifact + " is not on the class path"));
    }
}
