package dev.tiergate.adapter.in.nats;

import dev.tiergate.application.port.in.community.JoinCommunityCommand;
import dev.tiergate.application.port.in.community.LeaveCommunityCommand;
import dev.tiergate.application.port.in.member.JoinMemberCommand;
import dev.tiergate.application.port.in.member.LeaveMemberCommand;
import dev.tiergate.application.port.in.member.RecordMemberRolesCommand;

/** A guild or member lifecycle event read from the gateway, as the command its use case takes. */
sealed interface MemberEvent {

    /** guild.join. */
    record GuildJoined(JoinCommunityCommand command) implements MemberEvent {
    }

    /** guild.leave. */
    record GuildLeft(LeaveCommunityCommand command) implements MemberEvent {
    }

    /** member.join. */
    record MemberJoined(JoinMemberCommand command) implements MemberEvent {
    }

    /** member.leave. */
    record MemberLeft(LeaveMemberCommand command) implements MemberEvent {
    }

    /** member.update. */
    record MemberUpdated(RecordMemberRolesCommand command) implements MemberEvent {
    }

    /** An event type on these subjects that Tiergate does not act on (guild.update, …): acknowledged as is. */
    record NotHandled(String eventType) implements MemberEvent {
    }
}
