package dev.tiergate.application.port.in.member;

import dev.tiergate.domain.profile.Nym;

/** What a member.join did. */
public sealed interface MemberJoinResult {

    /** A new member, or one only known from a score, activity or role update, now has its nym. */
    record Joined(Nym nym) implements MemberJoinResult {
    }

    /** A member who had left is back, under the nym it kept. */
    record Returned(Nym nym) implements MemberJoinResult {
    }

    /** The member was present already: nothing changed. */
    record AlreadyPresent(Nym nym) implements MemberJoinResult {
    }

    /** A newer member.join or member.leave was applied already: nothing changed. */
    record Outdated() implements MemberJoinResult {
    }
}
