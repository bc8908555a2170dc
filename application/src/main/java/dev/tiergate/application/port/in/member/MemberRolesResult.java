package dev.tiergate.application.port.in.member;

/** What a member.update did to the member's stored roles. */
public sealed interface MemberRolesResult {

    /** The roles are stored as of the update. */
    record Recorded() implements MemberRolesResult {
    }

    /** Roles as of the same or a later time were stored already: nothing changed. */
    record Outdated() implements MemberRolesResult {
    }
}
