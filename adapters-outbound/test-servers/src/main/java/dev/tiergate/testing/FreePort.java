package dev.tiergate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A loopback port nothing listens on just now, for a server a test is about to start. */
public final class FreePort {

    private FreePort() {
    }

    /** {@code purpose} names what wanted it, should none be free. */
    public static int onLoopback(String purpose) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException("No free loopback port for " + purpose, failure);
        }
    }
}
