package dev.tiergate.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tiergate.adapter.out.nats.NatsStreamAdmin;
import dev.tiergate.adapter.out.nats.NatsTestServer;
import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.LoggerFactory;

/** A private nats-server with the contract's streams, a connection, and the probes the listener tests need. */
final class JetStreamFixture {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final AtomicLong SEQUENCE = new AtomicLong();

    final NatsTestServer server;
    final Connection connection;
    final JetStreamManagement jsm;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    JetStreamFixture() throws Exception {
        server = NatsTestServer.start();
        connection = Nats.connect(server.url());
        jsm = connection.jetStreamManagement();
        new NatsStreamAdmin(connection).ensureStreams();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    /** An interaction id whose snowflake time is now, unique within the test JVM. */
    static String freshInteractionId() {
        long id = ((System.currentTimeMillis() - DISCORD_EPOCH_MILLIS) << 22) | (SEQUENCE.incrementAndGet() & 0x3FFFFF);
        return Long.toString(id);
    }

    static String freshEventId() {
        return UUID.randomUUID().toString();
    }

    /** Publishes with {@code Nats-Msg-Id} set to the event id, as the gateway does. */
    PublishAck publish(String subject, String eventId, byte[] body) throws Exception {
        return connection.jetStream().publish(NatsMessage.builder().subject(subject)
                .headers(new Headers().put("Nats-Msg-Id", eventId)).data(body).build());
    }

    PublishAck publish(String subject, String eventId, String body) throws Exception {
        return publish(subject, eventId, body.getBytes(StandardCharsets.UTF_8));
    }

    ConsumerInfo consumer(String stream, String durable) throws Exception {
        return jsm.getConsumerInfo(stream, durable);
    }

    long messagesIn(String stream) throws Exception {
        return jsm.getStreamInfo(stream).getStreamState().getMsgCount();
    }

    List<MessageInfo> deadLetters() throws Exception {
        return deadLetters(jsm);
    }

    /** Every dead letter stored, oldest first, read through {@code jsm}. */
    static List<MessageInfo> deadLetters(JetStreamManagement jsm) throws Exception {
        long last = jsm.getStreamInfo("DEAD_LETTERS").getStreamState().getLastSequence();
        List<MessageInfo> letters = new ArrayList<>();
        for (long sequence = 1; sequence <= last; sequence++) {
            letters.add(jsm.getMessage("DEAD_LETTERS", sequence));
        }
        return letters;
    }

    /** Every log line written since the fixture started, formatted. */
    List<String> logLines() {
        return logEvents().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** The log lines of level WARN or above written since the fixture started, formatted. */
    List<String> warnings() {
        return logEvents().stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private List<ILoggingEvent> logEvents() {
        // The appender adds under its own lock; copying under it too keeps a still-running handler's log line out of the way.
        synchronized (logs) {
            return List.copyOf(logs.list);
        }
    }

    static void await(String what, CheckedCondition condition) throws Exception {
        await(what, WAIT, condition);
    }

    static void await(String what, Duration within, CheckedCondition condition) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + within + " waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }

    static void awaitTrue(String what, BooleanSupplier condition) throws Exception {
        await(what, condition::getAsBoolean);
    }

    /**
     * Closes the listener under test (if one was started), then everything else, and fails when
     * any log line written meanwhile carried {@code secret}.
     */
    void closeAfter(AutoCloseable listener, String secret) throws Exception {
        if (listener != null) {
            listener.close();
        }
        List<String> lines = logLines();
        close();
        assertThat(lines).as("log lines").noneMatch(line -> line.contains(secret));
    }

    void close() throws InterruptedException {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        try {
            connection.close();
        } finally {
            server.close();
        }
    }

    /** A condition that may call the broker. */
    @FunctionalInterface
    interface CheckedCondition {
        boolean holds() throws Exception;
    }
}
