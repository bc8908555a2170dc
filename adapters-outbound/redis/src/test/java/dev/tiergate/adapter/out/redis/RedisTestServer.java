package dev.tiergate.adapter.out.redis;

import dev.tiergate.testing.LocalServerProcess;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

/**
 * A private redis-server on a free loopback port (no persistence), so tests never touch the
 * machine's shared Redis and can kill, restart, pause and resume it; a missing binary fails the
 * test, it never skips it. {@link #start()} starts one; {@link #restart()} brings a killed one
 * back on the same port.
 */
public final class RedisTestServer implements AutoCloseable {

    private final LocalServerProcess server;
    private RedisClient probeClient;
    private StatefulRedisConnection<String, String> probeConnection;

    private RedisTestServer(LocalServerProcess server) {
        this.server = server;
    }

    /** Starts a server from TEST_REDIS_SERVER, else redis-server on the PATH, else /usr/bin/redis-server. */
    public static RedisTestServer start() {
        return new RedisTestServer(LocalServerProcess.start("redis-server", "TEST_REDIS_SERVER",
                Paths.get("/usr/bin/redis-server"),
                (binary, port, workDir) -> List.of(binary.toString(), "--port", Integer.toString(port), "--bind",
                        "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", workDir.toString(),
                        "--daemonize", "no"),
                RedisTestServer::withoutPong));
    }

    public URI uri() {
        return URI.create("redis://127.0.0.1:" + server.port());
    }

    /** SIGKILL: the server vanishes at once, connections reset, nothing is saved. */
    public void kill() {
        server.kill();
    }

    /** Starts a killed (or running: it is killed first) server again on the same port, empty. */
    public void restart() {
        server.restart();
    }

    /** SIGSTOP: the server keeps its connections open but answers nothing until {@link #resume()}. */
    public void pause() {
        server.signal("-STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public void resume() {
        server.signal("-CONT");
    }

    /** A plain synchronous client of this server, for tests to inspect what was stored; closed with the server. */
    public synchronized RedisCommands<String, String> probe() {
        if (probeConnection == null) {
            probeClient = RedisClient.create(uri().toString());
            probeConnection = probeClient.connect();
        }
        return probeConnection.sync();
    }

    @Override
    public synchronized void close() {
        if (probeConnection != null) {
            probeConnection.close();
            probeClient.shutdown();
        }
        server.close();
    }

    /** Ready once the server answers PING with PONG. */
    private static Optional<String> withoutPong(Socket connected) throws IOException {
        OutputStream out = connected.getOutputStream();
        out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String answer = LocalServerProcess.readLine(connected.getInputStream());
        if (answer.startsWith("+PONG")) {
            return Optional.empty();
        }
        return Optional.of("answered " + answer);
    }
}
