package dev.tiergate.application.port.in.badge;

/**
 * The daily sweep: awards every automatic badge (tenure, engagement, achievement) that a present
 * member of an active community has earned but does not hold, in bounded batches; a badge the member
 * ever held is never awarded again by it, so running it again awards nothing more.
 */
public interface SweepAutomaticBadgesUseCase {

    BadgeSweepResult sweepAutomaticBadges();
}
