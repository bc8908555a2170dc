package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The service's JVM options are written in the image's entrypoint (deploy/Dockerfile); the local run
 * (deploy/local/run.sh) may leave out what only a container needs, but passes nothing the image does
 * not, and keeps the options that change how the service performs. The benchmarks read the
 * entrypoint itself (perf's ServiceJvm).
 */
class ServiceJvmOptionsTest {

    /** Netty's fast buffer access on Java 24+, and a heap that does not start tiny: docs/performance.md. */
    private static final List<String> PERFORMANCE_OPTIONS = List.of("--sun-misc-unsafe-memory-access=allow",
            "-XX:InitialRAMPercentage=25");

    @Test
    void theLocalRunPassesTheImagesPerformanceOptionsAndNothingElse() throws Exception {
        String entrypoint = RepositoryTree.read("deploy/Dockerfile").lines().filter(line -> line.startsWith("ENTRYPOINT "))
                .reduce((first, last) -> last).orElseThrow();
        List<String> image = List.of(new ObjectMapper().readValue(entrypoint.substring("ENTRYPOINT ".length()), String[].class));
        String exec = RepositoryTree.read("deploy/local/run.sh").lines().filter(line -> line.startsWith("exec java "))
                .findFirst().orElseThrow();
        List<String> local = Arrays.asList(exec.substring("exec java ".length(), exec.indexOf(" -jar ")).split(" "));

        assertThat(image).containsSubsequence("java").containsAll(PERFORMANCE_OPTIONS);
        assertThat(local).containsAll(PERFORMANCE_OPTIONS);
        assertThat(image).containsAll(local);
    }
}
