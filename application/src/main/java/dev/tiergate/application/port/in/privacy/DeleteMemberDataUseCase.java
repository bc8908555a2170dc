package dev.tiergate.application.port.in.privacy;

/**
 * Deletes one member of one community entirely, in one community transaction: the profile and every
 * row that depends on it, the member's id where it names who acted in other records, and its
 * short-lived state (sessions, rate-limit budgets, activity cooldowns); the ranking, seats and tiers
 * of the others follow at once, and the deletion is audited without the member's id. Deleting a
 * member with nothing stored, or again, deletes nothing and records nothing.
 */
public interface DeleteMemberDataUseCase {

    MemberDataDeletion deleteMemberData(DeleteMemberDataCommand command);
}
