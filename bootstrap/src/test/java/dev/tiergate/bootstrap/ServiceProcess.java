package dev.tiergate.bootstrap;

import dev.tiergate.testing.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real main() in a JVM of its own, as a replica runs in production, so a test can stop it the way
 * the platform does: SIGTERM (and expect it to finish within its shutdown deadline) or SIGKILL. Its
 * output goes to {@code target/fault-logs/<name>-<time>.log}, kept for reading after the test. The
 * perf module starts the shipped jar the same way ({@link #startJar}).
 */
public final class ServiceProcess implements AutoCloseable {

    /** What the service logs once every listener consumes. */
    static final String CONSUMING = "Tiergate is consuming interactions";
    private static final Duration READY_WITHIN = Duration.ofSeconds(60);
    private static final Path LOG_DIRECTORY = Path.of("target", "fault-logs");

    private final String name;
    private final Process process;
    private final Path log;
    private final int httpPort;
    private final int managementPort;
    private final Thread killOnExit;

    private ServiceProcess(String name, Process process, Path log, int httpPort, int managementPort) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        // A test that fails half-way must not leave a service running that consumes the next test's messages.
        this.killOnExit = new Thread(process::destroyForcibly, name + "-kill-on-exit");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts main() with exactly this environment (plus its own HTTP and management ports; inherited
     * Tiergate variables are dropped) and returns once it consumes and answers {@code /health/live}.
     */
    static ServiceProcess start(String name, Map<String, String> environment) throws IOException, InterruptedException {
        return start(name, List.of(
                // No parallel collector threads competing with the test JVM for a small machine's cores.
                "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), TiergateApplication.class.getName()),
                environment, LOG_DIRECTORY);
    }

    /**
     * Starts the shipped jar ({@code java <jvmOptions> -jar <jar>}) as {@link #start} starts main(), its log
     * in {@code logDirectory}.
     */
    public static ServiceProcess startJar(String name, Path jar, List<String> jvmOptions,
            Map<String, String> environment, Path logDirectory) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(jvmOptions);
        arguments.addAll(List.of("-jar", jar.toString()));
        return start(name, arguments, environment, logDirectory);
    }

    private static ServiceProcess start(String name, List<String> javaArguments, Map<String, String> environment,
            Path logDirectory) throws IOException, InterruptedException {
        int port = FreePort.onLoopback("the service");
        int managementPort = FreePort.onLoopback("the service");
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve(name + "-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(variable -> variable.startsWith("DATABASE_") || variable.startsWith("NATS_")
                || variable.startsWith("DISCORD_") || variable.startsWith("TIERGATE_")
                || variable.startsWith("REDIS_") || variable.startsWith("MANAGEMENT_")
                || variable.equals("METRICS_TOKEN") || variable.equals("HTTP_PORT"));
        env.putAll(environment);
        env.put("HTTP_PORT", Integer.toString(port));
        env.put("MANAGEMENT_PORT", Integer.toString(managementPort));
        ServiceProcess service = new ServiceProcess(name, builder.start(), log, port, managementPort);
        try {
            service.awaitReady();
        } catch (RuntimeException | InterruptedException notReady) {
            service.close();
            throw notReady;
        }
        return service;
    }

    String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * SIGTERM, as the platform stops a replica, then waits up to {@code within} for the process to exit by
     * itself; answers how long it took. A process still running then is SIGKILLed and the test fails.
     */
    Duration sigterm(Duration within) throws InterruptedException {
        long sent = System.nanoTime();
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError(name + " was still running " + within.toSeconds() + " s after SIGTERM; log "
                    + log.toAbsolutePath() + " ends:\n" + tail());
        }
        return Duration.ofNanos(System.nanoTime() - sent);
    }

    /** SIGKILL: the process vanishes at once, mid-transaction and mid-reply, as on a node failure. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived SIGKILL for 10 s");
        }
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Every line the process wrote so far. */
    List<String> logs() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the log of " + name, unreadable);
        }
    }

    public Path logFile() {
        return log;
    }

    /** GETs a path of the service's HTTP port. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(httpPort, path);
    }

    /** The Prometheus text the service serves on its management port (started without a metrics token). */
    public String scrape() throws IOException, InterruptedException {
        return get(managementPort, "/metrics").body();
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Kills the process if it still runs; its log stays. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting and runs the hook itself.
        }
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready:\n"
                        + tail());
            }
            if (logs().stream().anyMatch(line -> line.contains(CONSUMING)) && live()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " was not ready within " + READY_WITHIN.toSeconds() + " s:\n" + tail());
    }

    private boolean live() throws InterruptedException {
        try {
            return get("/health/live").statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private String tail() {
        List<String> lines = logs();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
