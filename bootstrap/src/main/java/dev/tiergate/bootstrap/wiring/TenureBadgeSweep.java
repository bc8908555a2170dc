package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.badge.SweepTenureBadgesUseCase;
import dev.tiergate.application.port.in.badge.TenureSweep;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the tenure badge sweep a few minutes after start and then once a day. Every replica may run
 * it: awards are idempotent, so a second sweep changes nothing.
 */
@Singleton
class TenureBadgeSweep {

    private static final Logger LOG = LoggerFactory.getLogger(TenureBadgeSweep.class);

    private final SweepTenureBadgesUseCase sweep;

    TenureBadgeSweep(SweepTenureBadgesUseCase sweep) {
        this.sweep = sweep;
    }

    @Scheduled(initialDelay = "5m", fixedDelay = "24h")
    void sweepDaily() {
        try {
            TenureSweep result = sweep.sweepTenureBadges();
            LOG.info("Tenure badge sweep: {} communities, {} members, {} badges awarded", result.communities(),
                    result.members(), result.badgesAwarded());
        } catch (RuntimeException failure) {
            // The next day's sweep catches up: awards are idempotent.
            LOG.warn("Tenure badge sweep failed: {}", failure.getClass().getSimpleName());
        }
    }
}
