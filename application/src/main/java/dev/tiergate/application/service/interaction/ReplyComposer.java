package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.application.port.in.position.ShowPositionQuery;
import dev.tiergate.application.port.in.position.ShowPositionUseCase;
import dev.tiergate.application.port.in.profile.ViewProfileQuery;
import dev.tiergate.application.port.in.profile.ViewProfileUseCase;
import dev.tiergate.application.port.in.threshold.ShowThresholdQuery;
import dev.tiergate.application.port.in.threshold.ShowThresholdUseCase;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import java.util.Optional;

/**
 * Composes the answer to a slash command: the rate limits first, then the use case the command
 * names. Never throws: a failure is logged with its cause and answered with a generic notice.
 */
public final class ReplyComposer {

    private static final System.Logger LOG = System.getLogger(ReplyComposer.class.getName());

    private final ShowPositionUseCase position;
    private final ShowThresholdUseCase threshold;
    private final ViewProfileUseCase profile;
    private final CommandRateLimits limits;

    public ReplyComposer(ShowPositionUseCase position, ShowThresholdUseCase threshold, ViewProfileUseCase profile,
            RateLimitPort limits, RateLimitPolicies policies) {
        this.position = position;
        this.threshold = threshold;
        this.profile = profile;
        this.limits = new CommandRateLimits(limits, policies);
    }

    Reply compose(InteractionRequest request) {
        try {
            if (request.communityId().isEmpty() || request.userId().isEmpty()) {
                return request.command() instanceof MemberCommand.Unreadable ? NoticeReply.UNREADABLE : NoticeReply.GUILD_ONLY;
            }
            CommunityId community = request.communityId().get();
            UserId member = request.userId().get();
            Optional<Reply> refusal = limits.refusal(community, member);
            return refusal.orElseGet(() -> answer(request.command(), community, member));
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.ERROR, "Interaction " + request.ref().interactionId() + " failed", failure);
            return NoticeReply.FAILED;
        }
    }

    private Reply answer(MemberCommand command, CommunityId community, UserId member) {
        return switch (command) {
            case MemberCommand.Unreadable unreadable -> NoticeReply.UNREADABLE;
            case MemberCommand.Unknown unknown -> NoticeReply.unknown(unknown.name());
            case MemberCommand.ShowPosition show -> PositionReply.of(position.showPosition(
                    new ShowPositionQuery(community, member)));
            case MemberCommand.ShowThreshold show ->
                    ThresholdReply.of(threshold.showThreshold(new ShowThresholdQuery(community)));
            case MemberCommand.ViewProfile view -> ProfileReply.of(profile.viewProfile(
                    new ViewProfileQuery(community, member, view.nym())));
            default -> NoticeReply.unknown(CommandLabel.of(command));
        };
    }
}
