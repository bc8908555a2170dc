package dev.tiergate.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tiergate.adapter.out.discord.LocalDiscordStandIn;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StreamState;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * What a fault drill runs on: real backends, a gateway publishing to their NATS and a ledger of what
 * the fake Discord received. The service under test runs in this JVM ({@link InThisJvm}), or in
 * processes of its own that the drill starts, kills and stops ({@link InProcesses}). A drill registers
 * its bench as an extension: it starts before the class's first test and closes, with everything it
 * started, after the last.
 */
abstract sealed class FaultBench implements BeforeAllCallback, AfterAllCallback, AutoCloseable
        permits FaultBench.InThisJvm, FaultBench.InProcesses {

    /** As long as a drill's test may take: a start that hangs fails the class instead of stalling the build. */
    private static final Duration START_WITHIN = Duration.ofSeconds(90);

    /** What this bench started, the latest first: the order to close it in. */
    private final Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();
    private AnswerLedger ledger;
    private GatewayPublisher publisher;

    /** The service started in this JVM, as main() starts it, its log captured. */
    static InThisJvm inThisJvm() {
        return new InThisJvm(tiergate -> {
        });
    }

    /** The backends only: each replica of the service is a process the drill starts ({@link InProcesses#replica}). */
    static InProcesses inProcesses() {
        return new InProcesses();
    }

    @Override
    public final void beforeAll(ExtensionContext context) {
        assertTimeoutPreemptively(START_WITHIN, this::start, "the fault bench started");
    }

    /** Starts the backends, and the service where it runs in this JVM, then {@link #connect}s. */
    abstract void start() throws Throwable;

    /** Starts watching what Discord receives, and the gateway's connection to NATS. */
    final void connect(LocalDiscordStandIn discord, String natsUrl) throws IOException, InterruptedException {
        ledger = keep(AnswerLedger.watch(discord));
        publisher = keep(GatewayPublisher.connect(natsUrl));
    }

    /** Keeps what was started, to close it with the bench. */
    final <T extends AutoCloseable> T keep(T part) {
        started.push(part);
        return part;
    }

    AnswerLedger ledger() {
        return ledger;
    }

    GatewayPublisher publisher() {
        return publisher;
    }

    /** Waits up to {@code within} until every one of the consumers is drained (see {@link Durable}). */
    void awaitDrained(Duration within, Durable... consumers) throws InterruptedException {
        Durable.awaitDrained(publisher.connection(), within, consumers);
    }

    /**
     * Waits up to {@code answeredWithin} until every interaction is answered or expired, then up to
     * {@code drainedWithin} until every redelivery has happened, and audits them against the log then.
     */
    InteractionAudit settle(Collection<GatewayMessage> interactions, Supplier<Collection<String>> serviceLog,
            Duration answeredWithin, Duration drainedWithin, Durable... consumers) throws InterruptedException {
        InteractionAudit.awaitSettled(interactions, ledger, serviceLog, answeredWithin);
        awaitDrained(drainedWithin, consumers);
        return InteractionAudit.of(interactions, ledger, serviceLog.get(), deadLettered(interactions));
    }

    /** The interactions among {@code interactions} whose envelope is stored on DEAD_LETTERS. */
    private Set<String> deadLettered(Collection<GatewayMessage> interactions) {
        Set<String> ids = new HashSet<>();
        try {
            JetStreamManagement streams = publisher.connection().jetStreamManagement();
            StreamState state = streams.getStreamInfo("DEAD_LETTERS").getStreamState();
            if (state.getMsgCount() == 0) {
                return ids;
            }
            for (long sequence = state.getFirstSequence(); sequence <= state.getLastSequence(); sequence++) {
                String envelope = new String(streams.getMessage("DEAD_LETTERS", sequence).getData(), UTF_8);
                interactions.stream().map(GatewayMessage::interactionId).filter(envelope::contains).forEach(ids::add);
            }
        } catch (IOException | JetStreamApiException unreadable) {
            throw new IllegalStateException("cannot read DEAD_LETTERS", unreadable);
        }
        return ids;
    }

    @Override
    public final void afterAll(ExtensionContext context) throws Exception {
        close();
    }

    /** Closes everything this bench started, the latest first. */
    @Override
    public final void close() throws Exception {
        for (AutoCloseable part = started.poll(); part != null; part = started.poll()) {
            part.close();
        }
    }

    /** The service in this JVM: its beans, its HTTP port and the backends it owns are at hand. */
    static final class InThisJvm extends FaultBench {

        private final ThrowingConsumer<RunningTiergate> setUp;
        private CapturedLogs logs;
        private RunningTiergate tiergate;

        private InThisJvm(ThrowingConsumer<RunningTiergate> setUp) {
            this.setUp = setUp;
        }

        /** This bench, which also seeds a guild's members 1..n once the service runs (see {@link RankedCommunity}). */
        InThisJvm withRankedCommunity(String guild, int members, IntFunction<String> user, IntFunction<String> score) {
            return new InThisJvm(tiergate -> {
                setUp.accept(tiergate);
                RankedCommunity.seed(tiergate, guild, members, user, score);
            });
        }

        @Override
        void start() throws Throwable {
            logs = keep(new CapturedLogs());
            tiergate = keep(new RunningTiergate());
            connect(tiergate.discord, tiergate.nats.url());
            setUp.accept(tiergate);
        }

        RunningTiergate tiergate() {
            return tiergate;
        }

        /** Every line the service logged so far. */
        List<String> lines() {
            return logs.lines();
        }

        /** {@link #settle(Collection, Supplier, Duration, Duration, Durable...) Settles} interactions, on this log. */
        InteractionAudit settle(Collection<GatewayMessage> interactions, Duration answeredWithin,
                Duration drainedWithin) throws InterruptedException {
            return settle(interactions, this::lines, answeredWithin, drainedWithin, Durable.COMMANDS);
        }
    }

    /** The backends for replicas in processes of their own. */
    static final class InProcesses extends FaultBench {

        private ServiceBackends backends;

        private InProcesses() {
        }

        @Override
        void start() throws IOException, InterruptedException {
            backends = keep(ServiceBackends.start());
            connect(backends.discord(), backends.nats().url());
        }

        ServiceBackends backends() {
            return backends;
        }

        /** Starts a replica on these backends, returning once it consumes; it stops with the bench at the latest. */
        ServiceProcess replica(String name, boolean backgroundJobs) throws IOException, InterruptedException {
            return keep(ServiceProcess.start(name, backends.environment(0, backgroundJobs)));
        }
    }
}
