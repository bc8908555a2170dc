package dev.tiergate.application.port.in.member;

/**
 * Deletes the members who left more than the retention period (30 days) ago, with everything they own
 * (badges, seatings, tier history, alert preferences), in bounded batches; running it again deletes
 * only what became due meanwhile. Returns how many members it deleted.
 */
public interface PurgeLeftMembersUseCase {

    int purgeLeftMembers();
}
