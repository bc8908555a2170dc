package dev.tiergate.perf.report;

import java.util.Locale;

/**
 * A figure of a bare tool measured in the same run (A-B-A: before and after Tiergate), with the
 * exact command or code that produced it, so a reader can run it again.
 */
public record PeerFigure(String name, double before, double after, String unit, String command) {

    /** The mean of the two runs around Tiergate's: the figure the ratios divide by. */
    public double value() {
        return (before + after) / 2;
    }

    public String text() {
        return String.format(Locale.ROOT, "%s: %s %s (before %s, after %s)", name, Check.number(value()), unit,
                Check.number(before), Check.number(after));
    }
}
