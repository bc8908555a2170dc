package dev.tiergate.application.port.in.badge;

/** /admin-badge award: gives a member a contribution badge, recording who, when and why; idempotent. */
public interface AwardBadgeUseCase {

    BadgeAwardResult awardBadge(AwardBadgeCommand command);
}
