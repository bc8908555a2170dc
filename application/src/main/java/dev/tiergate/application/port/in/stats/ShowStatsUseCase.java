package dev.tiergate.application.port.in.stats;

/** /stats: the caller's own figures, with its exact score (the answer is shown to the caller only). */
public interface ShowStatsUseCase {

    StatsView showStats(ShowStatsQuery query);
}
