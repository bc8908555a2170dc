package dev.tiergate.perf.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJvmTest {

    @Test
    void theOptionsAreTheEntrypointsBetweenJavaAndTheJarInTheDeploymentsMemory(@TempDir Path directory) throws Exception {
        Path dockerfile = directory.resolve("Dockerfile");
        Files.writeString(dockerfile, """
                FROM eclipse-temurin:25-jre
                HEALTHCHECK CMD ["java", "-Xmx16m", "-cp", "/app/tiergate.jar", "dev.tiergate.bootstrap.HealthCheck"]
                ENTRYPOINT ["java", "--sun-misc-unsafe-memory-access=allow", "-XX:MaxRAMPercentage=75", "-Djava.io.tmpdir=/tmp", "-jar", "/app/tiergate.jar"]
                """);

        assertThat(ServiceJvm.options(dockerfile)).containsExactly("-XX:MaxRAM=768m",
                "--sun-misc-unsafe-memory-access=allow", "-XX:MaxRAMPercentage=75");
    }

    @Test
    void theShippedDockerfileHasAnEntrypointToReadFrom() throws Exception {
        assertThat(ServiceJvm.options(Path.of("../deploy/Dockerfile"))).contains(ServiceJvm.CONTAINER_MEMORY)
                .anyMatch(option -> option.startsWith("-XX:MaxRAMPercentage="));
    }
}
