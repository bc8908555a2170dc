package dev.tiergate.perf.report;

import java.util.concurrent.Callable;

/**
 * A peer measured before and after Tiergate in the same run (A-B-A), so a machine that drifts during
 * the run shows up as a gap between the two peer figures instead of as a Tiergate regression.
 */
public record Aba<P, S>(P before, S subject, P after) {

    public static <P, S> Aba<P, S> around(Callable<P> peer, Callable<S> subject) throws Exception {
        P before = peer.call();
        S measured = subject.call();
        return new Aba<>(before, measured, peer.call());
    }
}
