package dev.tiergate.application.port.in.badge;

/** What one automatic badge sweep did: communities and members looked at, and badges newly awarded. */
public record BadgeSweepResult(int communities, int members, int badgesAwarded) {

    public static final BadgeSweepResult NONE = new BadgeSweepResult(0, 0, 0);

    /** This sweep's counts added to {@code other}'s. */
    public BadgeSweepResult plus(BadgeSweepResult other) {
        return new BadgeSweepResult(communities + other.communities, members + other.members,
                badgesAwarded + other.badgesAwarded);
    }
}
