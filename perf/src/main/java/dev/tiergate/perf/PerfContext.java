package dev.tiergate.perf;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a run's servers and files are. The servers are the machine's own on loopback (perf/run.sh
 * starts them), named by the variables the tests use; a benchmark that needs a server of its own (a
 * private nats-server, a database of a million members) makes it from these.
 *
 * @param smoke the CI smoke run: shorter and slower settings, limits loosened twice over
 * @param databaseUrl a JDBC URL of the PostgreSQL server's maintenance database ({@code TEST_DATABASE_URL})
 * @param redis the Redis server ({@code TEST_REDIS_URL})
 * @param natsServer the nats-server binary ({@code TEST_NATS_SERVER})
 * @param serviceJar the service as it ships ({@code bootstrap/target/tiergate.jar})
 * @param dockerfile the image it ships in ({@code deploy/Dockerfile}), whose entrypoint has the JVM options
 * @param workDirectory scratch space for logs and stores, under perf/target
 * @param log progress lines, so a ten-minute run says what it is doing
 */
public record PerfContext(boolean smoke, String databaseUrl, URI redis, Path natsServer, Path serviceJar,
        Path dockerfile, Path workDirectory, PrintStream log) {

    static PerfContext fromEnvironment(boolean smoke, Path root, Map<String, String> environment, PrintStream log) {
        return new PerfContext(smoke,
                environment.getOrDefault("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"),
                URI.create(environment.getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379")),
                Path.of(environment.getOrDefault("TEST_NATS_SERVER", "/usr/sbin/nats-server")),
                root.resolve("bootstrap/target/tiergate.jar"), root.resolve("deploy/Dockerfile"),
                root.resolve("perf/target/work"), log);
    }

    /** Prints one progress line, prefixed with the goal it belongs to. */
    public void say(String goal, String line) {
        log.println("perf " + goal + ": " + line);
    }
}
