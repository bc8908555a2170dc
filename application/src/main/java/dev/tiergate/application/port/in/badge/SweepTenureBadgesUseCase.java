package dev.tiergate.application.port.in.badge;

/**
 * The daily sweep: awards the tenure badges (og, veteran, elder) every present member of every
 * active community has earned, in bounded batches; running it again awards nothing more.
 */
public interface SweepTenureBadgesUseCase {

    TenureSweep sweepTenureBadges();
}
