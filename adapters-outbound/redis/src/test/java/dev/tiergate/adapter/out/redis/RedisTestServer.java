package dev.tiergate.adapter.out.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private redis-server on a free loopback port (no persistence), so tests never touch the
 * machine's shared Redis and can kill, restart, pause and resume it; a missing binary fails the
 * test, it never skips it. {@link #start()} starts one; {@link #restart()} brings a killed one
 * back on the same port.
 */
public final class RedisTestServer implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(10);
    private static final Path DEBIAN_BINARY = Paths.get("/usr/bin/redis-server");

    private final Path binary;
    private final int port;
    private final Path workDir;
    private final Path logFile;
    private final Thread shutdownHook;
    private Process process;

    private RedisTestServer(Path binary, int port, Path workDir) {
        this.binary = binary;
        this.port = port;
        this.workDir = workDir;
        this.logFile = workDir.resolve("redis.log");
        this.shutdownHook = new Thread(this::destroyAndDelete, "redis-test-server-" + port + "-cleanup");
    }

    /** Starts a server from TEST_REDIS_SERVER, else redis-server on the PATH, else /usr/bin/redis-server. */
    public static RedisTestServer start() {
        Path binary = findBinary();
        Path workDir;
        try {
            workDir = Files.createTempDirectory("tiergate-redis-test-");
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create a working directory for redis-server", failure);
        }
        RedisTestServer server = new RedisTestServer(binary, freePort(), workDir);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            server.launch();
        } catch (RuntimeException failure) {
            server.close();
            throw failure;
        }
        return server;
    }

    public URI uri() {
        return URI.create("redis://127.0.0.1:" + port);
    }

    /** SIGKILL: the server vanishes at once, connections reset, nothing is saved. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("redis-server on port " + port + " survived SIGKILL for 5 s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing redis-server", interrupted);
        }
        process = null;
    }

    /** Starts a killed (or running: it is killed first) server again on the same port, empty. */
    public synchronized void restart() {
        kill();
        launch();
    }

    /** SIGSTOP: the server keeps its connections open but answers nothing until {@link #resume()}. */
    public synchronized void pause() {
        signal("-STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public synchronized void resume() {
        signal("-CONT");
    }

    @Override
    public synchronized void close() {
        destroyAndDelete();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting and runs the hook itself.
        }
    }

    private static Path findBinary() {
        String configured = System.getenv("TEST_REDIS_SERVER");
        if (configured != null && !configured.isBlank()) {
            Path path = Paths.get(configured);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException("TEST_REDIS_SERVER=" + configured + " is not an executable redis-server");
            }
            return path;
        }
        Optional<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Paths.get(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst();
        if (onPath.isPresent()) {
            return onPath.get();
        }
        if (Files.isExecutable(DEBIAN_BINARY)) {
            return DEBIAN_BINARY;
        }
        throw new IllegalStateException("No redis-server binary for the Redis tests: set TEST_REDIS_SERVER to one, "
                + "put redis-server on the PATH, or install it (apt-get install redis-server)");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException("No free loopback port for redis-server", failure);
        }
    }

    private synchronized void launch() {
        List<String> command = List.of(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", workDir.toString(), "--daemonize", "no");
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot start " + binary, failure);
        }
        awaitPong();
    }

    /** Waits until the server answers PING with PONG. */
    private void awaitPong() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        String lastProblem = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue() + ": " + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                socket.setSoTimeout(1000);
                OutputStream out = socket.getOutputStream();
                out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = readLine(socket.getInputStream());
                if (answer.startsWith("+PONG")) {
                    return;
                }
                lastProblem = "answered " + answer;
            } catch (IOException notYet) {
                lastProblem = notYet.toString();
            }
            sleep(Duration.ofMillis(20));
        }
        kill();
        throw new IllegalStateException("redis-server on port " + port + " was not ready within " + READY_WITHIN
                + " (" + lastProblem + "): " + logTail());
    }

    private void signal(String signal) {
        if (process == null) {
            throw new IllegalStateException("redis-server on port " + port + " is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).redirectErrorStream(true).start();
            if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed: "
                        + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot run kill " + signal, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling redis-server", interrupted);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != -1 && next != '\n' && line.length() < 8192; next = in.read()) {
            line.append((char) next);
        }
        return line.toString().trim();
    }

    private synchronized void destroyAndDelete() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
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

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for redis-server", interrupted);
        }
    }
}
