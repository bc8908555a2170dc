package dev.tiergate.adapter.out.nats;

import dev.tiergate.testing.LocalServerProcess;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

/**
 * A private nats-server with JetStream on a free loopback port and a fresh store, so tests never
 * touch the machine's shared NATS; a missing binary fails the test, it never skips it.
 */
public final class NatsTestServer implements AutoCloseable {

    private final LocalServerProcess server;

    private NatsTestServer(LocalServerProcess server) {
        this.server = server;
    }

    /** Starts a server from TEST_NATS_SERVER, else nats-server on the PATH, else /usr/sbin/nats-server. */
    public static NatsTestServer start() {
        return new NatsTestServer(LocalServerProcess.start("nats-server", "TEST_NATS_SERVER",
                Paths.get("/usr/sbin/nats-server"),
                (binary, port, storeDir) -> List.of(binary.toString(), "-a", "127.0.0.1", "-p", Integer.toString(port),
                        "-js", "-sd", storeDir.toString()),
                NatsTestServer::withoutJetStream));
    }

    public String url() {
        return "nats://127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
    }

    /** Stops the server (if it runs) and starts it again on the same port with the same store. */
    public synchronized void restart() {
        server.stop();
        server.restart();
    }

    /** SIGKILL: the server vanishes mid-write; {@link #restart()} brings it back on the same port and store. */
    public synchronized void kill() {
        server.kill();
    }

    /** SIGSTOP: connections stay open but the server answers nothing until {@link #resume()}. */
    public synchronized void pause() {
        server.signal("-STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public synchronized void resume() {
        server.signal("-CONT");
    }

    @Override
    public void close() {
        server.close();
    }

    /** Ready once the server greets a client with an INFO line that announces JetStream. */
    private static Optional<String> withoutJetStream(Socket connected) throws IOException {
        String info = LocalServerProcess.readLine(connected.getInputStream());
        if (info.startsWith("INFO") && info.contains("\"jetstream\":true")) {
            return Optional.empty();
        }
        return Optional.of("greeting without JetStream: " + info);
    }
}
