package dev.tiergate.domain.badge;

/** How a badge is earned: tenure, engagement and achievement automatically; contribution by admins only. */
public enum BadgeCategory {
    TENURE, ENGAGEMENT, ACHIEVEMENT, CONTRIBUTION
}
