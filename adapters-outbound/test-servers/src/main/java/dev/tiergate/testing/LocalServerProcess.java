package dev.tiergate.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private server process for tests, on a free loopback port in a fresh working directory that
 * {@link #close()} (or the JVM's exit) deletes; a missing binary fails the test, it never skips it.
 */
public final class LocalServerProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(10);
    private static final Duration PROBE_EVERY = Duration.ofMillis(20);
    private static final long EXIT_WITHIN_SECONDS = 5;

    /** Builds the command line that runs a server binary on a port from a working directory. */
    @FunctionalInterface
    public interface CommandLine {

        /** Returns the command line, binary first, that serves on the port from the working directory. */
        List<String> of(Path binary, int port, Path workDir);
    }

    /** Tells from a fresh connection to the server whether it is ready for the tests. */
    @FunctionalInterface
    public interface ReadinessProbe {

        /** Returns empty when the server behind the connected socket is ready, else what it still lacks. */
        Optional<String> notReadyBecause(Socket connected) throws IOException;
    }

    private final String name;
    private final int port;
    private final Path workDir;
    private final Path logFile;
    private final List<String> command;
    private final ReadinessProbe probe;
    private final Thread shutdownHook;
    private Process process;

    private LocalServerProcess(String name, Path binary, int port, Path workDir, CommandLine commandLine,
            ReadinessProbe probe) {
        this.name = name;
        this.port = port;
        this.workDir = workDir;
        this.logFile = workDir.resolve(name + ".log");
        this.command = List.copyOf(commandLine.of(binary, port, workDir));
        this.probe = probe;
        this.shutdownHook = new Thread(this::destroyAndDelete, name + "-test-server-" + port + "-cleanup");
    }

    /**
     * Starts the binary named by the environment variable, else the one called {@code name} on the
     * PATH, else {@code fallback}, and returns once the probe finds it ready.
     */
    public static LocalServerProcess start(String name, String envVar, Path fallback, CommandLine commandLine,
            ReadinessProbe probe) {
        Path binary = findBinary(name, envVar, fallback);
        Path workDir;
        try {
            workDir = Files.createTempDirectory("tiergate-" + name + "-test-");
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create a working directory for " + name, failure);
        }
        LocalServerProcess server = new LocalServerProcess(name, binary, FreePort.onLoopback(name), workDir, commandLine, probe);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            server.launch();
        } catch (RuntimeException failure) {
            server.close();
            throw failure;
        }
        return server;
    }

    /** Reads one line (at most 8192 characters) and returns it without surrounding whitespace. */
    public static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != -1 && next != '\n' && line.length() < 8192; next = in.read()) {
            line.append((char) next);
        }
        return line.toString().trim();
    }

    /** Returns the loopback port the server listens on, the same across restarts. */
    public int port() {
        return port;
    }

    /** SIGKILL: the server vanishes at once, and this fails if it is still there five seconds later. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(EXIT_WITHIN_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException(
                        name + " on port " + port + " survived SIGKILL for " + EXIT_WITHIN_SECONDS + " s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing " + name, interrupted);
        }
        process = null;
    }

    /** SIGTERM: asks the server to shut down cleanly, and kills it if it has not within five seconds. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(EXIT_WITHIN_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(EXIT_WITHIN_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts the server again on the same port and in the same directory, killing it first if it runs. */
    public synchronized void restart() {
        kill();
        launch();
    }

    /** Sends the running server a signal with kill(1), such as {@code -STOP} or {@code -CONT}. */
    public synchronized void signal(String signal) {
        if (process == null) {
            throw new IllegalStateException(name + " on port " + port + " is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).redirectErrorStream(true)
                    .start();
            if (!kill.waitFor(EXIT_WITHIN_SECONDS, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed: "
                        + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            if (signal.equals("-STOP")) {
                awaitStopped();
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot run kill " + signal, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling " + name, interrupted);
        }
    }

    /**
     * Waits until every thread of the server is stopped: kill returns once SIGSTOP is sent, and a thread
     * running on another core may still answer one more request before it takes effect.
     */
    private void awaitStopped() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EXIT_WITHIN_SECONDS);
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        while (!allStopped(tasks)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not stop within " + EXIT_WITHIN_SECONDS + " s of SIGSTOP");
            }
            Thread.sleep(5);
        }
    }

    /** Whether each thread's state in /proc is stopped, T. */
    private static boolean allStopped(Path tasks) throws IOException {
        try (var threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                if (!ProcStat.fields(thread.resolve("stat"))[0].equals("T")) {
                    return false;
                }
            }
        } catch (NoSuchFileException gone) {
            return false;
        }
        return true;
    }

    /** Kills the server, deletes its working directory and drops the shutdown hook that would have. */
    @Override
    public synchronized void close() {
        destroyAndDelete();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting and runs the hook itself.
        }
    }

    private static Path findBinary(String name, String envVar, Path fallback) {
        String configured = System.getenv(envVar);
        if (configured != null && !configured.isBlank()) {
            Path path = Paths.get(configured);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException(envVar + "=" + configured + " is not an executable " + name);
            }
            return path;
        }
        Optional<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Paths.get(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
        if (onPath.isPresent()) {
            return onPath.get();
        }
        if (Files.isExecutable(fallback)) {
            return fallback;
        }
        throw new IllegalStateException("No " + name + " binary for the tests: set " + envVar + " to one, put "
                + name + " on the PATH, or install it as " + fallback);
    }

    private synchronized void launch() {
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot start " + command.getFirst(), failure);
        }
        awaitReady();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        String lastProblem = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                socket.setSoTimeout(1000);
                Optional<String> problem = probe.notReadyBecause(socket);
                if (problem.isEmpty()) {
                    return;
                }
                lastProblem = problem.get();
            } catch (IOException notYet) {
                lastProblem = notYet.toString();
            }
            sleep(PROBE_EVERY);
        }
        kill();
        throw new IllegalStateException(name + " on port " + port + " was not ready within " + READY_WITHIN
                + " (" + lastProblem + "): " + logTail());
    }

    private synchronized void destroyAndDelete() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(EXIT_WITHIN_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        deleteRecursively(workDir);
    }

    private String logTail() {
        try {
            String log = Files.readString(logFile, StandardCharsets.UTF_8);
            return log.substring(Math.max(0, log.length() - 2000));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot delete " + root, failure);
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, interrupted);
        }
    }
}
