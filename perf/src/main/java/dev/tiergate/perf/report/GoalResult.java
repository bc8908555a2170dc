package dev.tiergate.perf.report;

import java.util.List;

/**
 * One goal of docs/performance.md (P1…P10) as a run found it: Tiergate's figures, the peers' figures
 * they are compared with, the checks against the goal, and notes (settings, anything that explains a miss).
 */
public record GoalResult(String id, String title, List<Check> checks, List<PeerFigure> peers, List<String> notes) {

    public GoalResult {
        checks = List.copyOf(checks);
        peers = List.copyOf(peers);
        notes = List.copyOf(notes);
    }

    public boolean met() {
        return checks.stream().allMatch(Check::met);
    }

    /** The same result judged as the CI smoke run judges it: every limit loosened twice over. */
    public GoalResult loosened() {
        return new GoalResult(id, title, checks.stream().map(Check::loosened).toList(), peers, notes);
    }
}
