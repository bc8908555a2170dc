package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.application.port.in.position.ShowPositionQuery;
import dev.tiergate.application.port.in.profile.ViewProfileQuery;
import dev.tiergate.application.port.in.threshold.ShowThresholdQuery;
import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.List;

/** The one place a member command meets its use case and the reply that renders the result. */
final class CommandAnswers {

    private final MemberUseCases useCases;

    CommandAnswers(MemberUseCases useCases) {
        this.useCases = useCases;
    }

    Reply answer(MemberCommand command, CommunityId community, UserId member) {
        return switch (command) {
            case MemberCommand.Unreadable unreadable -> NoticeReply.UNREADABLE;
            case MemberCommand.Unknown unknown -> NoticeReply.unknown(unknown.name());
            case MemberCommand.Invalid invalid -> NoticeReply.invalid(invalid.option(), invalid.problem());
            case MemberCommand.ShowPosition show -> PositionReply.of(useCases.position().showPosition(
                    new ShowPositionQuery(community, member)));
            case MemberCommand.ShowThreshold show ->
                    ThresholdReply.of(useCases.threshold().showThreshold(new ShowThresholdQuery(community)));
            case MemberCommand.ViewProfile view -> ProfileReply.of(useCases.profile().viewProfile(
                    new ViewProfileQuery(community, member, view.nym())));
            default -> NoticeReply.unknown(CommandLabel.of(command));
        };
    }

    List<Choice> suggest(MemberCommand.Suggest suggest, CommunityId community) {
        return List.of();
    }
}
