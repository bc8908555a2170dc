package dev.tiergate.application.port.in.threshold;

import dev.tiergate.domain.rank.Threshold;

/** /threshold: the entry score, eligible and waitlist counts, and the top of the waitlist by nym. */
public interface ShowThresholdUseCase {

    Threshold showThreshold(ShowThresholdQuery query);
}
