package dev.tiergate.application.port.in.member;

/**
 * Handles member.update: stores the roles the member holds now, the input of role sync; an update
 * older than the stored one never overwrites it, and a member not yet known gets a profile.
 */
public interface RecordMemberRolesUseCase {

    MemberRolesResult recordMemberRoles(RecordMemberRolesCommand command);
}
