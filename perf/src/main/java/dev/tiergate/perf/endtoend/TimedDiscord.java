package dev.tiergate.perf.endtoend;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Discord on 127.0.0.1 that answers as Discord does what the service sends while answering
 * interactions (callbacks 204, edits of the original message 200) and stamps each callback with
 * System.nanoTime on arrival, the driver's clock, before reading its body. Routes of the stand-in
 * ({@code LocalDiscordStandIn}) it does not need answer 404 and are counted.
 */
final class TimedDiscord implements AutoCloseable {

    /** Told of every interaction callback: the interaction id, when it arrived, and whether it said "slow down". */
    @FunctionalInterface
    interface Callbacks {

        void callback(long interactionId, long arrivedNanos, boolean throttled);
    }

    private static final Pattern CALLBACK = Pattern.compile("/api/v10/interactions/(\\d+)/[^/]+/callback");
    private static final Pattern EDIT_ORIGINAL = Pattern.compile("/api/v10/webhooks/\\d+/[^/]+/messages/@original");
    private static final byte[] EDITED = "{\"id\":\"1300000000000000001\",\"channel_id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] THROTTLED = "Slow down".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Callbacks callbacks;
    private final AtomicInteger edits = new AtomicInteger();
    private final AtomicInteger unknown = new AtomicInteger();

    private TimedDiscord(Callbacks callbacks) throws IOException {
        this.callbacks = callbacks;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static TimedDiscord start(Callbacks callbacks) throws IOException {
        return new TimedDiscord(callbacks);
    }

    /** The API base the service is pointed at ({@code DISCORD_API_URL}). */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10");
    }

    int edits() {
        return edits.get();
    }

    /** Requests on routes this fake does not serve (answered 404). */
    int unknown() {
        return unknown.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String path = exchange.getRequestURI().getRawPath();
            byte[] body = in.readAllBytes();
            Matcher callback = CALLBACK.matcher(path);
            if (callback.matches() && exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(204, -1);
                callbacks.callback(Long.parseLong(callback.group(1)), arrived, contains(body, THROTTLED));
            } else if (EDIT_ORIGINAL.matcher(path).matches()) {
                edits.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, EDITED.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(EDITED);
                }
            } else {
                unknown.incrementAndGet();
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    /** Whether {@code needle} occurs in {@code haystack}. */
    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
