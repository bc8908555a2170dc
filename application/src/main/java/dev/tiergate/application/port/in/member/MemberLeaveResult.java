package dev.tiergate.application.port.in.member;

/** What a member.leave did. */
public sealed interface MemberLeaveResult {

    /** The member left; the ranking moved {@code seatChanges} Naib seats and {@code tierChanges} tiers. */
    record Left(int seatChanges, int tierChanges) implements MemberLeaveResult {
    }

    /** The member had left already: nothing changed. */
    record AlreadyLeft() implements MemberLeaveResult {
    }

    /** A newer member.join or member.leave was applied already: nothing changed. */
    record Outdated() implements MemberLeaveResult {
    }
}
