package dev.tiergate.adapter.in.nats;

import dev.tiergate.application.port.in.community.JoinCommunityUseCase;
import dev.tiergate.application.port.in.community.LeaveCommunityUseCase;
import dev.tiergate.application.port.in.member.JoinMemberUseCase;
import dev.tiergate.application.port.in.member.LeaveMemberUseCase;
import dev.tiergate.application.port.in.member.RecordMemberRolesUseCase;
import java.util.Objects;

/** The use cases the guild and member lifecycle events drive. */
public record MemberEventUseCases(JoinCommunityUseCase joinCommunity, LeaveCommunityUseCase leaveCommunity,
        JoinMemberUseCase joinMember, LeaveMemberUseCase leaveMember, RecordMemberRolesUseCase recordRoles) {

    public MemberEventUseCases {
        Objects.requireNonNull(joinCommunity, "joinCommunity");
        Objects.requireNonNull(leaveCommunity, "leaveCommunity");
        Objects.requireNonNull(joinMember, "joinMember");
        Objects.requireNonNull(leaveMember, "leaveMember");
        Objects.requireNonNull(recordRoles, "recordRoles");
    }
}
