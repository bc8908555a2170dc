package dev.tiergate.perf.report;

import java.util.Locale;

/**
 * One goal of the issue and what was measured against it, e.g. "p99 ratio to bare JetStream ≤ 3 ×".
 * A smoke run loosens the limit twice over (a ceiling doubles, a floor halves); counts that must be
 * zero stay zero.
 */
public record Check(String name, double measured, Comparison comparison, double limit, String unit) {

    /** Which side of the limit meets the goal. */
    public enum Comparison {
        AT_MOST("≤"), AT_LEAST("≥");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public static Check atMost(String name, double measured, double limit, String unit) {
        return new Check(name, measured, Comparison.AT_MOST, limit, unit);
    }

    public static Check atLeast(String name, double measured, double limit, String unit) {
        return new Check(name, measured, Comparison.AT_LEAST, limit, unit);
    }

    public boolean met() {
        return switch (comparison) {
            case AT_MOST -> measured <= limit;
            case AT_LEAST -> measured >= limit;
        };
    }

    /** The same check with the limit loosened twice over, as the CI smoke run judges it. */
    public Check loosened() {
        return switch (comparison) {
            case AT_MOST -> new Check(name, measured, comparison, limit == 0 ? 0 : limit * 2, unit);
            case AT_LEAST -> new Check(name, measured, comparison, limit / 2, unit);
        };
    }

    /** "measured / goal", as the table prints it. */
    public String text() {
        return String.format(Locale.ROOT, "%s / %s %s %s", number(measured), comparison.symbol(), number(limit), unit)
                .strip();
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3g", value);
    }
}
