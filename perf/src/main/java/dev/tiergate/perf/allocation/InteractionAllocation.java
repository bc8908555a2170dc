package dev.tiergate.perf.allocation;

import dev.tiergate.application.port.in.interaction.InteractionOutcome;
import dev.tiergate.perf.inprocess.InProcessInteractions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JMH workload of P10, so {@code -prof gc} can divide what was allocated by the interactions handled:
 * {@link #handleInteraction} builds a {@code /position} envelope and handles it in-process
 * ({@link InProcessInteractions#handle}), {@link #buildEnvelope} only builds it, the baseline to subtract.
 * Not final: JMH's generated code extends it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InteractionAllocation {

    private static final long SEQUENCES = 1L << 22;

    private InProcessInteractions interactions;
    private long sequence;

    @Setup(Level.Trial)
    public void start() {
        interactions = new InProcessInteractions(InProcessInteractions.ALWAYS_ALLOWED, new SimpleMeterRegistry(),
                InProcessInteractions.EVERY_INTERACTION_NEW);
    }

    @TearDown(Level.Trial)
    public void stop() {
        interactions.close();
    }

    /** The baseline: the input message alone. */
    @Benchmark
    public byte[] buildEnvelope() {
        return interactions.envelope(next());
    }

    /** The input message, handled: decoded, routed, answered, its reply encoded. */
    @Benchmark
    public InteractionOutcome handleInteraction() {
        return interactions.handle(interactions.envelope(next()));
    }

    private long next() {
        sequence = (sequence + 1) % SEQUENCES;
        return sequence;
    }
}
