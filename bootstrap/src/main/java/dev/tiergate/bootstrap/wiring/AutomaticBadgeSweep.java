package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.badge.BadgeSweepResult;
import dev.tiergate.application.port.in.badge.SweepAutomaticBadgesUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the automatic badge sweep (tenure, engagement, achievements) a few minutes after start and
 * then once a day. Every replica may run it: awards are idempotent, so a second sweep changes nothing.
 */
@Singleton
class AutomaticBadgeSweep {

    private static final Logger LOG = LoggerFactory.getLogger(AutomaticBadgeSweep.class);

    private final SweepAutomaticBadgesUseCase sweep;

    AutomaticBadgeSweep(SweepAutomaticBadgesUseCase sweep) {
        this.sweep = sweep;
    }

    @Scheduled(initialDelay = "5m", fixedDelay = "24h")
    void sweepDaily() {
        try {
            BadgeSweepResult result = sweep.sweepAutomaticBadges();
            LOG.info("Automatic badge sweep: {} communities, {} members, {} badges awarded", result.communities(),
                    result.members(), result.badgesAwarded());
        } catch (RuntimeException failure) {
            // The next day's sweep catches up: awards are idempotent.
            LOG.warn("Automatic badge sweep failed: {}", failure.getClass().getSimpleName());
        }
    }
}
