package dev.tiergate.adapter.out.nats;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
 * A private nats-server with JetStream on a free loopback port and a fresh store, so tests never
 * touch the machine's shared NATS; a missing binary fails the test, it never skips it.
 */
public final class NatsTestServer implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(10);
    private static final Path DEBIAN_BINARY = Paths.get("/usr/sbin/nats-server");

    private final Path binary;
    private final int port;
    private final Path storeDir;
    private final Path logFile;
    private final Thread shutdownHook;
    private Process process;

    private NatsTestServer(Path binary, int port, Path storeDir) {
        this.binary = binary;
        this.port = port;
        this.storeDir = storeDir;
        this.logFile = storeDir.resolveSibling(storeDir.getFileName() + ".log");
        this.shutdownHook = new Thread(this::destroyAndDelete, "nats-test-server-" + port + "-cleanup");
    }

    /** Starts a server from TEST_NATS_SERVER, else nats-server on the PATH, else /usr/sbin/nats-server. */
    public static NatsTestServer start() {
        Path binary = findBinary();
        Path storeDir;
        try {
            storeDir = Files.createTempDirectory("tiergate-nats-test-");
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create a JetStream store directory", failure);
        }
        NatsTestServer server = new NatsTestServer(binary, freePort(), storeDir);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            server.launch();
        } catch (RuntimeException failure) {
            server.close();
            throw failure;
        }
        return server;
    }

    public String url() {
        return "nats://127.0.0.1:" + port;
    }

    /** Stops the server and starts it again on the same port with the same store. */
    public synchronized void restart() {
        stop();
        launch();
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
        String configured = System.getenv("TEST_NATS_SERVER");
        if (configured != null && !configured.isBlank()) {
            Path path = Paths.get(configured);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException("TEST_NATS_SERVER=" + configured + " is not an executable nats-server");
            }
            return path;
        }
        Optional<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Paths.get(dir, "nats-server"))
                .filter(Files::isExecutable)
                .findFirst();
        if (onPath.isPresent()) {
            return onPath.get();
        }
        if (Files.isExecutable(DEBIAN_BINARY)) {
            return DEBIAN_BINARY;
        }
        throw new IllegalStateException("No nats-server binary for the NATS tests: set TEST_NATS_SERVER to one, "
                + "put nats-server on the PATH, or install it (apt-get install nats-server)");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException("No free loopback port for nats-server", failure);
        }
    }

    private synchronized void launch() {
        List<String> command = List.of(binary.toString(), "-a", "127.0.0.1", "-p", Integer.toString(port), "-js",
                "-sd", storeDir.toString());
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot start " + binary, failure);
        }
        awaitJetStream();
    }

    /** Waits until the server greets a client with an INFO line that announces JetStream. */
    private void awaitJetStream() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        String lastProblem = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nats-server exited with " + process.exitValue() + ": " + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                socket.setSoTimeout(1000);
                String info = readLine(socket.getInputStream());
                if (info.startsWith("INFO") && info.contains("\"jetstream\":true")) {
                    return;
                }
                lastProblem = "greeting without JetStream: " + info;
            } catch (IOException notYet) {
                lastProblem = notYet.toString();
            }
            sleep(Duration.ofMillis(25));
        }
        stop();
        throw new IllegalStateException("nats-server on port " + port + " was not ready within " + READY_WITHIN
                + " (" + lastProblem + "): " + logTail());
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != -1 && next != '\n' && line.length() < 8192; next = in.read()) {
            line.append((char) next);
        }
        return line.toString();
    }

    private void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private synchronized void destroyAndDelete() {
        stop();
        deleteRecursively(storeDir);
        deleteRecursively(logFile);
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
            throw new IllegalStateException("Interrupted while waiting for nats-server", interrupted);
        }
    }
}
