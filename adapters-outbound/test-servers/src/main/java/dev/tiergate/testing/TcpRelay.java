package dev.tiergate.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A TCP relay from a loopback port to a real server, so a test can take away a server the whole test
 * JVM shares (PostgreSQL) from one service only: {@link #cut()} closes every relayed connection and
 * refuses new ones, as a dead server would; {@link #restore()} listens on the same port again. A relay
 * with latency delivers every byte, in order, that long after it was sent, either way: a slow network.
 */
public final class TcpRelay implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Duration latency;
    private final Set<Socket> open = new HashSet<>();
    private ServerSocket listener;

    private TcpRelay(InetSocketAddress target, int port, Duration latency) {
        this.target = target;
        this.port = port;
        this.latency = latency;
    }

    /** A relay on a free loopback port to {@code host:port}, accepting at once. */
    public static TcpRelay to(String host, int port) {
        return to(host, port, Duration.ZERO);
    }

    /** A relay that delivers each byte {@code latency} after it was sent, in both directions. */
    public static TcpRelay to(String host, int port, Duration latency) {
        TcpRelay relay = new TcpRelay(new InetSocketAddress(host, port), FreePort.onLoopback("a relay"), latency);
        relay.restore();
        return relay;
    }

    public int port() {
        return port;
    }

    /** Listens (again) on the relay's port; connections made from now on reach the target. */
    public synchronized void restore() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
            Thread.ofVirtual().name("relay-accept-" + port).start(() -> accept(socket));
        } catch (IOException taken) {
            throw new UncheckedIOException("The relay cannot listen on " + port + " again", taken);
        }
    }

    /** Closes the port and every connection through it: connecting is refused, open sockets see their peer gone. */
    public synchronized void cut() {
        closeQuietly(listener);
        open.forEach(TcpRelay::closeQuietly);
        open.clear();
    }

    @Override
    public void close() {
        cut();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(target.getAddress(), target.getPort());
                if (!track(socket, client, server)) {
                    return;
                }
                Thread.ofVirtual().start(() -> pump(client, server));
                Thread.ofVirtual().start(() -> pump(server, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Registers a relayed pair unless the relay was cut meanwhile, in which case both are closed. */
    private synchronized boolean track(ServerSocket socket, Socket client, Socket server) {
        if (socket != listener || socket.isClosed()) {
            closeQuietly(client);
            closeQuietly(server);
            return false;
        }
        open.add(client);
        open.add(server);
        return true;
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            OutputStream delayed = latency.isZero() ? out : delayed(out, to);
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                delayed.write(buffer, 0, read);
                delayed.flush();
            }
        } catch (IOException cutOrClosed) {
            // Either side went away: the other direction ends too once its socket closes below.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** Writes to {@code out} from a thread of its own, each chunk {@code latency} after it was handed over. */
    private OutputStream delayed(OutputStream out, Socket to) {
        record Chunk(long dueNanos, byte[] bytes) {
        }
        BlockingQueue<Chunk> chunks = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            try {
                while (!to.isClosed()) {
                    Chunk chunk = chunks.poll(100, TimeUnit.MILLISECONDS);
                    if (chunk == null) {
                        continue;
                    }
                    Thread.sleep(Duration.ofNanos(Math.max(0, chunk.dueNanos() - System.nanoTime())));
                    out.write(chunk.bytes());
                    out.flush();
                }
            } catch (IOException | InterruptedException gone) {
                closeQuietly(to);
            }
        });
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                chunks.add(new Chunk(System.nanoTime() + latency.toNanos(), Arrays.copyOfRange(bytes, offset, offset + length)));
            }
        };
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception alreadyClosed) {
            // Nothing left to release.
        }
    }
}
