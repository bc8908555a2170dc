package dev.tiergate.application.port.in.badge;

/** What one tenure sweep did: communities and members looked at, and badges newly awarded. */
public record TenureSweep(int communities, int members, int badgesAwarded) {
}
