package dev.tiergate.perf.endtoend;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the service itself counted about /position, read from its Prometheus text: interactions by
 * outcome and the time it spent on them (taking one to its answer), so a report can tell time spent
 * waiting in the stream from time spent handling; and its garbage-collection pauses, each of which
 * holds up whatever is in flight.
 */
record ServiceCounters(Map<String, Double> outcomes, double handlingSeconds, double handled, double gcPauses,
        double gcPauseSeconds) {

    private static final Pattern OUTCOME =
            Pattern.compile("tiergate_interactions_total\\{[^}]*command=\"position\"[^}]*outcome=\"([^\"]+)\"[^}]*} (\\S+)");
    private static final Pattern DURATION =
            Pattern.compile("tiergate_interaction_duration_seconds_(sum|count)\\{[^}]*command=\"position\"[^}]*} (\\S+)");
    private static final Pattern GC_PAUSE = Pattern.compile("jvm_gc_pause_seconds_(sum|count)\\{[^}]*} (\\S+)");

    static ServiceCounters parse(String prometheusText) {
        Map<String, Double> outcomes = new TreeMap<>();
        double[] handling = new double[2];
        double[] pauses = new double[2];
        for (String line : prometheusText.split("\n")) {
            Matcher outcome = OUTCOME.matcher(line);
            if (outcome.lookingAt()) {
                outcomes.merge(outcome.group(1), Double.parseDouble(outcome.group(2)), Double::sum);
            }
            addTo(handling, DURATION.matcher(line));
            addTo(pauses, GC_PAUSE.matcher(line));
        }
        return new ServiceCounters(outcomes, handling[0], handling[1], pauses[1], pauses[0]);
    }

    /** Adds a summary's {@code _sum} (into [0]) or {@code _count} (into [1]) when the line is one of them. */
    private static void addTo(double[] summary, Matcher line) {
        if (line.lookingAt()) {
            summary[line.group(1).equals("sum") ? 0 : 1] += Double.parseDouble(line.group(2));
        }
    }

    /** What happened between {@code before} and this: "answered 9,810, expired 50,190; handling mean 41.2 ms". */
    String since(ServiceCounters before) {
        StringBuilder text = new StringBuilder("the service's own counts for /position: ");
        outcomes.forEach((outcome, total) -> text.append(String.format(Locale.ROOT, "%s %,.0f, ", outcome,
                total - before.outcomes.getOrDefault(outcome, 0.0))));
        double count = handled - before.handled;
        return text.append(String.format(Locale.ROOT, "handling (taken → answered or given up) mean %.1f ms;"
                + " %,.0f GC pauses, %,.0f ms in all", count == 0 ? 0 : (handlingSeconds - before.handlingSeconds) * 1000 / count,
                gcPauses - before.gcPauses, (gcPauseSeconds - before.gcPauseSeconds) * 1000)).toString();
    }
}
