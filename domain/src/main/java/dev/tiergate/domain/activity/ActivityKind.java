package dev.tiergate.domain.activity;

import java.time.Duration;

/**
 * What a member did to earn activity points, with the points it earns and how often it may count:
 * a member's messages count at most once per 60 s, reactions given once per 5 s, reactions
 * received every time.
 */
public enum ActivityKind {
    MESSAGE(1, Duration.ofSeconds(60)),
    REACTION_GIVEN(1, Duration.ofSeconds(5)),
    REACTION_RECEIVED(2, Duration.ZERO);

    private final int points;
    private final Duration cooldown;

    ActivityKind(int points, Duration cooldown) {
        this.points = points;
        this.cooldown = cooldown;
    }

    public int points() {
        return points;
    }

    /** How long after counting once this kind does not count again for the same member; zero means never held back. */
    public Duration cooldown() {
        return cooldown;
    }

    public boolean hasCooldown() {
        return cooldown.isPositive();
    }
}
