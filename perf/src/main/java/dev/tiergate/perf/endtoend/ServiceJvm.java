package dev.tiergate.perf.endtoend;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the service ships with, read from the Dockerfile's {@code ENTRYPOINT} so the
 * benchmark cannot drift from the image, in a container of the base deployment's 768 MiB limit.
 */
final class ServiceJvm {

    /** The Kubernetes base deployment's memory limit, which the JVM would see as its machine. */
    static final String CONTAINER_MEMORY = "-XX:MaxRAM=768m";
    private static final String ENTRYPOINT = "ENTRYPOINT ";

    private ServiceJvm() {
    }

    /** The entrypoint's options between {@code java} and {@code -jar}, without the image's temp directory. */
    static List<String> options(Path dockerfile) throws IOException {
        String entrypoint = Files.readAllLines(dockerfile).stream().filter(line -> line.startsWith(ENTRYPOINT))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException(dockerfile + " has no ENTRYPOINT"));
        List<String> command = List.of(new ObjectMapper().readValue(entrypoint.substring(ENTRYPOINT.length()),
                String[].class));
        List<String> options = new ArrayList<>(List.of(CONTAINER_MEMORY));
        command.subList(1, command.indexOf("-jar")).stream().filter(option -> !option.startsWith("-Djava.io.tmpdir="))
                .forEach(options::add);
        return List.copyOf(options);
    }
}
