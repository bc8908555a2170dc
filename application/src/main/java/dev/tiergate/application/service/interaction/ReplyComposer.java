package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.interaction.Delivery;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.community.AdminAccess;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import java.util.List;
import java.util.Optional;

/**
 * Composes the answer to an interaction, checking in this order: it came from a guild member; a
 * click comes from the member who owns the clicked message; the rate limits; admin rights for
 * admin commands; the admin's badge-award budget (which fails closed). Then the use case the
 * command names answers. Autocomplete skips the rate limits
 * (it fires per keystroke). A failure is thrown to the caller, which decides whether a later
 * delivery retries it.
 */
public final class ReplyComposer {

    private final CommandAnswers answers;
    private final CommandRateLimits limits;
    private final CommunityRules rules;

    public ReplyComposer(MemberUseCases useCases, CommunityRules rules, RateLimitPort limits, RateLimitPolicies policies) {
        this.answers = new CommandAnswers(useCases);
        this.rules = rules;
        this.limits = new CommandRateLimits(limits, policies);
    }

    /** Composes; a redelivery does not spend the member's budgets again, the first delivery did. */
    Answer compose(InteractionRequest request, Delivery delivery) {
        boolean firstDelivery = delivery.attempt() == 1;
        MemberCommand command = request.command();
        if (request.communityId().isEmpty() || request.userId().isEmpty()) {
            return command instanceof MemberCommand.Suggest ? new Answer.Suggestions(List.of())
                    : new Answer.NewMessage(command instanceof MemberCommand.Unreadable
                            ? NoticeReply.UNREADABLE : NoticeReply.GUILD_ONLY);
        }
        CommunityId community = request.communityId().get();
        UserId member = request.userId().get();
        if (command instanceof MemberCommand.Suggest suggest) {
            return new Answer.Suggestions(answers.suggest(suggest, community));
        }
        if (command instanceof MemberCommand.Click click && !click.owner().equals(member)) {
            return new Answer.NewMessage(NoticeReply.NOT_YOURS);
        }
        Optional<Reply> refusal = firstDelivery ? limits.refusal(community, member) : Optional.empty();
        if (refusal.isPresent()) {
            return new Answer.NewMessage(refusal.get());
        }
        if (command instanceof MemberCommand.AdminCommand
                && !AdminAccess.allows(request.caller().permissions(), request.caller().roleIds(),
                        rules.of(community).config())) {
            return new Answer.NewMessage(NoticeReply.ADMINS_ONLY);
        }
        boolean award = command instanceof MemberCommand.AwardBadge || command instanceof MemberCommand.RevokeBadge;
        if (firstDelivery && award) {
            Optional<Reply> awardRefusal = limits.badgeAwardRefusal(community, member);
            if (awardRefusal.isPresent()) {
                return new Answer.NewMessage(awardRefusal.get());
            }
        }
        Reply reply = answers.answer(command, community, member);
        // A click's answer replaces the clicked message, unless it is a notice: that must not wipe the page.
        return command instanceof MemberCommand.Click && !reply.rows().isEmpty()
                ? new Answer.UpdatedMessage(reply)
                : new Answer.NewMessage(reply);
    }
}
