package dev.tiergate.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;

/**
 * A TCP relay from a loopback port to a real server, so a test can take away a server the whole test
 * JVM shares (PostgreSQL) from one service only: {@link #cut()} closes every relayed connection and
 * refuses new ones, as a dead server would; {@link #restore()} listens on the same port again.
 */
final class TcpRelay implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = new HashSet<>();
    private ServerSocket listener;

    private TcpRelay(InetSocketAddress target, int port) {
        this.target = target;
        this.port = port;
    }

    /** A relay on a free loopback port to {@code host:port}, accepting at once. */
    static TcpRelay to(String host, int port) {
        TcpRelay relay = new TcpRelay(new InetSocketAddress(host, port), ServiceBackends.freePort());
        relay.restore();
        return relay;
    }

    int port() {
        return port;
    }

    /** Listens (again) on the relay's port; connections made from now on reach the target. */
    synchronized void restore() {
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
    synchronized void cut() {
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

    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException cutOrClosed) {
            // Either side went away: the other direction ends too once its socket closes below.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
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
